// The one region tally and the one side-change walk behind every flow figure, written over "the
// group of each end" so the same code serves flows between areas (flows.ts, flow-changes.ts:
// an end is its area's region) and flows between parts (parts/part-flows.ts,
// part-flow-changes.ts: an end is its part's region, for options that move single parts).
// Nothing here knows which level a flow is at: the caller says where each end lies.
import type {RegionId} from './types';
import {largestFirst} from './order';

export interface RegionFlowTotals {
  /** Residents of the region attributed to trusts in the region. */
  internal: number;
  /** Residents of the region attributed to trusts outside it. */
  outbound: number;
  /** Residents of other regions attributed to trusts in this one. */
  inbound: number;
  /** All flow originating in the region: internal + outbound. */
  total: number;
  /** internal / total; null when the region has no residents in the flows. */
  containment: number | null;
}

export interface CrossRegionTotal {
  /** Residents attributed to a trust outside their own region, all regions together. */
  total: number;
  /** The same per region of residence (= that region's outbound). */
  byRegion: Map<RegionId, number>;
}

/** Where a flow's two ends lie: [origin's group, destination's group]; undefined for an end in
 * no group (a unit the option leaves unassigned). */
export type EndsOf<F, G> = (flow: F) => readonly [G | undefined, G | undefined];

/** A flow with a volume (people, or the unit of a user's file). */
type Volume = {volume: number};

/**
 * Per group of `groups`, in that order (every group present, zeros when it has no flows): the
 * internal, outbound and inbound volume, total and containment, with `ends` placing each flow.
 * A flow with an end in no group, or in a group not listed, is left out. O(flows).
 */
export function flowTotalsByEnds<F extends Volume, G>(
  groups: readonly G[],
  ends: EndsOf<F, G>,
  flows: readonly F[],
): Map<G, RegionFlowTotals> {
  const sums = new Map(groups.map((g) => [g, {internal: 0, outbound: 0, inbound: 0}]));
  for (const f of flows) {
    const [from, to] = ends(f);
    const a = from === undefined ? undefined : sums.get(from);
    const b = to === undefined ? undefined : sums.get(to);
    if (!a || !b) continue;
    if (from === to) a.internal += f.volume;
    else {
      a.outbound += f.volume;
      b.inbound += f.volume;
    }
  }
  const out = new Map<G, RegionFlowTotals>();
  for (const [g, s] of sums) {
    const total = s.internal + s.outbound;
    out.set(g, {...s, total, containment: total > 0 ? s.internal / total : null});
  }
  return out;
}

/** All regions' outbound (residents attributed outside their own region), and per region. */
export function crossRegionTotalOf(
  totals: ReadonlyMap<RegionId, RegionFlowTotals>,
): CrossRegionTotal {
  const byRegion = new Map<RegionId, number>();
  let total = 0;
  for (const [id, t] of totals) {
    byRegion.set(id, t.outbound);
    total += t.outbound;
  }
  return {total, byRegion};
}

/** Ends in two different groups. An end in no group does not count as crossing: the same
 * rule as topFlows' "only flows that cross". */
export function endsCross<F, G>(ends: EndsOf<F, G>, flow: F): boolean {
  const [from, to] = ends(flow);
  return from !== undefined && to !== undefined && from !== to;
}

export interface SideChanges<F> {
  /** Flows that crossed a region boundary under A and do not under B, largest first. */
  nowWithin: F[];
  /** Flows that did not cross under A and do under B, largest first. */
  nowCrossing: F[];
  withinVolume: number;
  crossingVolume: number;
  /** Change in the volume crossing a region boundary, B minus A (crossing − within). */
  net: number;
}

/**
 * The flows that change side from A to B, with `before`/`after` placing each flow's ends under
 * A and B. Each list is largest first, ties by `tieKeys` (codes), so it never reorders.
 */
export function sideChangesByEnds<F extends Volume, G>(
  before: EndsOf<F, G>,
  after: EndsOf<F, G>,
  flows: readonly F[],
  tieKeys: readonly ((f: F) => string)[],
): SideChanges<F> {
  const nowWithin: F[] = [];
  const nowCrossing: F[] = [];
  for (const f of flows) {
    const was = endsCross(before, f);
    const is = endsCross(after, f);
    if (was && !is) nowWithin.push(f);
    else if (!was && is) nowCrossing.push(f);
  }
  const byVolume = largestFirst<F>((f) => f.volume, ...tieKeys);
  nowWithin.sort(byVolume);
  nowCrossing.sort(byVolume);
  const withinVolume = nowWithin.reduce((n, f) => n + f.volume, 0);
  const crossingVolume = nowCrossing.reduce((n, f) => n + f.volume, 0);
  return {nowWithin, nowCrossing, withinVolume, crossingVolume, net: crossingVolume - withinVolume};
}
