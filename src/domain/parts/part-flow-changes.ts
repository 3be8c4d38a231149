// Which part flows change side between two options (cross a region boundary under one and not
// the other): flow-changes.ts's figures at part granularity. With no part moved, the volumes,
// and the flows summed per area pair, are exactly flowSideChanges'.
import type {AreaFlow} from '../flows';
import type {BoundaryOption} from '../types';
import {partEnds, type PartFlow} from './part-flows';
import {endsCross, sideChangesByEnds, type SideChanges} from '../flow-ends';
import {largestFirst} from '../order';

type Placing = Pick<BoundaryOption, 'assignments' | 'partAssignments'>;

/** Part flows that change side between two options, and their volumes in people (flow-ends.ts). */
export type PartFlowSideChanges = SideChanges<PartFlow>;

/** Ends in two different regions; an end in no region does not cross (as flow-key.ts). */
export function partFlowCrosses(option: Placing, f: PartFlow): boolean {
  return endsCross(partEnds(option), f);
}

/** The part flows changing side from `a` to `b`, largest first (ties by the ends' codes). */
export function partFlowSideChanges(
  a: Placing,
  b: Placing,
  flows: readonly PartFlow[],
): PartFlowSideChanges {
  return sideChangesByEnds(partEnds(a), partEnds(b), flows, [
    (f) => f.originPart ?? f.originArea,
    (f) => f.destinationPart ?? f.destinationArea,
  ]);
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
  return [...sums.values()].sort(
    largestFirst(
      (f) => f.volume,
      (f) => f.origin,
      (f) => f.destination,
    ),
  );
}
