// The builder's edits to a user option: applied purely (the undo history keeps the options
// themselves), refused with a message when they would break the option, and named for the
// undo list.
import type {BoundaryOption, OptionEdit, Region, RegionId} from '../types';
import {charCount, COLOUR_PATTERN, isGoodId, LIMITS, nameProblem, sameName} from './limits';
import {linkSizeBound, USER_OPTION_LINK_BUDGET} from './option-link';
import {regionMembers} from '../options';
import {applyAreaMove, applyPartMove, partsMovedInto, regionOfPart} from './part-edit';
import type {PartsContext, UnitName} from './units';

export type EditResult = {option: BoundaryOption; error?: never} | {error: string; option?: never};

export type {UnitName, PartsContext};
const byCode: UnitName = (code) => code;

/**
 * `option` with `edit` applied, as a new object (`option` is not changed), or an error in
 * plain English: an unknown unit or region; a move to the region the unit is already in; a
 * region that would lose its name or colour, or duplicate another's name; more than
 * LIMITS.regions regions; removing a region that still has units; a title or name that is
 * empty, too long or has hidden control characters (names are trimmed first); or names too
 * long in all to fit in a share link (USER_OPTION_LINK_BUDGET). A 'move-part' (and a 'move' on
 * an option that has parts moved) needs `parts` (part-edit.ts says its refusals); a part move
 * past what a share link can carry is refused too. With `base` (the built-in the option's link is
 * written against) the link's real length is measured; without, a bound far above it.
 */
export function applyEdit(option: BoundaryOption, edit: OptionEdit, unitName: UnitName = byCode, parts?: PartsContext, base: BoundaryOption | null = null): EditResult {
  const result = applyUnchecked(option, edit, unitName, parts);
  if ('error' in result && result.error !== undefined) return result;
  const after = linkSizeBound(result.option, base);
  if (after > USER_OPTION_LINK_BUDGET && after > linkSizeBound(option, base)) {
    if (edit.kind === 'move-part') return {error: `The option moves too many single ${parts!.noun.many} to fit in a share link: move a whole area instead`};
    if (edit.kind === 'move') return {error: 'The option moves too many areas to fit in a share link: move fewer, or shorten some names'};
    return {error: 'The option’s names are too long in all to fit in a share link: make this name or another one shorter'};
  }
  return result;
}

