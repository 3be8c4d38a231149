// Property tests (fast-check) on synthetic geographies: with no part moved, every part-level
// function gives exactly the area-level figures of today's functions (aggregates.ts, flows.ts,
// flow-changes.ts, criteria/coterminosity.ts); with parts moved, totals are conserved.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {regionAggregates} from '../../src/domain/aggregates';
import {districtSplits} from '../../src/domain/criteria/coterminosity';
import type {DistrictResidents} from '../../src/domain/criteria/types';
import {flowSideChanges} from '../../src/domain/flow-changes';
import {optionCrossRegionTotal, regionFlowTotals, type AreaFlow} from '../../src/domain/flows';
import {areaSplits, partMovesByArea} from '../../src/domain/parts/area-splits';
import {partRegionAggregates} from '../../src/domain/parts/part-aggregates';
import {partOptionCriteria} from '../../src/domain/parts/part-criteria';
import {optionCriteria} from '../../src/domain/criteria/score';
import {partDistrictSplits} from '../../src/domain/parts/part-coterminosity';
import {areaPairFlows, partFlowSideChanges} from '../../src/domain/parts/part-flow-changes';
import {
  partCrossRegionTotal,
  partFlowsOf,
  partRegionFlowTotals,
} from '../../src/domain/parts/part-flows';
import type {
  DistrictPartResidents,
  Part,
  PartDestination,
  PartDestinationFlow,
} from '../../src/domain/parts/part-types';
import type {BoundaryOption, Area} from '../../src/domain/types';

const REGIONS = ['r0', 'r1', 'r2', 'r3'];

interface World {
  areas: Area[];
  parts: Part[];
  areaFlows: AreaFlow[];
  trusts: PartDestination[];
  finer: PartDestinationFlow[];
  districts: DistrictPartResidents[];
}

/** 1–6 areas of 1–5 parts; an area's figures are its parts' sums (as the data build checks). */
const aWorld: fc.Arbitrary<World> = fc
  .array(
    fc.array(
      fc.record({
        population: fc.integer({min: 0, max: 500_000}),
        tenths: fc.integer({min: 1, max: 50_000}),
      }),
      {minLength: 1, maxLength: 5},
    ),
    {minLength: 1, maxLength: 6},
  )
  .chain((areaParts) => {
    const areas: Area[] = [];
    const parts: Part[] = [];
    areaParts.forEach((ps, a) => {
      const code = `E54${String(900 + a).padStart(6, '0')}`;
      ps.forEach((p, i) =>
        parts.push({
          code: `E38${String(9000 + a * 10 + i).padStart(6, '0')}`,
          areaCode: code,
          population: p.population,
          areaKm2: p.tenths / 10,
        }),
      );
      const own = parts.filter((p) => p.areaCode === code);
      areas.push({
        code,
        onsName: code,
        name: code,
        shortName: code,
        population: own.reduce((n, p) => n + p.population, 0),
        partCount: own.length,
        areaKm2: Math.round(own.reduce((n, p) => n + p.areaKm2 * 10, 0)) / 10,
        anchor: [0, 0],
      });
    });
    const partCode = fc.constantFrom(...parts.map((p) => p.code));
    const trusts = fc
      .uniqueArray(
        fc.record({code: fc.constantFrom('RA1', 'RB2', 'RC3', 'RD4', 'RE5'), partCode}),
        {minLength: 1, maxLength: 5, selector: (t) => t.code},
      )
      .map((ts) =>
        ts.map((t) => ({...t, areaCode: parts.find((p) => p.code === t.partCode)!.areaCode})),
      );
    return trusts.chain((ts) =>
      fc
        .record({
          finer: fc.uniqueArray(
            fc.record({
              part: partCode,
              destination: fc.constantFrom(...ts.map((t) => t.code)),
              volume: fc.integer({min: 1, max: 9_000}),
            }),
            {maxLength: 20, selector: (f) => `${f.part}>${f.destination}`},
          ),
          districts: fc.array(
            fc.uniqueArray(fc.record({partCode, residents: fc.integer({min: 0, max: 100_000})}), {
              minLength: 1,
              maxLength: 4,
              selector: (p) => p.partCode,
            }),
            {maxLength: 8},
          ),
          noise: fc.array(fc.integer({min: -3, max: 3}), {minLength: 40, maxLength: 40}),
        })
        .map(({finer, districts, noise}) => {
          // Area flows: the finer flows summed per area pair, then nudged as another rounding
          // would (never below 1), so the sharing out is exercised.
          const byPair = new Map<string, AreaFlow>();
          for (const f of finer) {
            const origin = parts.find((p) => p.code === f.part)!.areaCode;
            const destination = ts.find((t) => t.code === f.destination)!.areaCode;
            const s = byPair.get(`${origin}>${destination}`) ?? {origin, destination, volume: 0};
            s.volume += f.volume;
            byPair.set(`${origin}>${destination}`, s);
          }
          const areaFlows = [...byPair.values()].map((f, i) => ({
            ...f,
            volume: Math.max(1, f.volume + noise[i % noise.length]!),
          }));
          return {
            areas,
            parts,
            areaFlows,
            trusts: ts,
            finer,
            districts: districts.map((ps, i) => ({
              code: `E07${String(i).padStart(6, '0')}`,
              name: `D${i}`,
              parts: ps,
            })),
          };
        }),
    );
  });

