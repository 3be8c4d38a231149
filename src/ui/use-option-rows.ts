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
import type {PartFlow} from '../domain/parts/part-flows';
import {movesAnyPart, usePartFlows} from './flows/use-part-flows';
import {useMemo} from 'react';

type Entry = {
  units: readonly CountedUnit[];
  flows: readonly AreaFlow[] | null;
  parts: readonly Part[] | null;
  partFlows: readonly PartFlow[] | null;
  value: OptionRows;
};
const cache = new WeakMap<BoundaryOption, Entry[]>();

/** optionRows, remembered while the option, units, flows and parts are the same objects (a few
 * entries per option: with and without flows, built-in and a user's flow file). */
export function rowsOf(
  option: BoundaryOption,
  units: readonly CountedUnit[],
  flows: readonly AreaFlow[] | null,
  parts: readonly Part[] | null = null,
  partFlows: readonly PartFlow[] | null = null,
): OptionRows {
  const entries = cache.get(option) ?? [];
  const hit = entries.find(
    (e) => e.units === units && e.flows === flows && e.parts === parts && e.partFlows === partFlows,
  );
  if (hit) return hit.value;
  const value = optionRows(option, units, flows, parts, partFlows);
  cache.set(option, [...entries.slice(-3), {units, flows, parts, partFlows, value}]);
  return value;
}

/** What the rows of an option that moves single parts need beyond the area-level inputs: the
 * loaded parts and the part flows (null until each is in). */
export interface PartFigures {
  parts: readonly Part[] | null;
  flows: readonly PartFlow[] | null;
  /** Why the part flows cannot be had (e.g. a user's flow file), or null: loading or ready. */
  unavailable: string | null;
}

/** The part figures for rowsWith, the part flows fetched when `wanted` (an option in view moves
 * parts: pass whether any does, so a page without part moves fetches nothing more). */
export function usePartFigures(wanted: boolean): PartFigures {
  const parts = usePartLayer((s) => s.partList);
  const state = usePartFlows(wanted);
  const flows = wanted && state.status === 'ready' ? state.flows : null;
  const unavailable = wanted && state.status === 'none' ? state.why : null;
  return useMemo(() => ({parts, flows, unavailable}), [parts, flows, unavailable]);
}

/** rowsOf with the part figures used only where `option` moves parts (the others' rows are
 * exactly the area-level ones, and memoised as such). */
export function rowsWith(
  option: BoundaryOption,
  units: readonly CountedUnit[],
  flows: readonly AreaFlow[] | null,
  part: PartFigures,
): OptionRows {
  return movesAnyPart(option)
    ? rowsOf(option, units, flows, part.parts, flows ? part.flows : null)
    : rowsOf(option, units, flows);
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
 * moves single parts is totalled part by part once the part layer is loaded, its flow figures
 * from the part flows once those are (optionRows). */
export function useOptionRows(
  data: FootprintData,
  option: BoundaryOption,
  withFlows = true,
): OptionRows {
  const part = usePartFigures(withFlows && movesAnyPart(option));
  return rowsWith(option, data.areas, useFlowList(withFlows), part);
}
