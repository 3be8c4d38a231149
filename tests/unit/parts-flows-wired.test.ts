// Part-level flows wired into the figures (issue 19): the preview of a part's move and the row
// model of an option that moves parts take their flow figures from the part flows. The Tameside
// and Glossop example is checked against sums worked out here straight from the data files
// (the CCG → trust file, each trust in its HQ CCG's region), not through the app's functions.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {partTrustFlowsFileSchema, areaFlowsFileSchema} from '../../src/data/flow-schemas';
import {previewPartMove} from '../../src/domain/builder/part-preview';
import {pointsChange} from '../../src/domain/flow-regions';
import {areaFlowsFromTuples} from '../../src/domain/flows';
import {partTrustFlowsFromTuples} from '../../src/domain/trust-flows';
import {formatPercent} from '../../src/domain/format';
import {
  partCrossRegionTotal,
  partFlowsOf,
  partRegionFlowTotals,
} from '../../src/domain/parts/part-flows';
import {destinationsOfTrusts, partDestinationFlows} from '../../src/domain/parts/part-types';
import {optionRows} from '../../src/domain/region-rows';
import {geography, option, areas} from './real-data';
import {PARTS, TAMESIDE, TAMESIDE_PREVIEW_CONTAINMENT} from './builder-part-fixtures';
import {mine} from './builder-fixtures';

const raw = (file: string): unknown =>
  JSON.parse(readFileSync(`data/england-2018/${file}`, 'utf8'));
const areaFlows = areaFlowsFromTuples(
  areaFlowsFileSchema(geography).parse(raw('flows-stp.json')).flows,
);
const partFile = partTrustFlowsFileSchema(geography, geography.parts!).parse(
  raw('flows-ccg-trust.json'),
);
const partFlows = partFlowsOf(
  areaFlows,
  partDestinationFlows(partTrustFlowsFromTuples(partFile.flows)),
  destinationsOfTrusts(partFile.trusts),
  PARTS,
);
const revised = mine('revised');
const moved = {...revised, partAssignments: {[TAMESIDE]: 'midlands'}};

/** Straight from the files: per region, [residents treated in the region, all its residents],
 * with Tameside and Glossop CCG (and so its HQ trusts) in the Midlands when `move`. */
function directSums(move: boolean): Map<string, [number, number]> {
  const file = raw('flows-ccg-trust.json') as {
    trusts: {code: string; partCode: string}[];
    flows: [string, string, number][];
  };
  const parts = (
    raw('ccgs.topo.json') as {
      objects: {parts: {geometries: {properties: {code: string; areaCode: string}}[]}};
    }
  ).objects.parts.geometries;
  const areaOf = new Map(parts.map((g) => [g.properties.code, g.properties.areaCode]));
  const hq = new Map(file.trusts.map((t) => [t.code, t.partCode]));
  const regionOf = (part: string) =>
    move && part === TAMESIDE ? 'midlands' : option('revised').assignments[areaOf.get(part)!]!;
  const sums = new Map<string, [number, number]>();
  for (const [part, trust, volume] of file.flows) {
    const from = regionOf(part);
    const s = sums.get(from) ?? [0, 0];
    if (regionOf(hq.get(trust)!) === from) s[0] += volume;
    s[1] += volume;
    sums.set(from, s);
  }
  return sums;
}

describe('the preview of a part move, with part flows', () => {
  const rows = previewPartMove(
    revised,
    {kind: 'move-part', part: TAMESIDE, to: 'midlands'},
    areas,
    PARTS,
    partFlows,
  );

  it('shows each region’s containment as worked out straight from the CCG → trust file', () => {
    const [before, after] = [directSums(false), directSums(true)];
    for (const row of rows) {
      const id = row.region.id as keyof typeof TAMESIDE_PREVIEW_CONTAINMENT;
      const [b, a] = [before.get(id)!, after.get(id)!].map(([inside, all]) => inside / all) as [
        number,
        number,
      ];
      const independent = `Flow containment${b > a ? '−' : '+'}${(Math.abs(a - b) * 100).toFixed(1)} pts${(a * 100).toFixed(1)}%`;
      const shown = `Flow containment${pointsChange(row.before.containment!, row.after.containment!)}${formatPercent(row.after.containment!)}`;
      expect(shown).toBe(independent);
      expect(shown).toBe(TAMESIDE_PREVIEW_CONTAINMENT[id]);
      // Residents outside the region: the shared-out figure is within the finer file's rounding.
      expect(
        Math.abs(row.after.outsideRegion! - (a === 0 ? 0 : after.get(id)![1] - after.get(id)![0])),
      ).toBeLessThan(200);
    }
  });

  it('leaves flow figures null without the part flows (said in words by the page, never 0)', () => {
    const bare = previewPartMove(
      revised,
      {kind: 'move-part', part: TAMESIDE, to: 'midlands'},
      areas,
      PARTS,
    );
    expect(bare.every((r) => r.after.containment === null && r.after.outsideRegion === null)).toBe(
      true,
    );
  });
});

describe('the rows of an option that moves a part, with part flows', () => {
  it('take their flow totals from the part flows, England’s from their cross-region total', () => {
    const rows = optionRows(moved, areas, areaFlows, PARTS, partFlows);
    const totals = partRegionFlowTotals(moved, partFlows);
    expect(rows.rows.map((r) => r.flows)).toEqual(moved.regions.map((r) => totals.get(r.id)));
    expect(rows.england.crossRegion).toBe(partCrossRegionTotal(moved, partFlows).total);
    expect(rows.england.crossRegion).not.toBe(
      optionRows(revised, areas, areaFlows).england.crossRegion,
    );
  });

  it('are exactly the area-level rows when no part moves, part flows given or not', () => {
    expect(optionRows(revised, areas, areaFlows, PARTS, partFlows)).toEqual(
      optionRows(revised, areas, areaFlows),
    );
  });
});

describe('the scorecard of an option that moves a part', () => {
  it('scores Tameside and Glossop CCG in the Midlands: High Peak no longer split (Glossop joins the rest of it)', async () => {
    const {partOptionCriteria} = await import('../../src/domain/parts/part-criteria');
    const {districtPartResidents} = await import('../../src/domain/parts/part-types');
    const {optionCriteria} = await import('../../src/domain/criteria/score');
    const {districts} = await import('./real-data');
    const inputs = {
      areas: areas,
      parts: PARTS,
      flows: partFlows,
      districts: districtPartResidents(districts),
    };
    const before = optionCriteria(revised, {units: areas, flows: areaFlows, districts});
    const after = partOptionCriteria(moved, inputs);
    expect(before.splitDistricts.map((d) => d.name)).toContain('High Peak');
    expect(after.splitDistricts.map((d) => d.name)).not.toContain('High Peak');
    expect(after.splitDistricts.length).toBe(before.splitDistricts.length - 1);
    expect(after.outsideRegion).toBe(partCrossRegionTotal(moved, partFlows).total);
  });
});