/** An option putting each area in one of the regions; some options name a part with its own
 * area's region (a part assignment that moves nothing). */
const anOption = (world: World) =>
  fc
    .record({
      picks: fc.array(fc.integer({min: 0, max: REGIONS.length - 1}), {
        minLength: world.areas.length,
        maxLength: world.areas.length,
      }),
      redundant: fc.subarray(world.parts.map((p) => p.code)),
    })
    .map(({picks, redundant}): BoundaryOption => {
      const assignments = Object.fromEntries(
        world.areas.map((a, i) => [a.code, REGIONS[picks[i]!]!]),
      );
      const areaOf = new Map(world.parts.map((p) => [p.code, p.areaCode]));
      return {
        id: 'o',
        title: 'O',
        date: '2018-05',
        description: 'o',
        source: {document: 'd', paragraphs: '1'},
        regions: REGIONS.map((id) => ({id, code: null, name: id, colour: '#000000'})),
        assignments,
        ...(redundant.length
          ? {
              partAssignments: Object.fromEntries(
                redundant.map((c) => [c, assignments[areaOf.get(c)!]!]),
              ),
            }
          : {}),
      };
    });

const worldAndOptions = aWorld.chain((world) =>
  fc.tuple(fc.constant(world), anOption(world), anOption(world)),
);

/** The same districts at area level: residents summed per area. */
function areaDistricts(world: World): DistrictResidents[] {
  const areaOf = new Map(world.parts.map((p) => [p.code, p.areaCode]));
  return world.districts.map((d) => {
    const sums = new Map<string, number>();
    for (const p of d.parts)
      sums.set(areaOf.get(p.partCode)!, (sums.get(areaOf.get(p.partCode)!) ?? 0) + p.residents);
    return {
      code: d.code,
      name: d.name,
      parts: [...sums].map(([areaCode, residents]) => ({areaCode, residents})),
    };
  });
}

const pairOrder = (fs: readonly AreaFlow[]) =>
  [...fs].map((f) => `${f.origin}>${f.destination}=${f.volume}`).sort();

