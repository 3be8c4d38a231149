// The builder's edits to a user option: applied purely (the undo history keeps the options
// themselves) and refused with a message when they would break the option. Their names in the
// undo list are in edit-names.ts.
import type {BoundaryOption, Noun, OptionEdit, Region, RegionId} from '../types';
import {
  charCount,
  COLOUR_PATTERN,
  isGoodId,
  LIMITS,
  nameProblem,
  regionLimit,
  sameName,
} from './limits';
import {linkSizeBound, USER_OPTION_LINK_BUDGET} from './option-link';
import {applyMerge, applySplit, applyUnitsMove} from './group-edit';
import {regionMembers} from '../options';
import {applyAreaMove, applyPartMove, partsMovedInto} from './part-edit';
import type {PartsContext, UnitName} from './units';
import {withArticle} from '../geography';
import {byCode, groupsOf} from './edit-names';
import {capitalise} from '../format';

export type EditResult = {option: BoundaryOption; error?: never} | {error: string; option?: never};

export type {UnitName, PartsContext};

/** What an edit may need of the geography: its published options (`builtIns`: the region limit
 * comes from them, regionLimit, and the option's own base measures its link exactly), what
 * its units are called (`areaNoun`, from the manifest; "areas" without it) and whether it has
 * finer units (`noParts`). */
export interface EditContext {
  builtIns?: readonly BoundaryOption[];
  areaNoun?: Noun;
  /** The geography has no finer units, so its links keep no room for part moves. */
  noParts?: boolean;
  /** The geography's word for groups (its regionNoun), for an option that names none. */
  regionNoun?: Noun;
}
const AREAS: Noun = {one: 'area', many: 'areas'};
/**
 * `option` with `edit` applied, as a new object (`option` is not changed), or an error in
 * plain English: an unknown unit or region; a move to the region the unit is already in; a
 * region that would lose its name or colour, or duplicate another's name; more than
 * LIMITS.regions regions; removing a region that still has units; a title or name that is
 * empty, too long or has hidden control characters (names are trimmed first); or names too
 * long in all to fit in a share link (USER_OPTION_LINK_BUDGET). A 'move-part' (and a 'move' on
 * an option that has parts moved) needs `parts` (part-edit.ts says its refusals); a part move
 * past what a share link can carry is refused too. 'merge-groups', 'move-units' and 'split-group'
 * are refused as group-edit.ts says. `ctx` gives the region limit and the base (EditContext).
 */
export function applyEdit(
  option: BoundaryOption,
  edit: OptionEdit,
  unitName: UnitName = byCode,
  parts?: PartsContext,
  ctx: EditContext = {},
): EditResult {
  const result = applyUnchecked(option, edit, unitName, parts, ctx);
  if ('error' in result && result.error !== undefined) return result;
  const base = ctx.builtIns?.find((o) => o.id === option.userBuilt?.baseId);
  // With its base known, the link's real length; else the worst case over every base (which
  // keeps room for part moves whatever the geography, as it always has).
  const size = (o: BoundaryOption) => linkSizeBound(o, base ?? null, !base || !ctx.noParts);
  if (size(result.option) > USER_OPTION_LINK_BUDGET && size(result.option) > size(option)) {
    if (edit.kind === 'move-part')
      return {
        error: `The option moves too many single ${parts!.noun.many} to fit in a share link: move a whole area instead`,
      };
    if (
      edit.kind === 'move' ||
      edit.kind === 'move-units' ||
      (base && edit.kind === 'split-group')
    ) {
      return {
        error: `The option differs from ${base?.title ?? 'its start'} in too many ${(ctx.areaNoun ?? AREAS).many} to fit in a share link`,
      };
    }
    return {
      error:
        'The option’s names are too long in all to fit in a share link: make this name or another one shorter',
    };
  }
  return result;
}

