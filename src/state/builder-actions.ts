// What the builder's buttons, menus, keys and map clicks do: each turns a user's intent into
// an OptionEdit, applies it with the pure domain (src/domain/builder/user-option.ts), names
// the step and commits it to the builder store, keeping the view store on the edited option.
// Returns a message in words when an edit is refused; nothing changes then.
import {applyEdit} from '../domain/builder/edit';
import {describeEdit} from '../domain/builder/edit-names';
import {makeUserOption, nextOptionTitle, nextUserOptionId} from '../domain/builder/user-option';
import type {BoundaryOption, Noun, OptionEdit, RegionId, Area, AreaCode} from '../domain/types';
import type {PartsContext} from '../domain/builder/units';
import {editedOption, useBuilder} from './builder';
import {allOptions, defaultOption} from './catalogue';
import {useFootprint} from './store';
import {unitNames} from '../domain/unit-index';

interface BuilderData {
  options: BoundaryOption[];
  areas: readonly Area[];
  geography: {defaultOption: string};
}
/** What an edit needs of the data: the units' names, for step names and refusals; the
 * published options (the region limit and the link's base) and the units' noun where given. */
type Units = Pick<BuilderData, 'areas'> & {
  options?: readonly BoundaryOption[];
  geography?: {areas?: {noun: Noun}; parts?: unknown; regionNoun?: Noun};
};

const today = () => new Date().toISOString().slice(0, 10);

/** The built-in option a user option's chain starts from (its link is written against it). */
function baseIdOf(option: BoundaryOption): string {
  return option.userBuilt?.baseId ?? option.id;
}

/** Start a new user option from `base` (built-in or user-built), open it in the builder and
 * show it on the map. Returns the new option. */
export function startOption(data: BuilderData, base: BoundaryOption): BoundaryOption {
  const existing = allOptions(data);
  const option = makeUserOption({
    id: nextUserOptionId(existing.map((o) => o.id)),
    title: nextOptionTitle(existing.map((o) => o.title)),
    basedOn: base,
    baseId: baseIdOf(base),
    date: today(),
  });
  useBuilder.getState().addOption(option);
  showOnMap(option.id);
  return option;
}

/** Open a user option in the builder and show it. */
export function openOption(id: string): void {
  useBuilder.getState().edit(id);
  if (useBuilder.getState().editing) showOnMap(id);
}

function showOnMap(id: string): void {
  const view = useFootprint.getState();
  view.chooseOption(id);
  if (view.compareId === id) view.compareWith(null);
}

/** The name of a unit for step names ("Lincolnshire: Midlands → East of England"). */
function unitNamer(data: Units): (code: AreaCode) => string {
  return unitNames(data.areas);
}

/** The edit applied to the option being edited, with its step name; or the reason it cannot be.
 * `parts` (partsContextOf the loaded part layer) is needed to move a part, and to move an area
 * of an option that has parts moved. */
export function tryEdit(
  data: Units,
  edit: OptionEdit,
  parts?: PartsContext | null,
): {option: BoundaryOption; label: string} | {error: string} {
  const current = editedOption(useBuilder.getState());
  if (!current) return {error: 'No option is open in the builder.'};
  const name = unitNamer(data);
  const ctx = {
    builtIns: data.options,
    areaNoun: data.geography?.areas?.noun,
    noParts: data.geography?.parts === null,
    regionNoun: data.geography?.regionNoun,
  };
  const result = applyEdit(current, edit, name, parts ?? undefined, ctx);
  if (result.error !== undefined) return {error: result.error};
  return {
    option: result.option,
    label: describeEdit(current, edit, name, parts ?? undefined, ctx.regionNoun),
  };
}

/** Apply an edit as one undoable step. Returns null, or the reason it was refused (also
 * put in the builder's status line, so a refused click or key is never silent). */
export function applyStep(
  data: Units,
  edit: OptionEdit,
  parts?: PartsContext | null,
): string | null {
  const result = tryEdit(data, edit, parts);
  if ('error' in result) return refuse(result.error);
  useBuilder.getState().commit(result.option, result.label);
  return null;
}

/** Show a move as a preview, awaiting Accept or Cancel (`parts` as for tryEdit: an option with
 * parts moved refuses an area move without them). Returns null, or why it cannot be. */
export function proposeMove(
  data: Units,
  unit: AreaCode,
  to: RegionId,
  parts?: PartsContext | null,
): string | null {
  return proposeEdit(data, {kind: 'move', unit, to}, parts);
}

/** Show any edit (a merge, a split, a move of several units) as a preview, awaiting Accept or
 * Cancel. Returns null, or why it cannot be (also in the status line). */
export function proposeEdit(
  data: Units,
  edit: OptionEdit,
  parts?: PartsContext | null,
): string | null {
  const result = tryEdit(data, edit, parts);
  if ('error' in result) return refuse(result.error);
  useBuilder.getState().propose({edit, label: result.label});
  return null;
}

/** Show a move of one part on its own as a preview, awaiting Accept or Cancel
 * (previewPartMove gives its figures). Returns null, or why it cannot be (also in the status line). */
export function proposePartMove(
  data: Units,
  parts: PartsContext | null,
  part: string,
  to: RegionId,
): string | null {
  const edit: OptionEdit = {kind: 'move-part', part, to};
  const result = tryEdit(data, edit, parts);
  if ('error' in result) return refuse(result.error);
  useBuilder.getState().propose({edit, label: result.label});
  return null;
}

/** Accept the pending move as a step (`parts` as for tryEdit). Returns null, or why it could not
 * be applied. */
export function acceptPending(data: Units, parts?: PartsContext | null): string | null {
  const pending = useBuilder.getState().pending;
  if (!pending) return null;
  return applyStep(data, pending.edit, parts);
}

export function cancelPending(): void {
  const pending = useBuilder.getState().pending;
  useBuilder.getState().propose(null);
  if (pending) useBuilder.setState({status: `Cancelled: ${pending.label}.`});
}

function refuse(message: string): string {
  useBuilder.setState({status: message});
  return message;
}

/** Remove a user option from this browser; the map and comparison move off it first, so no
 * view (or address) is left naming an option that no longer exists. */
export function removeUserOption(data: BuilderData, id: string): void {
  const view = useFootprint.getState();
  if (view.optionId === id) view.chooseOption(defaultOption(data).id);
  if (view.compareId === id) view.compareWith(null);
  useBuilder.getState().removeOption(id);
}

/** A map click or Enter on an area: in paint mode it moves the area to the paint region at once
 * (an undoable step; `parts` as for tryEdit) and returns true; otherwise returns false and the
 * click selects. */
export function paintUnit(data: Units, unit: AreaCode, parts?: PartsContext | null): boolean {
  const {paint} = useBuilder.getState();
  const current = editedOption(useBuilder.getState());
  if (!paint || !current || useFootprint.getState().optionId !== current.id) return false;
  if (!current.regions.some((r) => r.id === paint)) return false;
  // Painting an area brings back its parts moved elsewhere, too.
  const partsAway =
    parts?.list.some(
      (p) => p.areaCode === unit && current.partAssignments?.[p.code] !== undefined,
    ) ?? false;
  if (current.assignments[unit] !== paint || partsAway)
    applyStep(data, {kind: 'move', unit, to: paint}, parts);
  return true;
}
