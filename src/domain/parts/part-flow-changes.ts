// Which part flows change side between two options (cross a region boundary under one and not
// the other): flow-changes.ts's figures at part granularity. With no part moved, the volumes,
// and the flows summed per area pair, are exactly flowSideChanges'.
import type {AreaFlow} from '../flows';
import type {BoundaryOption} from '../types';
import {endRegion, type PartFlow} from './part-flows';
import {largestFirst} from '../order';

type Placing = Pick<BoundaryOption, 'assignments' | 'partAssignments'>;

export interface PartFlowSideChanges {
  /** Part flows that crossed a region boundary under A and do not under B, largest first. */
  nowWithin: PartFlow[];
  /** Part flows that did not cross under A and do under B, largest first. */
  nowCrossing: PartFlow[];
  /** People. */
  withinVolume: number;
  crossingVolume: number;
  /** Change in the people crossing a region boundary, B minus A (crossing − within). */
  net: number;
}

/** Ends in two different regions; an end in no region does not cross (as flow-key.ts). */
export function partFlowCrosses(option: Placing, f: PartFlow): boolean {
  const from = endRegion(option, f.originArea, f.originPart);
  const to = endRegion(option, f.destinationArea, f.destinationPart);
  return from !== undefined && to !== undefined && from !== to;
}

const byVolume = largestFirst<PartFlow>((f) => f.volume, (f) => f.originPart ?? f.originArea, (f) => f.destinationPart ?? f.destinationArea);
const sum = (flows: readonly {volume: number}[]) => flows.reduce((n, f) => n + f.volume, 0);

/** The part flows changing side from `a` to `b`, with their volumes (people) and net change. */
export function partFlowSideChanges(a: Placing, b: Placing, flows: readonly PartFlow[]): PartFlowSideChanges {
  const nowWithin: PartFlow[] = [];
  const nowCrossing: PartFlow[] = [];
  for (const f of flows) {
    const before = partFlowCrosses(a, f);
    const after = partFlowCrosses(b, f);
    if (before && !after) nowWithin.push(f);
    else if (!before && after) nowCrossing.push(f);
  }
  nowWithin.sort(byVolume);
  nowCrossing.sort(byVolume);
  const withinVolume = sum(nowWithin);
  const crossingVolume = sum(nowCrossing);
  return {nowWithin, nowCrossing, withinVolume, crossingVolume, net: crossingVolume - withinVolume};
}

/** Part flows summed per (origin area, destination area), largest first, ties by codes: for
 * lists and arrows drawn between areas. */
export function areaPairFlows(flows: readonly PartFlow[]): AreaFlow[] {
  const sums = new Map<string, AreaFlow>();
  for (const f of flows) {
    const key = `${f.originArea}>${f.destinationArea}`;
    const s = sums.get(key) ?? {origin: f.originArea, destination: f.destinationArea, volume: 0};
    s.volume += f.volume;
    sums.set(key, s);
  }
  return [...sums.values()].sort(largestFirst((f) => f.volume, (f) => f.origin, (f) => f.destination));
}
