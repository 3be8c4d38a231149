// Flows for a selection (src/domain/flow-selection.ts): the parts its charts draw, on a toy
// flow set, as properties, and on the committed data.
import {readFileSync} from 'node:fs';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {
  regionDestinations,
  selectionFlows,
  areaDestinations,
  areaOrigins,
  type SelectionFlows,
} from '../../src/domain/flow-selection';
import {
  roughPercent,
  selectionFlowsSummary,
  selectionFlowsTitle,
  sharePercent,
} from '../../src/domain/flow-selection-words';
import {regionFlowTotals, areaFlowsFromTuples, type AreaFlow} from '../../src/domain/flows';
import type {BoundaryOption} from '../../src/domain/types';
import {NORTHAMPTONSHIRE, option} from './real-data';

const [A, B, C, D, E, F] = [
  'E54000901',
  'E54000902',
  'E54000903',
  'E54000904',
  'E54000905',
  'E54000906',
];
const name = (c: string) =>
  ({
    [A]: 'Westshire',
    [B]: 'Midshire',
    [C]: 'Eastshire',
    [D]: 'Northshire',
    [E]: 'Southshire',
    [F]: 'Isleshire',
  })[c] ?? c;

// A's residents: 60 at home, 20 in B, 10 in C, 6 in D, 4 in E (100). A's trusts: 60 from A, 30 from B, 5 from D.
const FLOWS: AreaFlow[] = areaFlowsFromTuples([
  [A, A, 60],
  [A, B, 20],
  [A, C, 10],
  [A, D, 6],
  [A, E, 4],
  [B, A, 30],
  [B, B, 50],
  [B, C, 40],
  [C, B, 10],
  [C, C, 90],
  [D, A, 5],
  [D, D, 100],
]);
const TOY: BoundaryOption = {
  id: 'toy',
  title: 'Toy',
  date: '2018-05',
  description: 'toy',
  source: {document: 'toy', paragraphs: '1'},
  regions: [
    {id: 'west', code: null, name: 'West', colour: '#77aadd'},
    {id: 'east', code: null, name: 'East', colour: '#44bb99'},
  ],
  assignments: {[A]: 'west', [B]: 'west', [C]: 'east', [D]: 'east', [E]: 'east'},
};

const brief = (s: SelectionFlows) =>
  s.parts.map((p) => [p.kind, p.areas.join('+'), p.volume, p.share]);

describe('where a selection’s residents are treated', () => {
  it('puts the STP itself first, then the top other STPs largest first, then the rest as one part', () => {
    const out = areaDestinations(FLOWS, A, 2);
    expect(out.total).toBe(100);
    expect(brief(out)).toEqual([
      ['own', A, 60, 0.6],
      ['area', B, 20, 0.2],
      ['area', C, 10, 0.1],
      ['rest', `${D}+${E}`, 10, 0.1],
    ]);
    expect(out.side).toBe('destinations');
    expect(out.ignored).toBe(0);
  });

  it('has no rest part when the top N cover every other STP', () => {
    expect(brief(areaDestinations(FLOWS, A, 4)).map(([kind]) => kind)).toEqual([
      'own',
      'area',
      'area',
      'area',
      'area',
    ]);
    expect(brief(areaDestinations(FLOWS, A, 0))).toEqual([
      ['own', A, 60, 0.6],
      ['rest', `${B}+${C}+${D}+${E}`, 40, 0.4],
    ]);
  });

  it('names a single STP left over rather than writing "1 other STP"', () => {
    expect(brief(areaDestinations(FLOWS, A, 3)).map(([kind, areas]) => [kind, areas])).toEqual([
      ['own', A],
      ['area', B],
      ['area', C],
      ['area', D],
      ['area', E],
    ]);
  });

  it('keeps the own part when none of the residents stay (a zero bar says so)', () => {
    const out = areaDestinations(areaFlowsFromTuples([[A, B, 5]]), A);
    expect(brief(out)).toEqual([
      ['own', A, 0, 0],
      ['area', B, 5, 1],
    ]);
  });

  it('breaks ties by code, so the order never changes between renders', () => {
    const out = areaDestinations(
      areaFlowsFromTuples([
        [A, D, 5],
        [A, B, 5],
        [A, C, 5],
      ]),
      A,
    );
    expect(out.parts.map((p) => p.areas[0])).toEqual([A, B, C, D]);
  });

  it('adds up a pair given twice, and leaves out zero volumes', () => {
    const out = areaDestinations(
      areaFlowsFromTuples([
        [A, B, 5],
        [A, B, 7],
        [A, C, 0],
        [A, A, 12],
      ]),
      A,
    );
    expect(brief(out)).toEqual([
      ['own', A, 12, 0.5],
      ['area', B, 12, 0.5],
    ]);
  });

  it('gives a region "within the region" as one part, then the STPs outside it', () => {
    const west = regionDestinations(FLOWS, TOY, 'west', 1);
    // West = A + B: 60 + 20 + 30 + 50 stay; C 10 + 40, D 6, E 4 leave.
    expect(brief(west)).toEqual([
      ['own', `${A}+${B}`, 160, 160 / 220],
      ['area', C, 50, 50 / 220],
      ['rest', `${D}+${E}`, 10, 10 / 220],
    ]);
    // Its own part is the region's containment, as the panel states it.
    expect(west.parts[0]!.share).toBe(regionFlowTotals(TOY, FLOWS).get('west')!.containment);
  });
});

