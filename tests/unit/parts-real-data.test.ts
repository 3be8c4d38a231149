// The part-level functions on the committed data: every built-in option (none moves a part)
// gives exactly today's figures, and issue 19's example, the revised option with Tameside and
// Glossop CCG moved from the North West to the Midlands, gives the expected changes.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {partTrustFlowsFileSchema, areaFlowsFileSchema} from '../../src/data/flow-schemas';
import {regionAggregates} from '../../src/domain/aggregates';
import {districtSplits} from '../../src/domain/criteria/coterminosity';
import {flowSideChanges} from '../../src/domain/flow-changes';
import {
  optionCrossRegionTotal,
  regionFlowTotals,
  areaFlowsFromTuples,
  type AreaFlow,
} from '../../src/domain/flows';
import {partTrustFlowsFromTuples} from '../../src/domain/trust-flows';
import {areaSplits, partMovesByArea} from '../../src/domain/parts/area-splits';
import {partRegionAggregates} from '../../src/domain/parts/part-aggregates';
import {partOptionCriteria} from '../../src/domain/parts/part-criteria';
import {optionCriteria} from '../../src/domain/criteria/score';
import {partDistrictSplits} from '../../src/domain/parts/part-coterminosity';
import {areaPairFlows, partFlowSideChanges} from '../../src/domain/parts/part-flow-changes';
import {
  endRegion,
  partCrossRegionTotal,
  partFlowsOf,
  partRegionFlowTotals,
} from '../../src/domain/parts/part-flows';
import {
  destinationsOfTrusts,
  districtPartResidents,
  partDestinationFlows,
  partsOfMapped,
} from '../../src/domain/parts/part-types';
import {partMovesSentence, splitSentence, type PartWords} from '../../src/domain/parts/split-words';
import type {BoundaryOption, MappedPart} from '../../src/domain/types';
import {parts as mapped, districts, option, options, areas, geography} from './real-data';

const json = (file: string): unknown =>
  JSON.parse(readFileSync(`data/england-2018/${file}`, 'utf8'));
const areaFlows = areaFlowsFromTuples(
  areaFlowsFileSchema(geography).parse(json('flows-stp.json')).flows,
);
const partFile = partTrustFlowsFileSchema(geography, geography.parts!).parse(
  json('flows-ccg-trust.json'),
);
const parts = partsOfMapped(mapped as MappedPart[]);
const trusts = destinationsOfTrusts(partFile.trusts);
const finer = partDestinationFlows(partTrustFlowsFromTuples(partFile.flows));
const partFlows = partFlowsOf(areaFlows, finer, trusts, parts);
const partDistricts = districtPartResidents(districts);

const GREATER_MANCHESTER = 'E54000007';
const TAMESIDE_AND_GLOSSOP = 'E38000182';
const HIGH_PEAK = 'E07000037';
const revised = option('revised');
const moved: BoundaryOption = {
  ...revised,
  id: 'revised-tameside',
  partAssignments: {[TAMESIDE_AND_GLOSSOP]: 'midlands'},
};

const pairOrder = (fs: readonly AreaFlow[]) =>
  fs.map((f) => `${f.origin}>${f.destination}=${f.volume}`).sort();

describe('the committed CCG data', () => {
  it("places every trust's HQ in a CCG of the trust's STP", () => {
    const areaOf = new Map(parts.map((c) => [c.code, c.areaCode]));
    expect(partFile.trusts.filter((t) => areaOf.get(t.partCode) !== t.areaCode)).toEqual([]);
  });

  it('shares every STP-to-STP flow out over CCG pairs, adding up exactly', () => {
    expect(pairOrder(areaPairFlows(partFlows))).toEqual(pairOrder(areaFlows));
    expect(partFlows.every((f) => f.originPart !== null && f.destinationPart !== null)).toBe(true);
  });
});

describe('part-level functions on the built-in options (no part moved)', () => {
  it.each(options.map((o) => [o.id, o] as const))("give today's figures exactly: %s", (_id, o) => {
    expect(
      partRegionAggregates(o, areas, parts).map((r) => [
        r.population,
        r.parts,
        r.wholeAreaCodes,
        r.areaKm2,
        r.populationShare,
      ]),
    ).toEqual(
      regionAggregates(o, areas).map((r) => [
        r.population,
        r.parts,
        r.areaCodes,
        r.areaKm2,
        r.populationShare,
      ]),
    );
    expect(partRegionFlowTotals(o, partFlows)).toEqual(regionFlowTotals(o, areaFlows));
    expect(partCrossRegionTotal(o, partFlows)).toEqual(optionCrossRegionTotal(o, areaFlows));
    expect(partDistrictSplits(o, partDistricts, parts)).toEqual(districtSplits(o, districts));
    expect(areaSplits(o, parts)).toEqual([]);
    expect(
      partOptionCriteria(o, {areas: areas, parts, flows: partFlows, districts: partDistricts}),
    ).toEqual(optionCriteria(o, {units: areas, flows: areaFlows, districts}));
  });

  it("give flowSideChanges' figures between each pair of options", () => {
    for (const a of options) {
      for (const b of options) {
        const today = flowSideChanges(a, b, areaFlows);
        const mine = partFlowSideChanges(a, b, partFlows);
        expect([mine.withinVolume, mine.crossingVolume, mine.net]).toEqual([
          today.withinVolume,
          today.crossingVolume,
          today.net,
        ]);
        expect(pairOrder(areaPairFlows(mine.nowWithin))).toEqual(pairOrder(today.nowWithin));
      }
    }
  });
});

