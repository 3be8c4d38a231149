// The one row model per option (src/domain/region-rows.ts), memoised per option object and
// inputs, so the Regions table, the comparison, the charts and the CSVs read the same object:
// an edited user option is a new object; the others are not recomputed.
import type {FootprintData} from '../data/load';
import type {CountedUnit} from '../domain/aggregates';
import type {StpFlow} from '../domain/flows';
import {optionRows, type OptionRows} from '../domain/region-rows';
import type {BoundaryOption} from '../domain/types';
import {useActiveFlows} from './flows/use-flows';

type Entry = {units: readonly CountedUnit[]; flows: readonly StpFlow[] | null; value: OptionRows};
const cache = new WeakMap<BoundaryOption, Entry[]>();

/** optionRows, remembered while the option, units and flows are the same objects (a few
 * entries per option: with and without flows, built-in and a user's flow file). */
export function rowsOf(option: BoundaryOption, units: readonly CountedUnit[], flows: readonly StpFlow[] | null): OptionRows {
  const entries = cache.get(option) ?? [];
  const hit = entries.find((e) => e.units === units && e.flows === flows);
  if (hit) return hit.value;
  const value = optionRows(option, units, flows);
  cache.set(option, [...entries.slice(-3), {units, flows, value}]);
  return value;
}

/** The active flow list (a user's file, or the built-in PHE data, fetched when `withFlows`)
 * once it is ready; null before then, when it fails, and always when not `withFlows`. Hand it
 * to rowsOf so every row of the page is built from the same list. */
export function useFlowList(withFlows = true): readonly StpFlow[] | null {
  const flows = useActiveFlows(withFlows);
  return withFlows && flows.status === 'ready' ? flows.value.flows : null;
}

/** The rows of `option`, with flow figures once the active flow data is loaded (fetched when
 * `withFlows`); flow figures stay null until then and when the flow file fails. */
export function useOptionRows(data: FootprintData, option: BoundaryOption, withFlows = true): OptionRows {
  return rowsOf(option, data.stps, useFlowList(withFlows));
}
