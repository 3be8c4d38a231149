// One way to name a flow and one test for "crosses a region boundary", shared by the map
// (bind-flows.ts), the flow lists and tables, so they cannot disagree.
import type {BoundaryOption, AreaFlow} from './types';

export {flowKey} from './flow-arrows';

/** Ends in two different regions of the option. An STP the option leaves without a region
 * does not count as crossing: the same rule as topFlows' "only flows that cross". */
export function crossesRegion(option: Pick<BoundaryOption, 'assignments'>, f: Pick<AreaFlow, 'origin' | 'destination'>): boolean {
  const from = option.assignments[f.origin];
  const to = option.assignments[f.destination];
  return from !== undefined && to !== undefined && from !== to;
}
