import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {
  effectiveAdjacency,
  prepareGeography,
  regionPieces,
} from '../../src/domain/builder/contiguity';
import {distanceKm} from '../../src/domain/builder/distance';
import {moveUnit} from '../../src/domain/builder/units';
import {syntheticGeography} from '../../src/domain/builder/synthetic';
import {
  CORNWALL,
  ISLAND_ADJACENCY,
  ISLAND_UNITS,
  NEY,
  AREA_ADJACENCY,
  randomGridOption,
  region,
  toyOption,
} from './builder-geo-fixtures';
import {option, options, areas} from './real-data';

describe('the island rule', () => {
  it('joins a unit with no land border to its nearest unit, and says so', () => {
    const {adjacency, notes} = effectiveAdjacency(ISLAND_ADJACENCY, ISLAND_UNITS);
    expect(notes).toEqual([{unit: 'S', nearest: 'A'}]);
    expect(adjacency.get('S')).toEqual(['A']);
    expect(adjacency.get('A')).toEqual(['B', 'S']);
  });

  it('joins an island to the mainland even when another island is nearer', () => {
    const units = [
      ...ISLAND_UNITS,
      {...ISLAND_UNITS[3]!, code: 'F', name: 'Farisle', anchor: [-6.4, 49.9] as [number, number]},
    ];
    const {notes} = effectiveAdjacency(new Map([...ISLAND_ADJACENCY, ['F', []]]), units);
    expect(notes).toEqual([
      {unit: 'S', nearest: 'A'},
      {unit: 'F', nearest: 'A'},
    ]);
  });

  it('counts an island in the same region as its nearest unit as one piece with it', () => {
    const o = toyOption([region('w', 'West'), region('e', 'East')], {
      A: 'w',
      S: 'w',
      B: 'e',
      C: 'e',
    });
    expect(regionPieces(o, ISLAND_ADJACENCY, ISLAND_UNITS)).toEqual([
      {regionId: 'w', pieces: [['A', 'S']]},
      {regionId: 'e', pieces: [['B', 'C']]},
    ]);
    const apart = toyOption([region('w'), region('e')], {A: 'e', S: 'w', B: 'w', C: 'e'});
    expect(regionPieces(apart, ISLAND_ADJACENCY, ISLAND_UNITS).map((r) => r.pieces)).toEqual([
      [['B'], ['S']],
      [['A'], ['C']],
    ]);
  });

  it('drops neighbours that are not units, makes links symmetric, and leaves its input alone', () => {
    const lopsided = new Map([
      ['A', ['B', 'Z']],
      ['B', ['C']],
      ['C', []],
      ['S', []],
    ]);
    const {adjacency} = effectiveAdjacency(lopsided, ISLAND_UNITS);
    expect(adjacency.get('B')!.sort()).toEqual(['A', 'C']);
    expect(adjacency.get('C')).toEqual(['B']);
    expect(lopsided.get('C')).toEqual([]);
  });

  it('has no island on the real STP map (Cornwall touches Devon) and prepares it once', () => {
    expect(effectiveAdjacency(AREA_ADJACENCY, areas).notes).toEqual([]);
    expect(prepareGeography(AREA_ADJACENCY, areas)).toBe(prepareGeography(AREA_ADJACENCY, areas));
  });

  it('measures great-circle distance in km', () => {
    expect(distanceKm([0, 0], [1, 0])).toBeCloseTo(111.2, 1);
    expect(distanceKm([-0.1276, 51.5072], [-2.2426, 53.4808])).toBeCloseTo(262, 0); // London–Manchester
  });
});

describe('region pieces on the real map', () => {
  it.each(options.map((o) => [o.id]))('every region of %s is in one piece', (id) => {
    for (const r of regionPieces(option(id), AREA_ADJACENCY, areas))
      expect(r.pieces).toHaveLength(1);
  });

  it('moving Cornwall and the Isles of Scilly to North East and Yorkshire leaves that region in two pieces', () => {
    const moved = moveUnit(option('revised'), CORNWALL, NEY);
    const ney = regionPieces(moved, AREA_ADJACENCY, areas).find((r) => r.regionId === NEY)!;
    expect(ney.pieces).toHaveLength(2);
    expect(ney.pieces[1]).toEqual([CORNWALL]);
    expect(ney.pieces[0]).toHaveLength(4);
  });
});

describe('region pieces, properties over random options on grids', () => {
  it('partition each region into connected pieces that no edge joins', () => {
    fc.assert(
      fc.property(randomGridOption, ({units, adjacency, option: o}) => {
        const result = regionPieces(o, adjacency, units);
        const pieceOf = new Map<string, string>();
        result.forEach((r) =>
          r.pieces.forEach((p, i) => p.forEach((c) => pieceOf.set(c, `${r.regionId}/${i}`))),
        );
        // Every unit is in exactly one piece, of its own region.
        expect(pieceOf.size).toBe(units.length);
        for (const u of units)
          expect(pieceOf.get(u.code)!.split('/')[0]).toBe(o.assignments[u.code]);
        // Maximal: touching units of one region are in one piece.
        for (const [a, others] of adjacency)
          for (const b of others)
            if (o.assignments[a] === o.assignments[b]) expect(pieceOf.get(a)).toBe(pieceOf.get(b));
        // Connected: each piece is reached from its first unit inside the piece.
        for (const r of result) {
          for (const p of r.pieces) {
            const inside = new Set(p);
            const seen = new Set([p[0]!]);
            const queue = [p[0]!];
            while (queue.length) {
              for (const n of adjacency.get(queue.pop()!)!) {
                if (inside.has(n) && !seen.has(n)) {
                  seen.add(n);
                  queue.push(n);
                }
              }
            }
            expect(seen.size).toBe(p.length);
          }
        }
      }),
      {seed: 20180517, numRuns: 200},
    );
  });

  it('puts each band of a synthetic grid in one piece, and splits a band cut in two by a move', () => {
    const g = syntheticGeography({width: 5, height: 6, regions: 3});
    expect(regionPieces(g.option, g.adjacency, g.units).map((r) => r.pieces.length)).toEqual([
      1, 1, 1,
    ]);
    // Band 0 is the top two rows, five units wide: moving column 3 of both rows to band 1 cuts it in two.
    let o = g.option;
    for (const code of ['U000002', 'U000007']) o = moveUnit(o, code, 'band-1');
    expect(regionPieces(o, g.adjacency, g.units)[0]!.pieces.map((p) => p.length)).toEqual([4, 4]);
  });
});
