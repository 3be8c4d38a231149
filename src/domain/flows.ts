// Patient flows between STPs, seen through a boundary option: how much of a region's
// residents' hospital use stays inside the region ("containment"). That is the argument the
// board paper makes for moving Northamptonshire, so the app must be able to compute it for
// any option. Pure functions over data; no React, MapLibre or store.
//
// A flow's origin is where residents live, its destination the STP of the trust HQ they are
// attributed to. Flows touching an STP the option does not assign cannot be placed in a
// region and are ignored by the region functions.
import type {BoundaryOption, RegionId, AreaCode, AreaFlow} from './types';
import {crossesRegion} from './flow-key';
import {largestFirst} from './order';

export type {AreaFlow};

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

/** [origin, destination, volume] tuples, as in data/england-2018/flows-stp.json, to StpFlow objects. */
export function areaFlowsFromTuples(tuples: readonly (readonly [AreaCode, AreaCode, number])[]): AreaFlow[] {
  return tuples.map(([origin, destination, volume]) => ({origin, destination, volume}));
}

/** Per region of the option (in the option's region order; every region present, zeros when
 * it has no flows). */
export function regionFlowTotals(option: BoundaryOption, flows: readonly AreaFlow[]): Map<RegionId, RegionFlowTotals> {
  return flowTotalsByGroup(
    option.regions.map((r) => r.id),
    (code) => option.assignments[code],
    flows,
  );
}

/** The one tally behind every region's flow totals (regionFlowTotals, and flowTotalsOfStps for
 * a set of STPs): per group of `groups`, in that order, with `groupOf` placing each STP. A
 * flow with an end in no group, or in a group not listed, is left out. */
export function flowTotalsByGroup<G>(groups: readonly G[], groupOf: (code: AreaCode) => G | undefined, flows: readonly AreaFlow[]): Map<G, RegionFlowTotals> {
  const sums = new Map(groups.map((g) => [g, {internal: 0, outbound: 0, inbound: 0}]));
  for (const f of flows) {
    const from = groupOf(f.origin);
    const to = groupOf(f.destination);
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

export interface CrossRegionTotal {
  /** Residents attributed to a trust outside their own region, all regions together. */
  total: number;
  /** The same per region of residence (= that region's outbound). */
  byRegion: Map<RegionId, number>;
}

export function optionCrossRegionTotal(option: BoundaryOption, flows: AreaFlow[]): CrossRegionTotal {
  const byRegion = new Map<RegionId, number>();
  let total = 0;
  for (const [id, t] of regionFlowTotals(option, flows)) {
    byRegion.set(id, t.outbound);
    total += t.outbound;
  }
  return {total, byRegion};
}

/** Total volume originating in each STP (its residents in the flows, self-flow included). */
export function originTotals(flows: AreaFlow[]): Map<AreaCode, number> {
  const totals = new Map<AreaCode, number>();
  for (const f of flows) totals.set(f.origin, (totals.get(f.origin) ?? 0) + f.volume);
  return totals;
}

/** The flow's share of everything originating in its origin STP; null if that is zero. */
export function flowShareOfOrigin(flow: AreaFlow, flows: AreaFlow[]): number | null {
  let total = 0;
  for (const f of flows) if (f.origin === flow.origin) total += f.volume;
  return total > 0 ? flow.volume / total : null;
}

export interface FlowFocus {
  areas: ReadonlySet<AreaCode>;
  /** 'out': flows leaving the focus STPs; 'in': arriving at them; 'both': either. */
  direction: 'in' | 'out' | 'both';
}

export interface TopFlowsQuery {
  /** Flows below this volume are dropped. */
  minVolume: number;
  /** Keep only flows whose origin and destination are in different regions of `option`. */
  crossRegionOnly: boolean;
  option: BoundaryOption;
  /** At most this many flows; Infinity for all. */
  topN: number;
  focus?: FlowFocus;
}

/** The largest flows between different STPs that match the query, largest first; ties broken
 * by origin then destination code so the list never reorders between renders. */
export function topFlows(flows: AreaFlow[], query: TopFlowsQuery): AreaFlow[] {
  const {minVolume, crossRegionOnly, option, topN, focus} = query;
  const inFocus = (f: AreaFlow) => {
    if (!focus) return true;
    const out = focus.areas.has(f.origin);
    const inn = focus.areas.has(f.destination);
    return focus.direction === 'out' ? out : focus.direction === 'in' ? inn : out || inn;
  };
  return flows
    .filter((f) => f.origin !== f.destination && f.volume >= minVolume && inFocus(f))
    .filter((f) => !crossRegionOnly || crossesRegion(option, f))
    .sort(largestFirst((f) => f.volume, (f) => f.origin, (f) => f.destination))
    .slice(0, Math.max(0, topN));
}
