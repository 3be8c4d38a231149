// Patient flows between areas, seen through a boundary option: how much of a region's
// residents' hospital use stays inside the region ("containment"). That is the argument the
// board paper makes for moving Northamptonshire, so the app must be able to compute it for
// any option. Pure functions over data; no React, MapLibre or store.
//
// A flow's origin is where residents live, its destination the area of the trust HQ they are
// attributed to. Flows touching an area the option does not assign cannot be placed in a
// region and are ignored by the region functions.
import type {BoundaryOption, RegionId, AreaCode, AreaFlow} from './types';
import {crossesRegion} from './flow-key';
import {largestFirst} from './order';
import {
  crossRegionTotalOf,
  flowTotalsByEnds,
  type CrossRegionTotal,
  type RegionFlowTotals,
} from './flow-ends';

export type {AreaFlow, RegionFlowTotals, CrossRegionTotal};

/** [origin, destination, volume] tuples, as in the geography's area flow file, to AreaFlow objects. */
export function areaFlowsFromTuples(
  tuples: readonly (readonly [AreaCode, AreaCode, number])[],
): AreaFlow[] {
  return tuples.map(([origin, destination, volume]) => ({origin, destination, volume}));
}

/** Per region of the option (in the option's region order; every region present, zeros when
 * it has no flows). */
export function regionFlowTotals(
  option: BoundaryOption,
  flows: readonly AreaFlow[],
): Map<RegionId, RegionFlowTotals> {
  return flowTotalsByGroup(
    option.regions.map((r) => r.id),
    (code) => option.assignments[code],
    flows,
  );
}

/** Flow totals at area level (regionFlowTotals, and flowTotalsOfAreas for a set of areas): per
 * group of `groups`, in that order, with `groupOf` placing each area; flow-ends.ts's one tally.
 * A flow with an end in no group, or in a group not listed, is left out. */
export function flowTotalsByGroup<G>(
  groups: readonly G[],
  groupOf: (code: AreaCode) => G | undefined,
  flows: readonly AreaFlow[],
): Map<G, RegionFlowTotals> {
  return flowTotalsByEnds(
    groups,
    (f: AreaFlow) => [groupOf(f.origin), groupOf(f.destination)],
    flows,
  );
}

/** Residents attributed outside their own region, all regions and per region of residence. */
export function optionCrossRegionTotal(
  option: BoundaryOption,
  flows: readonly AreaFlow[],
): CrossRegionTotal {
  return crossRegionTotalOf(regionFlowTotals(option, flows));
}

/** Total volume originating in each area (its residents in the flows, self-flow included). */
export function originTotals(flows: AreaFlow[]): Map<AreaCode, number> {
  const totals = new Map<AreaCode, number>();
  for (const f of flows) totals.set(f.origin, (totals.get(f.origin) ?? 0) + f.volume);
  return totals;
}

/** The flow's share of everything originating in its origin area; null if that is zero. */
export function flowShareOfOrigin(flow: AreaFlow, flows: AreaFlow[]): number | null {
  let total = 0;
  for (const f of flows) if (f.origin === flow.origin) total += f.volume;
  return total > 0 ? flow.volume / total : null;
}

export interface FlowFocus {
  areas: ReadonlySet<AreaCode>;
  /** 'out': flows leaving the focus areas; 'in': arriving at them; 'both': either. */
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

/** The largest flows between different areas that match the query, largest first; ties broken
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
    .sort(
      largestFirst(
        (f) => f.volume,
        (f) => f.origin,
        (f) => f.destination,
      ),
    )
    .slice(0, Math.max(0, topN));
}
