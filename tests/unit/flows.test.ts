import {describe, expect, it} from 'vitest';
import {
  flowShareOfOrigin,
  optionCrossRegionTotal,
  originTotals,
  regionFlowTotals,
  areaFlowsFromTuples,
  topFlows,
  type AreaFlow,
  type TopFlowsQuery,
} from '../../src/domain/flows';
import {
  partTrustBreakdown,
  partTrustFlowsFromTuples,
  type Trust,
} from '../../src/domain/trust-flows';
import type {BoundaryOption} from '../../src/domain/types';

// Toy geography: five STPs A–E. E has no flows at all.
const A = 'E54000901';
const B = 'E54000902';
const C = 'E54000903';
const D = 'E54000904';
const E = 'E54000905';

const FLOWS: AreaFlow[] = areaFlowsFromTuples([
  [A, A, 60],
  [A, B, 20],
  [B, A, 10],
  [B, B, 50],
  [B, C, 40],
  [C, B, 10],
  [C, C, 90],
  [D, C, 5],
  [D, D, 100],
]);

const region = (id: string) => ({id, code: null, name: id, colour: '#000000'});
const option = (
  id: string,
  assignments: Record<string, string>,
  regions: string[],
): BoundaryOption => ({
  id,
  title: id,
  date: '2018-05',
  description: id,
  source: {document: 'toy', paragraphs: '1'},
  regions: regions.map(region),
  assignments,
});

/** Two regions: west {A, B}, east {C, D, E}. */
const ONE = option('one', {[A]: 'west', [B]: 'west', [C]: 'east', [D]: 'east', [E]: 'east'}, [
  'west',
  'east',
]);
/** B moves east; D becomes "north"; E is alone in "islands" (a region with no flows). */
const TWO = option('two', {[A]: 'west', [B]: 'east', [C]: 'east', [D]: 'north', [E]: 'islands'}, [
  'west',
  'east',
  'north',
  'islands',
]);

describe('regionFlowTotals', () => {
  it('gives internal, outbound, inbound, total and containment per region (option one)', () => {
    // west: A→A 60 + A→B 20 + B→A 10 + B→B 50 stay; B→C 40 leaves; C→B 10 arrives.
    // east: C→C 90 + D→C 5 + D→D 100 stay; C→B 10 leaves; B→C 40 arrives.
    expect(regionFlowTotals(ONE, FLOWS)).toEqual(
      new Map([
        ['west', {internal: 140, outbound: 40, inbound: 10, total: 180, containment: 140 / 180}],
        ['east', {internal: 195, outbound: 10, inbound: 40, total: 205, containment: 195 / 205}],
      ]),
    );
  });

  it('handles a region with no flows (containment null) and keeps the option order (option two)', () => {
    const totals = regionFlowTotals(TWO, FLOWS);
    expect([...totals.keys()]).toEqual(['west', 'east', 'north', 'islands']);
    expect(totals.get('west')).toEqual({
      internal: 60,
      outbound: 20,
      inbound: 10,
      total: 80,
      containment: 0.75,
    });
    expect(totals.get('east')).toEqual({
      internal: 190,
      outbound: 10,
      inbound: 25,
      total: 200,
      containment: 0.95,
    });
    expect(totals.get('north')).toEqual({
      internal: 100,
      outbound: 5,
      inbound: 0,
      total: 105,
      containment: 100 / 105,
    });
    expect(totals.get('islands')).toEqual({
      internal: 0,
      outbound: 0,
      inbound: 0,
      total: 0,
      containment: null,
    });
  });

  it('gives every region zeros and null containment when there are no flows', () => {
    const totals = regionFlowTotals(ONE, []);
    expect([...totals.values()]).toEqual([
      {internal: 0, outbound: 0, inbound: 0, total: 0, containment: null},
      {internal: 0, outbound: 0, inbound: 0, total: 0, containment: null},
    ]);
  });

  it('ignores flows touching an STP the option does not assign', () => {
    const extra = [
      ...FLOWS,
      {origin: 'E54000999', destination: A, volume: 1000},
      {origin: A, destination: 'E54000999', volume: 7},
    ];
    expect(regionFlowTotals(ONE, extra)).toEqual(regionFlowTotals(ONE, FLOWS));
  });
});

describe('optionCrossRegionTotal', () => {
  it('counts residents attributed outside their own region, in total and by region of residence', () => {
    expect(optionCrossRegionTotal(ONE, FLOWS)).toEqual({
      total: 50,
      byRegion: new Map([
        ['west', 40],
        ['east', 10],
      ]),
    });
    expect(optionCrossRegionTotal(TWO, FLOWS)).toEqual({
      total: 35,
      byRegion: new Map([
        ['west', 20],
        ['east', 10],
        ['north', 5],
        ['islands', 0],
      ]),
    });
    expect(optionCrossRegionTotal(ONE, [])).toEqual({
      total: 0,
      byRegion: new Map([
        ['west', 0],
        ['east', 0],
      ]),
    });
  });
});

