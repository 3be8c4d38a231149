// The one outline rule (src/domain/outline-rule.ts), on its own; unit-edges.test.ts checks that
// the mesh and the WebGL edges both follow it on the real data.
import {describe, expect, it} from 'vitest';
import {isRegionOutline} from '../../src/domain/outline-rule';

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
