// The one outline rule (src/domain/outline-rule.ts), on its own; unit-edges.test.ts checks that
// the mesh and the WebGL edges both follow it on the real data.
import {describe, expect, it} from 'vitest';
import {isAreaOutline, isPartOutline, isRegionOutline} from '../../src/domain/outline-rule';

const option = {assignments: {a: 'north', b: 'north', c: 'south'} as Record<string, string>};

describe('isRegionOutline', () => {
  it('outlines the coast and land border always, even round a unit without a region', () => {
    expect(isRegionOutline(option, 'a', null)).toBe(true);
    expect(isRegionOutline(option, 'x', null)).toBe(true);
  });
  it('outlines a line between regions, not one inside a region', () => {
    expect(isRegionOutline(option, 'a', 'c')).toBe(true);
    expect(isRegionOutline(option, 'a', 'b')).toBe(false);
  });
  it('divides a unit without a region from one with, but not two without', () => {
    expect(isRegionOutline(option, 'x', 'a')).toBe(true);
    expect(isRegionOutline(option, 'x', 'y')).toBe(false);
  });
});

describe('isAreaOutline and isPartOutline (an option that splits an area)', () => {
  // Areas A (parts a1, a2) and B (b1); the option puts A in the north but moves a2 south, as B is.
  const split = {
    assignments: {A: 'north', B: 'south', C: 'north'} as Record<string, string>,
    partAssignments: {a2: 'south'},
  };
  const units = {
    split: new Set(['A']),
    areaOf: new Map([
      ['a1', 'A'],
      ['a2', 'A'],
      ['b1', 'B'],
      ['c1', 'C'],
    ]),
  };

  it('leaves the lines touching a split area to the parts, but keeps its coast', () => {
    expect(isAreaOutline(split, units, 'A', 'B')).toBe(false);
    expect(isAreaOutline(split, units, 'B', 'A')).toBe(false);
    expect(isAreaOutline(split, units, 'A', null)).toBe(true);
    expect(isAreaOutline(split, units, 'B', 'C')).toBe(true);
    expect(isAreaOutline(split, units, 'A', 'C')).toBe(false);
  });

  it('is isRegionOutline when nothing is split', () => {
    for (const [u, n] of [
      ['A', 'B'],
      ['A', 'C'],
      ['B', null],
    ] as const) {
      expect(isAreaOutline(split, null, u, n)).toBe(isRegionOutline(split, u, n));
    }
  });

  it('outlines the lines between parts in different regions where one side is in a split area', () => {
    expect(isPartOutline(split, units, 'a1', 'a2')).toBe(true);
    expect(isPartOutline(split, units, 'a2', 'b1')).toBe(false);
    expect(isPartOutline(split, units, 'a1', 'b1')).toBe(true);
    expect(isPartOutline(split, units, 'c1', 'a1')).toBe(false);
    expect(isPartOutline(split, units, 'c1', 'a2')).toBe(true);
  });

  it('draws no part line away from split areas, nor any coast', () => {
    expect(isPartOutline(split, units, 'b1', 'c1')).toBe(false);
    expect(isPartOutline(split, units, 'a2', null)).toBe(false);
    expect(isPartOutline(split, units, 'x1', 'y1')).toBe(false);
  });
});
