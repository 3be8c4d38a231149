// Flow totals for any set of STPs: the same numbers as regionFlowTotals when every STP is
// assigned, but needing only the region's STP codes (the builder's preview of one move uses
// it). Views and exports read a region's flow totals from its row (region-rows.ts) instead.
import type {RegionFlowTotals, StpFlow} from './flows';
import type {StpCode} from './types';

export function flowTotalsOfStps(codes: readonly StpCode[], flows: readonly StpFlow[]): RegionFlowTotals {
  const inside = new Set(codes);
  let internal = 0;
  let outbound = 0;
  let inbound = 0;
  for (const f of flows) {
    const from = inside.has(f.origin);
    const to = inside.has(f.destination);
    if (from && to) internal += f.volume;
    else if (from) outbound += f.volume;
    else if (to) inbound += f.volume;
  }
  const total = internal + outbound;
  return {internal, outbound, inbound, total, containment: total > 0 ? internal / total : null};
}

/** Containment change in percentage points, e.g. "+0.2 pts", "−0.1 pts", "0 pts". */
export function pointsChange(a: number, b: number): string {
  const pts = Math.round((b - a) * 1000) / 10;
  if (pts === 0) return '0 pts';
  return `${pts > 0 ? '+' : '−'}${Math.abs(pts).toFixed(1)} pts`;
}
