// Flows and coterminosity at part granularity (src/domain/parts/part-flows.ts,
// part-flow-changes.ts, part-coterminosity.ts) on the toy geography, worked by hand.
import {describe, expect, it} from 'vitest';
import {regionFlowTotals, areaFlowsFromTuples} from '../../src/domain/flows';
import {partDistrictSplits} from '../../src/domain/parts/part-coterminosity';
import {areaPairFlows, partFlowSideChanges} from '../../src/domain/parts/part-flow-changes';
import {
  partCrossRegionTotal,
  partFlowsOf,
  partRegionFlowTotals,
} from '../../src/domain/parts/part-flows';
import type {DistrictPartResidents} from '../../src/domain/parts/part-types';
import {TOY_FLOWS} from './criteria-fixtures';
import {TOY_A} from './toy-geography';
import {TOY_A_MID_THREE_EAST, TOY_FINER, TOY_PARTS, TOY_TRUSTS} from './parts-fixtures';

const [W, M, E, S] = ['E54000901', 'E54000902', 'E54000903', 'E54000905'];
const FLOWS = partFlowsOf(TOY_FLOWS, TOY_FINER, TOY_TRUSTS, TOY_PARTS);
const totals = (option: typeof TOY_A) =>
  Object.fromEntries(
    [...partRegionFlowTotals(option, FLOWS)].map(([id, t]) => [
      id,
      [t.internal, t.outbound, t.inbound],
    ]),
  );

describe('partFlowsOf', () => {
  it('splits each area pair over its part pairs, the HQ part as destination', () => {
    expect(FLOWS.filter((f) => f.originArea === M)).toEqual([
      {
        originArea: M,
        originPart: 'E38000921',
        destinationArea: M,
        destinationPart: 'E38000921',
        volume: 500,
      },
      {
        originArea: M,
        originPart: 'E38000922',
        destinationArea: M,
        destinationPart: 'E38000923',
        volume: 300,
      },
      {
        originArea: M,
        originPart: 'E38000923',
        destinationArea: E,
        destinationPart: 'E38000931',
        volume: 200,
      },
    ]);
  });

  it("keeps the area pair's total exactly when the finer flows round differently", () => {
    const finer = [
      ['E38000911', 'RT1', 33],
      ['E38000912', 'RT1', 33],
      ['E38000911', 'RT2', 34],
    ].map(([part, destination, volume]) => ({
      part: part as string,
      destination: destination as string,
      volume: volume as number,
    }));
    const flows = partFlowsOf(areaFlowsFromTuples([[W, W, 100]]), finer, TOY_TRUSTS, TOY_PARTS);
    // Weights 33 and 33 for 100 people: 50 each (the W → M weight belongs to another pair).
    expect(flows.map((f) => [f.originPart, f.destinationPart, f.volume])).toEqual([
      ['E38000911', 'E38000911', 50],
      ['E38000912', 'E38000911', 50],
    ]);
  });

  it('keeps an area pair with no finer flows whole, its ends in their areas', () => {
    const flows = partFlowsOf(areaFlowsFromTuples([[W, S, 7]]), TOY_FINER, TOY_TRUSTS, TOY_PARTS);
    expect(flows).toEqual([
      {originArea: W, originPart: null, destinationArea: S, destinationPart: null, volume: 7},
    ]);
  });

  it('ignores finer flows naming an unknown part or trust', () => {
    const finer = [
      ...TOY_FINER,
      {part: 'E38000999', destination: 'RT1', volume: 50},
      {part: 'E38000911', destination: 'RZZ', volume: 50},
    ];
    expect(partFlowsOf(TOY_FLOWS, finer, TOY_TRUSTS, TOY_PARTS)).toEqual(FLOWS);
  });
});

describe('partRegionFlowTotals', () => {
  it("gives regionFlowTotals' figures when no part moves", () => {
    expect(partRegionFlowTotals(TOY_A, FLOWS)).toEqual(regionFlowTotals(TOY_A, TOY_FLOWS));
    expect(totals(TOY_A)).toEqual({west: [1800, 200, 300], east: [2200, 300, 200]});
  });

  it("places each end in its part's region: Mid Three's flow to the East comes inside, Mid Two's to Mid Three's trust goes out", () => {
    expect(totals(TOY_A_MID_THREE_EAST)).toEqual({west: [1500, 300, 300], east: [2400, 300, 300]});
    expect(partRegionFlowTotals(TOY_A_MID_THREE_EAST, FLOWS).get('west')!.containment).toBe(
      1500 / 1800,
    );
    expect(partCrossRegionTotal(TOY_A_MID_THREE_EAST, FLOWS)).toEqual({
      total: 600,
      byRegion: new Map([
        ['west', 300],
        ['east', 300],
      ]),
    });
  });

  it('leaves out flows with an end in no region', () => {
    const option = {...TOY_A, partAssignments: {E38000923: 'nowhere'}};
    expect(totals(option)).toEqual({west: [1500, 0, 300], east: [2200, 300, 0]});
  });
});

describe('partFlowSideChanges', () => {
  it('lists the part flows that change side and nets them', () => {
    const c = partFlowSideChanges(TOY_A, TOY_A_MID_THREE_EAST, FLOWS);
    expect(c.nowWithin.map((f) => [f.originPart, f.destinationPart, f.volume])).toEqual([
      ['E38000923', 'E38000931', 200],
    ]);
    expect(c.nowCrossing.map((f) => [f.originPart, f.destinationPart, f.volume])).toEqual([
      ['E38000922', 'E38000923', 300],
    ]);
    expect([c.withinVolume, c.crossingVolume, c.net]).toEqual([200, 300, 100]);
  });

  it('sums part flows per area pair, largest first', () => {
    expect(areaPairFlows(FLOWS.filter((f) => f.originArea === M || f.originArea === W))).toEqual([
      {origin: W, destination: W, volume: 900},
      {origin: M, destination: M, volume: 800},
      {origin: M, destination: E, volume: 200},
      {origin: W, destination: M, volume: 100},
    ]);
  });
});

describe('partDistrictSplits', () => {
  const districts: DistrictPartResidents[] = [
    {
      code: 'E07000901',
      name: 'Borderton',
      parts: [
        {partCode: 'E38000911', residents: 600},
        {partCode: 'E38000921', residents: 250},
        {partCode: 'E38000923', residents: 150},
      ],
    },
    {
      code: 'E07000902',
      name: 'Tri',
      parts: [
        {partCode: 'E38000931', residents: 100},
        {partCode: 'E38000941', residents: 300},
        {partCode: 'E38000951', residents: 0},
      ],
    },
    {
      code: 'E07000904',
      name: 'Edge',
      parts: [
        {partCode: 'E38000923', residents: 50},
        {partCode: 'E38000999', residents: 500},
      ],
    },
  ];

  it('splits a district whose parts lie in two regions, with the residents outside its largest', () => {
    expect(partDistrictSplits(TOY_A, districts, TOY_PARTS)).toEqual([]);
    expect(partDistrictSplits(TOY_A_MID_THREE_EAST, districts, TOY_PARTS)).toEqual([
      {
        code: 'E07000901',
        name: 'Borderton',
        regions: [
          {regionId: 'west', residents: 850},
          {regionId: 'east', residents: 150},
        ],
        minorityResidents: 150,
      },
    ]);
  });

  it('leaves out parts with no residents, unknown parts and parts in no listed region', () => {
    const option = {...TOY_A, partAssignments: {E38000951: 'west', E38000911: 'nowhere'}};
    expect(partDistrictSplits(option, districts, TOY_PARTS)).toEqual([]);
  });
});
