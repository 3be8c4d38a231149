// One way to name a flow and one test for "crosses a region boundary", shared by the map
// (bind-flows.ts), the flow lists and tables, so they cannot disagree.
import type {BoundaryOption, RegionId, AreaFlow} from './types';
import {endsCross, type EndsOf} from './flow-ends';

export {flowKey} from './flow-arrows';

/** Ends in two different regions of the option. An area the option leaves without a region
 * does not count as crossing: the same rule as topFlows' "only flows that cross". */
export function crossesRegion(
  option: Pick<BoundaryOption, 'assignments'>,
  f: Pick<AreaFlow, 'origin' | 'destination'>,
): boolean {
  return endsCross(areaEnds(option), f);
}

/** An area flow's ends under `option`: its origin's and destination's regions. */
export function areaEnds(
  option: Pick<BoundaryOption, 'assignments'>,
): EndsOf<Pick<AreaFlow, 'origin' | 'destination'>, RegionId> {
  return (f) => [option.assignments[f.origin], option.assignments[f.destination]];
}
