// Flow totals for any set of areas: the same tally as regionFlowTotals (flows.ts), over two
// groups, the set and everything else, so it needs only the region's area codes (the builder's
// preview of one move uses it). Views and exports read a region's flow totals from its row
// (region-rows.ts) instead.
import {flowTotalsByGroup, type RegionFlowTotals, type AreaFlow} from './flows';
import type {AreaCode} from './types';

export function flowTotalsOfAreas(
  codes: readonly AreaCode[],
  flows: readonly AreaFlow[],
): RegionFlowTotals {
  const inside = new Set(codes);
  return flowTotalsByGroup(['in', 'out'], (code) => (inside.has(code) ? 'in' : 'out'), flows).get(
    'in',
  )!;
}

/** Containment change in percentage points, e.g. "+0.2 pts", "−0.1 pts", "0 pts". */
export function pointsChange(a: number, b: number): string {
  const pts = Math.round((b - a) * 1000) / 10;
  if (pts === 0) return '0 pts';
  return `${pts > 0 ? '+' : '−'}${Math.abs(pts).toFixed(1)} pts`;
}
