// The one row model per option (src/domain/region-rows.ts), memoised per option object and
// inputs, so the Regions table, the comparison, the charts and the CSVs read the same object:
// an edited user option is a new object; the others are not recomputed.
import type {FootprintData} from '../data/load';
import type {CountedUnit} from '../domain/aggregates';
import type {AreaFlow} from '../domain/flows';
import {optionRows, type OptionRows} from '../domain/region-rows';
import type {BoundaryOption} from '../domain/types';
import {useActiveFlows} from './flows/use-flows';
import type {Part} from '../domain/parts/part-types';
import {usePartLayer} from '../state/part-layer';

type Entry = {units: readonly CountedUnit[]; flows: readonly AreaFlow[] | null; parts: readonly Part[] | null; value: OptionRows};
const cache = new WeakMap<BoundaryOption, Entry[]>();

/** optionRows, remembered while the option, units, flows and parts are the same objects (a few
 * entries per option: with and without flows, built-in and a user's flow file). */
export function rowsOf(option: BoundaryOption, units: readonly CountedUnit[], flows: readonly AreaFlow[] | null, parts: readonly Part[] | null = null): OptionRows {
  const entries = cache.get(option) ?? [];
  const hit = entries.find((e) => e.units === units && e.flows === flows && e.parts === parts);
  if (hit) return hit.value;
  const value = optionRows(option, units, flows, parts);
  cache.set(option, [...entries.slice(-3), {units, flows, parts, value}]);
  return value;
}

/** The active flow list (a user's file, or the built-in PHE data, fetched when `withFlows`)
 * once it is ready; null before then, when it fails, and always when not `withFlows`. Hand it
 * to rowsOf so every row of the page is built from the same list. */
export function useFlowList(withFlows = true): readonly AreaFlow[] | null {
  const flows = useActiveFlows(withFlows);
  return withFlows && flows.status === 'ready' ? flows.value.flows : null;
}

/** The rows of `option`, with flow figures once the active flow data is loaded (fetched when
 * `withFlows`); flow figures stay null until then and when the flow file fails. An option that
 * moves single parts is totalled part by part once the part layer is loaded (optionRows). */
export function useOptionRows(data: FootprintData, option: BoundaryOption, withFlows = true): OptionRows {
  const parts = usePartLayer((s) => s.partList);
  return rowsOf(option, data.areas, useFlowList(withFlows), option.partAssignments ? parts : null);
}