describe('the revised option with Tameside and Glossop CCG moved to the Midlands', () => {
  const before = new Map(partRegionAggregates(revised, areas, parts).map((r) => [r.region.id, r]));
  const after = new Map(partRegionAggregates(moved, areas, parts).map((r) => [r.region.id, r]));
  const tameside = parts.find((c) => c.code === TAMESIDE_AND_GLOSSOP) as MappedPart;

  it('gives the Midlands +258,613 people and the North West −258,613, one CCG and its area; no other region changes', () => {
    expect(after.get('midlands')!.population - before.get('midlands')!.population).toBe(258_613);
    expect(after.get('north-west')!.population - before.get('north-west')!.population).toBe(
      -258_613,
    );
    expect(after.get('midlands')!.parts - before.get('midlands')!.parts).toBe(1);
    expect(after.get('north-west')!.parts - before.get('north-west')!.parts).toBe(-1);
    expect(after.get('midlands')!.areaKm2 - before.get('midlands')!.areaKm2).toBeCloseTo(
      tameside.areaKm2,
      6,
    );
    expect(after.get('midlands')!.partAreaCodes).toEqual([GREATER_MANCHESTER]);
    expect(after.get('north-west')!.partAreaCodes).toEqual([GREATER_MANCHESTER]);
    expect(after.get('north-west')!.wholeAreaCodes).not.toContain(GREATER_MANCHESTER);
    for (const id of ['north-east-and-yorkshire', 'east', 'london', 'south-east', 'south-west']) {
      expect(after.get(id)!.population).toBe(before.get(id)!.population);
    }
  });

  it('says so in words', () => {
    const regionName = (id: string | undefined) =>
      `the ${moved.regions.find((r) => r.id === id)!.name}`;
    const words: PartWords = {
      part: 'CCG',
      parts: 'CCGs',
      areaName: (code) => areas.find((s) => s.code === code)!.name,
      partName: (code) =>
        (mapped as MappedPart[]).find((c) => c.code === code)!.name.replace(/^NHS /, ''),
      regionName,
    };
    expect(areaSplits(moved, parts).map((s) => splitSentence(s, words))).toEqual([
      'Tameside and Glossop CCG is in the Midlands; the other 9 CCGs of Greater Manchester are in the North West.',
    ]);
    expect(partMovesByArea(revised, moved, parts).map((m) => partMovesSentence(m, words))).toEqual([
      "1 of Greater Manchester's 10 CCGs moves: Tameside and Glossop CCG, from the North West to the Midlands.",
    ]);
  });

  it('moves its residents and the trusts with HQs in it (Tameside Hospital) to the Midlands', () => {
    const inTameside = partFlows.filter((f) => f.originPart === TAMESIDE_AND_GLOSSOP);
    expect(inTameside.length).toBeGreaterThan(0);
    for (const f of inTameside)
      expect(endRegion(moved, f.originArea, f.originPart)).toBe('midlands');
    expect(
      partFile.trusts.filter((t) => t.partCode === TAMESIDE_AND_GLOSSOP).map((t) => t.code),
    ).toEqual(['RMP']);
    const c = partFlowSideChanges(revised, moved, partFlows);
    expect(c.net).toBe(
      partCrossRegionTotal(moved, partFlows).total - partCrossRegionTotal(revised, partFlows).total,
    );
    // Tameside and Glossop's residents mostly use Greater Manchester's trusts, now across a boundary.
    expect(c.crossingVolume).toBeGreaterThan(c.withinVolume);
  });

  it('agrees with summing the CCG → trust file directly to within its rounding (0.5 a pair)', () => {
    const areaOf = new Map(parts.map((c) => [c.code, c.areaCode]));
    const trustOf = new Map(trusts.map((t) => [t.code, t]));
    let direct = 0;
    for (const f of finer) {
      const t = trustOf.get(f.destination)!;
      const from = endRegion(moved, areaOf.get(f.part)!, f.part);
      const to = endRegion(moved, t.areaCode, t.partCode);
      if (from !== to) direct += f.volume;
    }
    const mine = partCrossRegionTotal(moved, partFlows).total;
    expect(Math.abs(mine - direct)).toBeLessThanOrEqual(0.5 * finer.length);
    expect(Math.abs(mine - direct) / direct).toBeLessThan(1e-4);
  });

  it("changes the scorecard: Greater Manchester counts in both regions' STPs, one fewer split district", () => {
    const a = partOptionCriteria(revised, {
      areas: areas,
      parts,
      flows: partFlows,
      districts: partDistricts,
    });
    const b = partOptionCriteria(moved, {
      areas: areas,
      parts,
      flows: partFlows,
      districts: partDistricts,
    });
    const region = (c: typeof a, id: string) => c.regions.find((r) => r.regionId === id)!;
    expect(region(b, 'midlands').areas - region(a, 'midlands').areas).toBe(1);
    expect(region(b, 'north-west').areas).toBe(region(a, 'north-west').areas);
    expect(region(b, 'midlands').parts - region(a, 'midlands').parts).toBe(1);
    expect(b.splitDistricts.length).toBe(a.splitDistricts.length - 1);
    expect(b.outsideRegion! - a.outsideRegion!).toBe(
      partFlowSideChanges(revised, moved, partFlows).net,
    );
  });

  it('brings High Peak (Glossop) wholly into the Midlands: one fewer district split', () => {
    const splitsBefore = partDistrictSplits(revised, partDistricts, parts).map((s) => s.code);
    const splitsAfter = partDistrictSplits(moved, partDistricts, parts).map((s) => s.code);
    expect(splitsBefore).toContain(HIGH_PEAK);
    expect(splitsAfter).toEqual(splitsBefore.filter((c) => c !== HIGH_PEAK));
  });
});