describe('where the patients of trusts in an STP live', () => {
  it('puts its own residents first, then the other STPs they come from', () => {
    expect(brief(areaOrigins(FLOWS, A))).toEqual([
      ['own', A, 60, 60 / 95],
      ['area', B, 30, 30 / 95],
      ['area', D, 5, 5 / 95],
    ]);
    expect(areaOrigins(FLOWS, A).side).toBe('origins');
  });
});

describe('nothing to show is an explicit empty result', () => {
  it.each([
    ['no flows loaded', null],
    ['flows undefined', undefined],
    ['an empty flow set', []],
    ['no flows from the STP', FLOWS],
  ] as const)('%s', (_, flows) => {
    for (const result of [areaDestinations(flows, F), areaOrigins(flows, F)]) {
      expect(result.total).toBe(0);
      expect(result.parts).toEqual([]);
    }
  });

  it('for a region the option does not have', () => {
    expect(regionDestinations(FLOWS, TOY, 'north').parts).toEqual([]);
  });

  it('counts, and leaves out, a volume that is not a number ≥ 0', () => {
    const out = areaDestinations(
      [
        {origin: A, destination: B, volume: Number.NaN},
        {origin: A, destination: C, volume: -3},
        {origin: A, destination: A, volume: 4},
      ],
      A,
    );
    expect(out.ignored).toBe(2);
    expect(brief(out)).toEqual([['own', A, 4, 1]]);
    expect(
      areaDestinations([{origin: A, destination: B, volume: Number.POSITIVE_INFINITY}], A),
    ).toMatchObject({total: 0, parts: [], ignored: 1});
  });
});

describe('properties', () => {
  const codes = [A, B, C, D, E, F];
  const flowSet = fc.array(
    fc.record({
      origin: fc.constantFrom(...codes),
      destination: fc.constantFrom(...codes),
      volume: fc.oneof(fc.nat(1e9), fc.double({min: 0, max: 1e7, noNaN: true})),
    }),
    {maxLength: 40},
  );
  const query = fc.record({
    own: fc.subarray(codes, {minLength: 1}),
    side: fc.constantFrom('destinations' as const, 'origins' as const),
    topN: fc.oneof(fc.nat(8), fc.constant(Number.POSITIVE_INFINITY)),
  });

  it('shares sum to 1 (within 1e-9) and volumes to the total; empty exactly when the total is 0', () => {
    fc.assert(
      fc.property(flowSet, query, (flows, q) => {
        const out = selectionFlows(flows, q);
        const volumes = out.parts.reduce((n, p) => n + p.volume, 0);
        const shares = out.parts.reduce((n, p) => n + p.share, 0);
        if (out.total === 0) return out.parts.length === 0;
        expect(Math.abs(shares - 1)).toBeLessThanOrEqual(1e-9);
        expect(Math.abs(volumes - out.total)).toBeLessThanOrEqual(1e-9 * out.total);
        expect(
          out.parts.every((p) => Number.isFinite(p.share) && p.share >= 0 && p.share <= 1),
        ).toBe(true);
        expect(out.parts[0]!.kind).toBe('own');
        return true;
      }),
    );
  });

  it('the total is every flow from (or to) the selection; other parts are largest first, at most topN (or topN + 1 for no rest of one)', () => {
    fc.assert(
      fc.property(flowSet, query, (flows, q) => {
        const out = selectionFlows(flows, q);
        const own = new Set(q.own);
        const mine = flows.filter((f) =>
          own.has(q.side === 'destinations' ? f.origin : f.destination),
        );
        expect(out.total).toBeCloseTo(
          mine.reduce((n, f) => n + f.volume, 0),
          3,
        );
        const others = out.parts.filter((p) => p.kind === 'area');
        const rest = out.parts.find((p) => p.kind === 'rest');
        // At most topN bars of their own, or one more instead of a rest of one STP.
        if (others.length > q.topN) expect([others.length, rest]).toEqual([q.topN + 1, undefined]);
        if (rest) expect(rest.areas.length).toBeGreaterThanOrEqual(2);
        for (let i = 1; i < others.length; i++)
          expect(others[i - 1]!.volume).toBeGreaterThanOrEqual(others[i]!.volume);
        // No STP put in the rest is larger than one with a bar of its own.
        const perArea = new Map<string, number>();
        for (const f of mine) {
          const other = q.side === 'destinations' ? f.destination : f.origin;
          if (!own.has(other)) perArea.set(other, (perArea.get(other) ?? 0) + f.volume);
        }
        const smallestBar = Math.min(...others.map((p) => p.volume));
        for (const code of rest?.areas ?? [])
          expect(perArea.get(code)).toBeLessThanOrEqual(smallestBar);
        if (rest)
          expect(rest.volume).toBeCloseTo(
            rest.areas.reduce((n, c) => n + perArea.get(c)!, 0),
            3,
          );
      }),
    );
  });
});

