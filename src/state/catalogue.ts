// The one way to read options: the built-in catalogue (data/england-2018/options.json) followed by the
// options users built (the builder store). Every view, binder and export asks here, so a
// user-built option works wherever a built-in one does.
import {useBuilder} from './builder';
import type {BoundaryOption, OptionId} from '../domain/types';

interface HasOptions {
  options: BoundaryOption[];
}

interface HasDefault extends HasOptions {
  geography: {defaultOption: OptionId};
}

/** Built-ins then user options, the same array for the same inputs (stable for React). */
const joined = new WeakMap<BoundaryOption[], WeakMap<BoundaryOption[], BoundaryOption[]>>();
export function catalogue(
  builtIns: BoundaryOption[],
  userOptions: BoundaryOption[],
): BoundaryOption[] {
  if (userOptions.length === 0) return builtIns;
  let byUser = joined.get(builtIns);
  if (!byUser) joined.set(builtIns, (byUser = new WeakMap()));
  let all = byUser.get(userOptions);
  if (!all) byUser.set(userOptions, (all = [...builtIns, ...userOptions]));
  return all;
}

/** Every option, now (for binders and event handlers outside React). */
export function allOptions(data: HasOptions): BoundaryOption[] {
  return catalogue(data.options, useBuilder.getState().userOptions);
}

/** Every option, re-rendering when the user's options change. */
export function useOptions(data: HasOptions): BoundaryOption[] {
  const userOptions = useBuilder((s) => s.userOptions);
  return catalogue(data.options, userOptions);
}

/** The option with this id among built-ins and user options, or undefined. */
export function resolveOption(
  data: HasOptions,
  id: OptionId | null | undefined,
): BoundaryOption | undefined {
  return id == null ? undefined : allOptions(data).find((o) => o.id === id);
}

/** The option a page shows when none is chosen or the chosen one is gone: the one the
 * geography's manifest names (the 2018 geography's: the revised proposal), never a user's. The
 * manifest is validated to name one of its options, so this always finds one. */
export function defaultOption(data: HasDefault): BoundaryOption {
  return data.options.find((o) => o.id === data.geography.defaultOption) ?? data.options[0]!;
}

/** Subscribe to any change of the user options (binders redraw when the edited option
 * changes under an unchanged option id). Returns the unsubscribe. */
export function onUserOptionsChange(listener: () => void): () => void {
  return useBuilder.subscribe((s) => s.userOptions, listener);
}