function applyUnchecked(
  option: BoundaryOption,
  edit: OptionEdit,
  unitName: UnitName,
  parts: PartsContext | undefined,
  ctx: EditContext,
): EditResult {
  const region = (id: RegionId) => option.regions.find((r) => r.id === id);
  const groups = groupsOf(option, ctx.regionNoun);
  const noSuch = (id: RegionId) => ({error: `There is no ${groups.one} “${id}” in this option`});
  const withRegion = (id: RegionId, change: Partial<Region>): BoundaryOption => ({
    ...option,
    regions: option.regions.map((r) => (r.id === id ? {...r, ...change} : r)),
  });
  switch (edit.kind) {
    case 'move': {
      const to = region(edit.to);
      if (!Object.hasOwn(option.assignments, edit.unit))
        return {error: `${unitName(edit.unit)} is not part of this option`};
      if (!to) return noSuch(edit.to);
      return applyAreaMove(option, edit.unit, to, parts, unitName);
    }
    case 'move-part':
      return applyPartMove(option, edit.part, edit.to, parts, unitName);
    case 'add-region': {
      const r = newRegion(option, edit.region, ctx);
      return 'error' in r ? r : {option: {...option, regions: [...option.regions, r]}};
    }
    case 'merge-groups': {
      const name = edit.name.trim();
      const problem = regionNameProblem(option, name, edit.ids, groups);
      return problem ? {error: problem} : applyMerge(option, edit, name, parts, groups);
    }
    case 'move-units':
      return applyUnitsMove(option, edit, parts, unitName, ctx.areaNoun ?? AREAS, groups);
    case 'split-group': {
      const r = newRegion(option, edit.region, ctx);
      return 'error' in r
        ? r
        : applySplit(option, edit, r, parts, unitName, ctx.areaNoun ?? AREAS, groups);
    }
    case 'rename-region': {
      const r = region(edit.id);
      if (!r) return noSuch(edit.id);
      const name = edit.name.trim();
      if (name === r.name) return {error: `The ${groups.one} is already called ${r.name}`};
      const problem = regionNameProblem(option, name, [r.id], groups);
      return problem ? {error: problem} : {option: withRegion(r.id, {name})};
    }
    case 'recolour-region': {
      const r = region(edit.id);
      if (!r) return noSuch(edit.id);
      const problem = colourProblem(edit.colour);
      if (problem) return {error: problem};
      if (edit.colour.toLowerCase() === r.colour)
        return {error: `${r.name} already has that colour`};
      return {option: withRegion(r.id, {colour: edit.colour.toLowerCase()})};
    }
    case 'remove-region': {
      const r = region(edit.id);
      if (!r) return noSuch(edit.id);
      // Parts moved on their own count too: removing their region would leave them nowhere.
      const units = [...regionMembers(option, r.id), ...partsMovedInto(option, r.id)];
      if (units.length) {
        const what =
          units.length === 1 ? (parts?.name ?? unitName)(units[0]!) : `${units.length} areas`;
        return {
          error: `${r.name} still has ${what} in it: move ${units.length === 1 ? 'it' : 'them'} to another ${groups.one} first`,
        };
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

/** Why `name` cannot name a region of `option` (the regions `selves` may share it: the one
 * renamed, or those merged), or null; `groups`: what the option calls its groups. */
function regionNameProblem(
  option: BoundaryOption,
  name: string,
  selves: readonly RegionId[],
  groups: Noun,
): string | null {
  const problem = nameProblem(
    name,
    `${capitalise(withArticle(groups.one))} name`,
    LIMITS.regionNameChars,
  );
  if (problem) return problem;
  const other = option.regions.find((r) => !selves.includes(r.id) && sameName(r.name, name));
  return other ? `There is already ${withArticle(groups.one)} called ${other.name}` : null;
}

/** A new region for `option` as stored (name trimmed, colour lower case), or why it cannot be:
 * over the geography's region limit, a taken or bad id, a code, a bad name or colour. */
function newRegion(option: BoundaryOption, r: Region, ctx: EditContext): Region | {error: string} {
  const limit = ctx.builtIns ? regionLimit(ctx.builtIns) : LIMITS.regions;
  const groups = groupsOf(option, ctx.regionNoun);
  if (option.regions.length >= limit)
    return {error: `An option can have at most ${limit} ${groups.many}`};
  if (!isGoodId(r.id, LIMITS.regionIdChars) || option.regions.some((x) => x.id === r.id))
    return {error: `${capitalise(groups.one)} id “${r.id}” is taken or not valid`};
  if (r.code !== null) return {error: `A new ${groups.one} has no ONS code`};
  const name = r.name.trim();
  const problem = regionNameProblem(option, name, [], groups) ?? colourProblem(r.colour);
  return problem ? {error: problem} : {id: r.id, code: null, name, colour: r.colour.toLowerCase()};
}

function colourProblem(colour: string): string | null {
  return COLOUR_PATTERN.test(colour.toLowerCase())
    ? null
    : `“${colour}” is not a colour like #1d70b8`;
}

/** Characters of a name as the limits count them (re-exported for the UI's counters). */
export {charCount};