describe('on the committed data (PHE 2018)', () => {
  const flows = areaFlowsFromTuples(
    JSON.parse(readFileSync('data/england-2018/flows-stp.json', 'utf8')).flows,
  );

  it('treats 85% of Northamptonshire’s 715,491 residents at home; Oxford’s STP is the next largest', () => {
    const out = areaDestinations(flows, NORTHAMPTONSHIRE);
    expect(out.total).toBe(715_491);
    expect(out.parts.map((p) => [p.areas[0], p.volume])).toEqual([
      [NORTHAMPTONSHIRE, 607_706],
      ['E54000044', 46_365], // Buckinghamshire, Oxfordshire and Berkshire West
      ['E54000015', 22_598], // Leicester, Leicestershire and Rutland
      ['E54000018', 16_139], // Coventry and Warwickshire
      ['E54000024', 14_284], // Bedfordshire, Luton and Milton Keynes
      ['E54000021', 5_473], // Cambridgeshire and Peterborough
      ['E54000017', 2_926], // the rest: six STPs
    ]);
    expect(out.parts.at(-1)!.areas).toHaveLength(6);
  });

  it('has 94% of the patients of Northamptonshire’s trusts living there, Leicester’s STP next', () => {
    const out = areaOrigins(flows, NORTHAMPTONSHIRE);
    expect(out.total).toBe(646_751);
    expect(out.parts[1]).toMatchObject({areas: ['E54000015'], volume: 24_738});
    expect(roughPercent(out.parts[0]!.share)).toBe('94%');
  });

  it('gives the Midlands (revised proposal) the containment the Regions table shows, 95.4%', () => {
    const out = regionDestinations(flows, option('revised'), 'midlands');
    expect(out.parts[0]!.areas).toHaveLength(11);
    expect(out.parts[0]!.share).toBeCloseTo(0.954, 3);
    expect(out.parts[0]!.share).toBe(
      regionFlowTotals(option('revised'), flows).get('midlands')!.containment,
    );
  });
});

describe('the charts’ words', () => {
  it('captions each side', () => {
    expect(selectionFlowsTitle('destinations', 'Northamptonshire')).toBe(
      'Where residents of Northamptonshire are treated',
    );
    expect(selectionFlowsTitle('origins', 'Northamptonshire')).toBe(
      'Where patients of trusts in Northamptonshire come from',
    );
  });

  it('says the point from the figures', () => {
    expect(selectionFlowsSummary(areaDestinations(FLOWS, A), 'Westshire', name)).toBe(
      '60% are treated within Westshire; the largest flow elsewhere is to Midshire (20%).',
    );
    expect(selectionFlowsSummary(areaOrigins(FLOWS, A), 'Westshire', name)).toBe(
      '63% live in Westshire itself; the largest group from elsewhere lives in Midshire (32%).',
    );
    expect(
      selectionFlowsSummary(
        areaDestinations(areaFlowsFromTuples([[A, A, 3]]), A),
        'Westshire',
        name,
      ),
    ).toBe('All are treated within Westshire.');
    expect(selectionFlowsSummary(areaDestinations(null, A), 'Westshire', name)).toBe(
      'No flows from Westshire are in this data.',
    );
    expect(selectionFlowsSummary(areaOrigins([], A), 'Westshire', name)).toBe(
      'No flows to trusts in Westshire are in this data.',
    );
    expect(
      selectionFlowsSummary(
        areaDestinations(
          [
            {origin: A, destination: A, volume: 1},
            {origin: A, destination: B, volume: -1},
          ],
          A,
        ),
        'Westshire',
        name,
      ),
    ).toBe(
      'All are treated within Westshire. 1 flow was left out: its volume is not a number of 0 or more.',
    );
  });

  it('never rounds a share to 0% or 100% that is not', () => {
    expect([0, 0.004, 0.005, 0.68, 0.994, 0.995, 0.9999, 1].map(roughPercent)).toEqual([
      '0%',
      'under 1%',
      '1%',
      '68%',
      '99%',
      'over 99%',
      'over 99%',
      '100%',
    ]);
    expect([0, 0.0003, 0.0005, 0.8494, 0.9994, 0.9995, 1].map(sharePercent)).toEqual([
      '0.0%',
      'under 0.1%',
      '0.1%',
      '84.9%',
      '99.9%',
      'over 99.9%',
      '100.0%',
    ]);
  });
});
