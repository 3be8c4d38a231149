// The builder's edits on whole groups (issue 20): merge groups into one, move a set of units
// at once (e.g. every unit of an official ICB), and split some units off a group into a new
// one. Each is one undo step. Kept apart from edit.ts, which dispatches to these and checks
// names, colours and the share link's length after.
import type {BoundaryOption, Noun, OptionEdit, Region, RegionId} from '../types';
import {regionMembers} from '../options';
import {moveUnit, listNames, type PartsContext, type UnitName} from './units';
import {DEFAULT_GROUP_NOUN} from '../geography';

type Result = {option: BoundaryOption; error?: never} | {error: string; option?: never};
type Edit<K extends OptionEdit['kind']> = Extract<OptionEdit, {kind: K}>;

/** What a group is called where the caller does not say (the 2018 geography's word). */
const REGIONS: Noun = DEFAULT_GROUP_NOUN;
const noSuch = (id: RegionId, groups: Noun) => ({
  error: `There is no ${groups.one} “${id}” in this option`,
});

/** Why units cannot be moved without the part layer (as in part-edit.ts). */
const NOT_LOADED = 'The finer units of this map are not loaded yet — try again in a moment';

/**
 * `option` with the regions `edit.ids` merged: the first keeps its id and colour, is renamed
 * `name` (already checked by the caller) and takes every unit and every part moved on its own
 * of the others, which are removed. Errors: fewer than two regions; one named twice; an id the
 * option does not have. `groups`: what the option calls its groups, for the messages.
 */
export function applyMerge(
  option: BoundaryOption,
  edit: Edit<'merge-groups'>,
  name: string,
  parts: PartsContext | undefined,
  groups: Noun = REGIONS,
): Result {
  const ids = edit.ids;
  if (ids.length < 2) return {error: 'Choose at least two groups to merge'};
  if (new Set(ids).size !== ids.length)
    return {error: 'A group is chosen twice: choose each group once'};
  const unknown = ids.find((id) => !option.regions.some((r) => r.id === id));
  if (unknown !== undefined) return noSuch(unknown, groups);
  const [keep, ...gone] = ids as [RegionId, ...RegionId[]];
  const away = new Set(gone);
  const assignments = Object.fromEntries(
    Object.entries(option.assignments).map(([code, r]) => [code, away.has(r) ? keep : r]),
  );
  const regions = option.regions
    .filter((r) => !away.has(r.id))
    .map((r) => (r.id === keep ? {...r, name} : r));
  const merged: BoundaryOption = {...option, regions, assignments};
  if (!option.partAssignments) return {option: merged};
  if (!parts) return {error: NOT_LOADED};
  // A part moved on its own into a merged group is now in the kept one; one that ends in its
  // own area's group needs no override (the normal form, units.ts movePart).
  const areaOf = new Map(parts.list.map((p) => [p.code, p.areaCode]));
  const overrides = Object.entries(option.partAssignments)
    .map(([code, r]) => [code, away.has(r) ? keep : r] as const)
    .filter(([code, r]) => assignments[areaOf.get(code) ?? ''] !== r);
  delete merged.partAssignments;
  return {
    option: overrides.length ? {...merged, partAssignments: Object.fromEntries(overrides)} : merged,
  };
}

/**
 * `option` with every unit of `edit.units` moved into region `edit.to` (moveUnit each: a unit's
 * parts come with it). Errors: no units; a unit the option does not place; an unknown region;
 * every unit already in it; part moves in the option without `parts`.
 */
export function applyUnitsMove(
  option: BoundaryOption,
  edit: Edit<'move-units'>,
  parts: PartsContext | undefined,
  unitName: UnitName,
  noun: Noun,
  groups: Noun = REGIONS,
): Result {
  if (!edit.units.length) return {error: `${edit.name} has no ${noun.many} to move`};
  const missing = edit.units.find((u) => !Object.hasOwn(option.assignments, u));
  if (missing !== undefined) return {error: `${unitName(missing)} is not part of this option`};
  const to = option.regions.find((r) => r.id === edit.to);
  if (!to) return noSuch(edit.to, groups);
  if (option.partAssignments && Object.keys(option.partAssignments).length && !parts)
    return {error: NOT_LOADED};
  if (edit.units.every((u) => option.assignments[u] === to.id) && !option.partAssignments)
    return {error: `${edit.name} is already in ${to.name}`};
  return {option: edit.units.reduce((o, u) => moveUnit(o, u, to.id, parts?.list), option)};
}

/**
 * `option` with `edit.units` (units of region `edit.id`) moved into a new region `region`
 * (already checked by the caller), added after the others. Errors: an unknown region; no
 * units chosen; a unit not in that region; every unit of it chosen (the group would be left
 * empty: rename it instead); part moves in the option without `parts`.
 */
export function applySplit(
  option: BoundaryOption,
  edit: Edit<'split-group'>,
  region: Region,
  parts: PartsContext | undefined,
  unitName: UnitName,
  noun: Noun,
  groups: Noun = REGIONS,
): Result {
  const from = option.regions.find((r) => r.id === edit.id);
  if (!from) return noSuch(edit.id, groups);
  if (!edit.units.length)
    return {error: `Choose the ${noun.many} of ${from.name} that form the new group`};
  const outside = edit.units.filter((u) => option.assignments[u] !== from.id);
  if (outside.length)
    return {
      error: `${listNames(outside.map(unitName))} ${outside.length === 1 ? 'is' : 'are'} not in ${from.name}`,
    };
  if (regionMembers(option, from.id).every((u) => edit.units.includes(u))) {
    return {
      error: `That is all of ${from.name}: leave at least one ${noun.one} in it, or rename it instead`,
    };
  }
  if (option.partAssignments && Object.keys(option.partAssignments).length && !parts)
    return {error: NOT_LOADED};
  const added: BoundaryOption = {...option, regions: [...option.regions, region]};
  return {option: edit.units.reduce((o, u) => moveUnit(o, u, region.id, parts?.list), added)};
}