describe('topFlows', () => {
  const all: TopFlowsQuery = {minVolume: 0, crossRegionOnly: false, option: ONE, topN: Infinity};
  const pairs = (flows: AreaFlow[]) => flows.map((f) => [f.origin, f.destination, f.volume]);

  it('sorts by volume, excludes self-flows and breaks ties by origin then destination', () => {
    expect(pairs(topFlows(FLOWS, all))).toEqual([
      [B, C, 40],
      [A, B, 20],
      [B, A, 10],
      [C, B, 10],
      [D, C, 5],
    ]);
    // Tie-break does not depend on input order.
    expect(topFlows([...FLOWS].reverse(), all)).toEqual(topFlows(FLOWS, all));
  });

  it('keeps only flows crossing a region boundary of the given option', () => {
    expect(pairs(topFlows(FLOWS, {...all, crossRegionOnly: true}))).toEqual([
      [B, C, 40],
      [C, B, 10],
    ]);
    expect(pairs(topFlows(FLOWS, {...all, crossRegionOnly: true, option: TWO}))).toEqual([
      [A, B, 20],
      [B, A, 10],
      [D, C, 5],
    ]);
  });

  it('applies the minimum volume and the limit', () => {
    expect(pairs(topFlows(FLOWS, {...all, minVolume: 10, topN: 2}))).toEqual([
      [B, C, 40],
      [A, B, 20],
    ]);
    expect(pairs(topFlows(FLOWS, {...all, minVolume: 11}))).toEqual([
      [B, C, 40],
      [A, B, 20],
    ]);
    expect(topFlows(FLOWS, {...all, topN: 0})).toEqual([]);
    expect(topFlows([], all)).toEqual([]);
  });

  it('focuses on flows into, out of, or either way through a set of STPs', () => {
    const focus = (direction: 'in' | 'out' | 'both') => ({
      ...all,
      focus: {areas: new Set([B]), direction},
    });
    expect(pairs(topFlows(FLOWS, focus('in')))).toEqual([
      [A, B, 20],
      [C, B, 10],
    ]);
    expect(pairs(topFlows(FLOWS, focus('out')))).toEqual([
      [B, C, 40],
      [B, A, 10],
    ]);
    expect(pairs(topFlows(FLOWS, focus('both')))).toEqual([
      [B, C, 40],
      [A, B, 20],
      [B, A, 10],
      [C, B, 10],
    ]);
    // A region's STPs as the focus, cross-region only: what leaves or enters the region.
    const west = {
      ...all,
      crossRegionOnly: true,
      focus: {areas: new Set([A, B]), direction: 'both' as const},
    };
    expect(pairs(topFlows(FLOWS, west))).toEqual([
      [B, C, 40],
      [C, B, 10],
    ]);
  });
});

describe('flowShareOfOrigin and originTotals', () => {
  it("gives a flow's share of its origin's total, self-flow included", () => {
    expect(flowShareOfOrigin({origin: B, destination: C, volume: 40}, FLOWS)).toBe(0.4);
    expect(flowShareOfOrigin({origin: D, destination: D, volume: 100}, FLOWS)).toBe(100 / 105);
    expect(flowShareOfOrigin({origin: E, destination: A, volume: 0}, FLOWS)).toBeNull();
    expect(flowShareOfOrigin({origin: A, destination: B, volume: 20}, [])).toBeNull();
    expect(originTotals(FLOWS)).toEqual(
      new Map([
        [A, 80],
        [B, 100],
        [C, 100],
        [D, 105],
      ]),
    );
  });
});

describe('partTrustBreakdown', () => {
  const trusts: Trust[] = [
    {
      code: 'RAA',
      name: 'Alpha Hospital NHS Trust',
      areaCode: A,
      partCode: 'E38000001',
      lon: -1,
      lat: 52,
    },
    {
      code: 'RBB',
      name: 'Beta Hospital NHS Trust',
      areaCode: B,
      partCode: 'E38000002',
      lon: -1.1,
      lat: 52.1,
    },
    {
      code: 'RCC',
      name: 'Gamma Hospital NHS Trust',
      areaCode: C,
      partCode: 'E38000003',
      lon: -1.2,
      lat: 52.2,
    },
  ];
  const flows = partTrustFlowsFromTuples([
    ['E38000001', 'RBB', 30],
    ['E38000001', 'RAA', 60],
    ['E38000001', 'RCC', 5],
    ['E38000001', 'RZZ', 5],
    ['E38000002', 'RAA', 10],
    ['E38000002', 'RCC', 10],
  ]);

  it("lists the CCG's trusts by volume with their share of the CCG's attributed residents", () => {
    expect(partTrustBreakdown('E38000001', flows, trusts)).toEqual({
      trusts: [
        {trustCode: 'RAA', trust: trusts[0], volume: 60, share: 0.6},
        {trustCode: 'RBB', trust: trusts[1], volume: 30, share: 0.3},
        {trustCode: 'RCC', trust: trusts[2], volume: 5, share: 0.05},
        {trustCode: 'RZZ', trust: undefined, volume: 5, share: 0.05},
      ],
      attributed: 100,
      unattributedShare: null,
    });
  });

  it("with the CCG's resident count, gives shares of all residents and the part attributed to no trust", () => {
    const b = partTrustBreakdown('E38000001', flows, trusts, 125);
    expect(b.trusts.map((r) => [r.trustCode, r.share])).toEqual([
      ['RAA', 0.48],
      ['RBB', 0.24],
      ['RCC', 0.04],
      ['RZZ', 0.04],
    ]);
    expect(b.unattributedShare).toBe(0.2);
    // Rounding can leave more attributed than counted: never a negative remainder.
    expect(partTrustBreakdown('E38000001', flows, trusts, 99).unattributedShare).toBe(0);
  });

  it('breaks ties by trust code and returns nothing for a CCG with no flows', () => {
    expect(
      partTrustBreakdown('E38000002', flows, trusts).trusts.map((r) => [r.trustCode, r.share]),
    ).toEqual([
      ['RAA', 0.5],
      ['RCC', 0.5],
    ]);
    expect(partTrustBreakdown('E38000009', flows, trusts).trusts).toEqual([]);
    expect(partTrustBreakdown('E38000001', [], trusts).trusts).toEqual([]);
  });
});
