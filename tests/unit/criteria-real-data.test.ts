// The criteria on the real geography for each built-in option (data/england-2018/options.json), with the
// coterminosity figures checked against an independent computation made here, straight from the
// raw ONS LSOA → CCG → STP → LAD lookup and the LSOA mid-2019 populations (not from
// data/england-2018/districts.json, nor the build's code). Needs the raw folder: FOOTPRINT_RAW_DIR, or
// ../shared/data/raw beside the checkout; the test fails, saying so, when it is missing.
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {optionCriteria} from '../../src/domain/criteria/score';
import {tradeOffSentences} from '../../src/domain/criteria/trade-offs';
import {areaFlowsFromTuples} from '../../src/domain/flows';
import type {BoundaryOption} from '../../src/domain/types';
import {districts, option, options, areas} from './real-data';

const RAW = path.resolve(process.env.FOOTPRINT_RAW_DIR ?? '../shared/data/raw');
const HIGH_PEAK = 'E07000037';

/** Rows of a CSV as header → value; understands "quoted, fields" (e.g. "Bristol, City of"). */
function readCsv(file: string): Record<string, string>[] {
  const full = path.join(RAW, file);
  if (!existsSync(full))
    throw new Error(
      `Raw file not found: ${full}. Set FOOTPRINT_RAW_DIR to the raw data folder (shared/data/raw).`,
    );
  const lines = readFileSync(full, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const split = (line: string) =>
    line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/).map((f) => f.trim().replace(/^"|"$/g, ''));
  const header = split(lines[0]!);
  return lines
    .slice(1)
    .map((line) => Object.fromEntries(split(line).map((v, i) => [header[i], v])));
}

interface Expected {
  splits: Map<string, number>;
  minority: number;
}

/** For each option: district code → residents outside its largest region, by LSOA. */
function independentSplits(): Map<string, Expected> {
  const people = new Map(
    readCsv('flows/population/ons_lsoa11_population_mid2019_all_ages_derived.csv').map((r) => [
      r.lsoa11cd!,
      Number(r.pop_mid2019_all_ages),
    ]),
  );
  const lsoas = readCsv('flows/lookup/ons_LSOA11_CCG18_STP18_LAD18_EN_LU_v3.csv');
  const result = new Map<string, Expected>();
  for (const o of options) {
    const byLad = new Map<string, Map<string, number>>();
    for (const row of lsoas) {
      const pop = people.get(row.LSOA11CD!);
      if (pop === undefined) throw new Error(`No population for LSOA ${row.LSOA11CD}`);
      const region = o.assignments[row.STP18CD!]!;
      const sums = byLad.get(row.LAD18CD!) ?? new Map<string, number>();
      sums.set(region, (sums.get(region) ?? 0) + pop);
      byLad.set(row.LAD18CD!, sums);
    }
    const splits = new Map<string, number>();
    for (const [lad, sums] of byLad) {
      if (sums.size < 2) continue;
      const values = [...sums.values()];
      splits.set(lad, values.reduce((s, v) => s + v, 0) - Math.max(...values));
    }
    result.set(o.id, {splits, minority: [...splits.values()].reduce((s, v) => s + v, 0)});
  }
  return result;
}

const flowsFile = JSON.parse(readFileSync('data/england-2018/flows-stp.json', 'utf8'));
const flows = areaFlowsFromTuples(flowsFile.flows);
const criteriaOf = (o: BoundaryOption) => optionCriteria(o, {units: areas, flows, districts});

describe('criteria on the real geography', () => {
  const expected = independentSplits();

  it('the built-in options are before, initial and revised', () => {
    expect(options.map((o) => o.id)).toEqual(['before', 'initial', 'revised']);
  });

  for (const id of ['before', 'initial', 'revised']) {
    it(`${id}: the split districts and their minority residents match the raw lookup`, () => {
      const c = criteriaOf(option(id));
      const want = expected.get(id)!;
      expect(new Map(c.splitDistricts.map((s) => [s.code, s.minorityResidents]))).toEqual(
        want.splits,
      );
      expect(c.minorityResidents).toBe(want.minority);
      expect(c.splitDistricts.map((s) => s.code)).toContain(HIGH_PEAK);
      expect(want.splits.has(HIGH_PEAK)).toBe(true);
    });
  }

  it('High Peak: Glossop (Greater Manchester) is the minority side, the rest is in Derbyshire', () => {
    for (const o of options) {
      const split = criteriaOf(o).splitDistricts.find((s) => s.code === HIGH_PEAK)!;
      expect(split.regions.map((r) => r.regionId)).toEqual([
        o.assignments.E54000012,
        o.assignments.E54000007,
      ]);
      expect(split.minorityResidents).toBe(expected.get(o.id)!.splits.get(HIGH_PEAK));
    }
  });

  it('the trade-off sentences for initial → revised', () => {
    const [initial, revised] = [criteriaOf(option('initial')), criteriaOf(option('revised'))];
    const outside = (o: BoundaryOption) =>
      flows
        .filter((f) => o.assignments[f.origin] !== o.assignments[f.destination])
        .reduce((s, f) => s + f.volume, 0);
    const fmt = (n: number) => Math.round(n).toLocaleString('en-GB');
    const [xi, xr] = [outside(option('initial')), outside(option('revised'))];
    const [ei, er] = [expected.get('initial')!, expected.get('revised')!];
    expect(xr).toBeLessThan(xi);
    expect(er.splits.size - ei.splits.size).toBe(1);
    const onlyRevised = [...er.splits.keys()].filter((k) => !ei.splits.has(k));
    expect(onlyRevised).toEqual(['E07000152']);
    const titles = Object.fromEntries(options.map((o) => [o.id, o.title]));
    const regionNames = Object.fromEntries(
      options.flatMap((o) => o.regions.map((r) => [r.id, r.name])),
    );
    expect(tradeOffSentences(initial, revised, titles, regionNames)).toEqual([
      `Revised proposal has ${fmt(xi - xr)} fewer residents attributed to a trust outside their region than Initial proposal (${fmt(xr)} against ${fmt(xi)}).`,
      `Revised proposal splits ${er.splits.size} council districts between regions, 1 more than Initial proposal, affecting ${fmt(er.minority)} residents ` +
        `on the minority side against ${fmt(ei.minority)}; the largest split only it makes is East Northamptonshire, mostly in Midlands with ` +
        `${fmt(er.splits.get('E07000152')!)} residents in East of England.`,
    ]);
  });
});