function applyUnchecked(option: BoundaryOption, edit: OptionEdit, unitName: UnitName, parts: PartsContext | undefined): EditResult {
  const region = (id: RegionId) => option.regions.find((r) => r.id === id);
  const withRegion = (id: RegionId, change: Partial<Region>): BoundaryOption => ({
    ...option,
    regions: option.regions.map((r) => (r.id === id ? {...r, ...change} : r)),
  });
  switch (edit.kind) {
    case 'move': {
      const to = region(edit.to);
      if (!Object.hasOwn(option.assignments, edit.unit)) return {error: `${unitName(edit.unit)} is not part of this option`};
      if (!to) return {error: `There is no region “${edit.to}” in this option`};
      return applyAreaMove(option, edit.unit, to, parts, unitName);
    }
    case 'move-part':
      return applyPartMove(option, edit.part, edit.to, parts, unitName);
    case 'add-region': {
      const r = edit.region;
      if (option.regions.length >= LIMITS.regions) return {error: `An option can have at most ${LIMITS.regions} regions`};
      if (!isGoodId(r.id, LIMITS.regionIdChars) || region(r.id)) return {error: `Region id “${r.id}” is taken or not valid`};
      if (r.code !== null) return {error: 'A new region has no ONS code'};
      const name = r.name.trim();
      const problem = regionNameProblem(option, name, null) ?? colourProblem(r.colour);
      if (problem) return {error: problem};
      return {option: {...option, regions: [...option.regions, {id: r.id, code: null, name, colour: r.colour.toLowerCase()}]}};
    }
    case 'rename-region': {
      const r = region(edit.id);
      if (!r) return {error: `There is no region “${edit.id}” in this option`};
      const name = edit.name.trim();
      if (name === r.name) return {error: `The region is already called ${r.name}`};
      const problem = regionNameProblem(option, name, r.id);
      return problem ? {error: problem} : {option: withRegion(r.id, {name})};
    }
    case 'recolour-region': {
      const r = region(edit.id);
      if (!r) return {error: `There is no region “${edit.id}” in this option`};
      const problem = colourProblem(edit.colour);
      if (problem) return {error: problem};
      if (edit.colour.toLowerCase() === r.colour) return {error: `${r.name} already has that colour`};
      return {option: withRegion(r.id, {colour: edit.colour.toLowerCase()})};
    }
    case 'remove-region': {
      const r = region(edit.id);
      if (!r) return {error: `There is no region “${edit.id}” in this option`};
      // Parts moved on their own count too: removing their region would leave them nowhere.
      const units = [...regionMembers(option, r.id), ...partsMovedInto(option, r.id)];
      if (units.length) {
        const what = units.length === 1 ? (parts?.name ?? unitName)(units[0]!) : `${units.length} areas`;
        return {error: `${r.name} still has ${what} in it: move ${units.length === 1 ? 'it' : 'them'} to another region first`};
      }
      return {option: {...option, regions: option.regions.filter((x) => x.id !== r.id)}};
    }
    case 'rename-option': {
      const title = edit.title.trim();
      const problem = nameProblem(title, 'The option’s title', LIMITS.titleChars);
      if (problem) return {error: problem};
      if (title === option.title) return {error: `The option is already called ${title}`};
      return {option: {...option, title}};
    }
  }
}

function regionNameProblem(option: BoundaryOption, name: string, self: RegionId | null): string | null {
  const problem = nameProblem(name, 'A region name', LIMITS.regionNameChars);
  if (problem) return problem;
  const other = option.regions.find((r) => r.id !== self && sameName(r.name, name));
  return other ? `There is already a region called ${other.name}` : null;
}

function colourProblem(colour: string): string | null {
  return COLOUR_PATTERN.test(colour.toLowerCase()) ? null : `“${colour}” is not a colour like #1d70b8`;
}

/**
 * The undo step's name for `edit` on `before` (the option it applies to), e.g.
 * "Lincolnshire: Midlands → East of England", "New region: Central",
 * "Rename region: Midlands → Central Midlands", "Recolour region: Midlands",
 * "Remove region: Central", "Rename option: My option 1 → Lincs east", and for a part
 * (with `parts`) "Tameside and Glossop CCG: North West → Midlands".
 * An id the option does not have is shown as it is.
 */
export function describeEdit(before: BoundaryOption, edit: OptionEdit, unitName: UnitName = byCode, parts?: PartsContext): string {
  const name = (id: RegionId) => before.regions.find((r) => r.id === id)?.name ?? id;
  switch (edit.kind) {
    case 'move':
      return `${unitName(edit.unit)}: ${name(before.assignments[edit.unit] ?? '?')} → ${name(edit.to)}`;
    case 'move-part':
      return `${(parts?.name ?? byCode)(edit.part)}: ${name(regionOfPart(before, edit.part, parts?.list) ?? '?')} → ${name(edit.to)}`;
    case 'add-region':
      return `New region: ${edit.region.name.trim()}`;
    case 'rename-region':
      return `Rename region: ${name(edit.id)} → ${edit.name.trim()}`;
    case 'recolour-region':
      return `Recolour region: ${name(edit.id)}`;
    case 'remove-region':
      return `Remove region: ${name(edit.id)}`;
    case 'rename-option':
      return `Rename option: ${before.title} → ${edit.title.trim()}`;
  }
}

/** Characters of a name as the limits count them (re-exported for the UI's counters). */
export {charCount};