describe('part-level functions with no part moved', () => {
  it("give regionAggregates' figures exactly", () => {
    fc.assert(
      fc.property(worldAndOptions, ([world, option]) => {
        const today = regionAggregates(option, world.areas);
        const parts = partRegionAggregates(option, world.areas, world.parts);
        expect(
          parts.map((r) => [
            r.region.id,
            r.population,
            r.parts,
            r.wholeAreaCodes,
            r.areaKm2,
            r.populationShare,
            r.partAreaCodes,
          ]),
        ).toEqual(
          today.map((r) => [
            r.region.id,
            r.population,
            r.parts,
            r.areaCodes,
            r.areaKm2,
            r.populationShare,
            [],
          ]),
        );
        expect(areaSplits(option, world.parts)).toEqual([]);
      }),
    );
  });

  it("give regionFlowTotals', optionCrossRegionTotal's and flowSideChanges' figures exactly", () => {
    fc.assert(
      fc.property(worldAndOptions, ([world, a, b]) => {
        const flows = partFlowsOf(world.areaFlows, world.finer, world.trusts, world.parts);
        expect(partRegionFlowTotals(a, flows)).toEqual(regionFlowTotals(a, world.areaFlows));
        expect(partCrossRegionTotal(a, flows)).toEqual(optionCrossRegionTotal(a, world.areaFlows));
        const today = flowSideChanges(a, b, world.areaFlows);
        const parts = partFlowSideChanges(a, b, flows);
        expect([parts.withinVolume, parts.crossingVolume, parts.net]).toEqual([
          today.withinVolume,
          today.crossingVolume,
          today.net,
        ]);
        expect(pairOrder(areaPairFlows(parts.nowWithin))).toEqual(pairOrder(today.nowWithin));
        expect(pairOrder(areaPairFlows(parts.nowCrossing))).toEqual(pairOrder(today.nowCrossing));
      }),
    );
  });

  it("give districtSplits' result exactly, and list as moving exactly the parts of areas that move", () => {
    fc.assert(
      fc.property(worldAndOptions, ([world, a, b]) => {
        expect(partDistrictSplits(a, world.districts, world.parts)).toEqual(
          districtSplits(a, areaDistricts(world)),
        );
        const moved = partMovesByArea(a, b, world.parts).map((m) => m.areaCode);
        expect(moved).toEqual(
          world.areas
            .filter(
              (s) =>
                a.assignments[s.code] !== b.assignments[s.code] &&
                world.parts.some((p) => p.areaCode === s.code),
            )
            .map((s) => s.code),
        );
      }),
    );
  });
  it("give optionCriteria's scorecard exactly", () => {
    fc.assert(
      fc.property(worldAndOptions, ([world, option]) => {
        const flows = partFlowsOf(world.areaFlows, world.finer, world.trusts, world.parts);
        expect(
          partOptionCriteria(option, {
            areas: world.areas,
            parts: world.parts,
            flows,
            districts: world.districts,
          }),
        ).toEqual(
          optionCriteria(option, {
            units: world.areas,
            flows: world.areaFlows,
            districts: areaDistricts(world),
          }),
        );
      }),
    );
  });
});

describe('part-level functions with parts moved', () => {
  const moving = worldAndOptions.chain(([world, option]) =>
    fc.tuple(
      fc.constant(world),
      fc.constant(option),
      fc.dictionary(
        fc.constantFrom(...world.parts.map((p) => p.code)),
        fc.constantFrom(...REGIONS),
      ),
    ),
  );

  it('conserve England: population, parts and area over the regions, and every flow once', () => {
    fc.assert(
      fc.property(moving, ([world, option, partAssignments]) => {
        const moved = {...option, partAssignments};
        const rows = partRegionAggregates(moved, world.areas, world.parts);
        expect(rows.reduce((n, r) => n + r.population, 0)).toBe(
          world.areas.reduce((n, a) => n + a.population, 0),
        );
        expect(rows.reduce((n, r) => n + r.parts, 0)).toBe(world.parts.length);
        expect(rows.reduce((n, r) => n + r.areaKm2, 0)).toBeCloseTo(
          world.areas.reduce((n, a) => n + a.areaKm2, 0),
          6,
        );
        const flows = partFlowsOf(world.areaFlows, world.finer, world.trusts, world.parts);
        const totals = [...partRegionFlowTotals(moved, flows).values()];
        expect(totals.reduce((n, t) => n + t.total, 0)).toBe(
          world.areaFlows.reduce((n, f) => n + f.volume, 0),
        );
        expect(totals.reduce((n, t) => n + t.outbound, 0)).toBe(
          totals.reduce((n, t) => n + t.inbound, 0),
        );
        const change = partFlowSideChanges(option, moved, flows);
        expect(change.net).toBe(
          partCrossRegionTotal(moved, flows).total - partCrossRegionTotal(option, flows).total,
        );
      }),
    );
  });
});
