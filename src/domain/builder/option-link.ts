// A user option in a share link, written as its difference from the built-in option it was
// built from (format: link-text.ts). Revised with Lincolnshire moved to the East of England:
//
//   option=mine-1&base=revised&title=My+option+1&move=east.E54000013
//
// and with Tameside and Glossop moved on its own to the Midlands, `&pmove=midlands.E38000182`.
// Reading is in option-link-read.ts (re-exported here).
import type {BoundaryOption} from '../types';
import {escapeName, FIELD, GROUP, paramName, type LinkPrefix} from './link-text';

export {USER_OPTION_PARAMS, ID_PARAM, type LinkPrefix} from './link-text';
export {readUserOption, type ReadUserOption} from './option-link-read';

/** The whole query string of a page showing a user option stays under this many characters
 * (old browsers, mail and chat tools cut longer links). */
export const LINK_LIMIT = 2000;
/** Room for the rest of the view's parameters (option, compare, region, flows, layers, view,
 * renderer: 154 characters at most with option=mine-12, measured in builder-link-props.test.ts). */
export const OTHER_PARAMS_ROOM = 200;
/** The most characters one user option's own parameters may take: the builder refuses an
 * edit that would make linkSizeBound() larger. */
export const USER_OPTION_LINK_BUDGET = LINK_LIMIT - OTHER_PARAMS_ROOM;
/** The most `&drop=…` can take: every region id of the largest built-in option (78 for the
 * revised proposal; builder-link-props.test.ts checks every built-in fits). */
export const DROP_ALLOWANCE = 100;
/** Parts moved on their own that every option keeps room for in its link: the builder never
 * refuses the first this many part moves for length, and the link of any option within the
 * limits that moves up to this many stays under LINK_LIMIT (builder-link-props.test.ts). */
export const PART_MOVES_IN_BOUND = 20;
/** Room per part code and its separator in `pmove=` (the 2018 part codes take 9 + 1; a
 * geography with longer part codes must raise this, which the property test would show). */
export const PART_CODE_ROOM = 13;

/**
 * The link parameters of a user `option` written against its built-in `base`:
 * `{base, title, move?, pmove?, regions?, drop?}` with `prefix` before each name ('' for the shown
 * option, 'compare-' for the comparison's). Empty parameters are left out. With `base` null,
 * every region and every unit is written (the most the option can take: linkSizeBound).
 * The option's id is not included: it goes in `option=` / `compare=` (ID_PARAM).
 * Regions come back in the base's order, then new regions in this option's order.
 */
export function userOptionParams(
  option: BoundaryOption,
  base: BoundaryOption | null,
  prefix: LinkPrefix = '',
): Record<string, string> {
  const params: Record<string, string> = {};
  const set = (name: Parameters<typeof paramName>[1], value: string) => {
    if (value) params[paramName(prefix, name)] = value;
  };
  set('base', base?.id ?? option.userBuilt?.baseId ?? '');
  set('title', option.title);
  set('move', moves(option, base));
  // Built-in options never move single parts, so every part override is a difference.
  set(
    'pmove',
    grouped(option, option.partAssignments ?? {}, () => true),
  );
  set('regions', changedRegions(option, base));
  if (base)
    set(
      'drop',
      base.regions
        .filter((r) => !option.regions.some((o) => o.id === r.id))
        .map((r) => r.id)
        .join(FIELD),
    );
  return params;
}

/** Units whose region differs from the base's, grouped by region in the option's order. */
function moves(option: BoundaryOption, base: BoundaryOption | null): string {
  return grouped(option, option.assignments, (code, region) => base?.assignments[code] !== region);
}

/** "region.code.code_region.code": the codes of `placed` that `differs`, by region in the
 * option's order, codes sorted. */
function grouped(
  option: BoundaryOption,
  placed: Record<string, string>,
  differs: (code: string, region: string) => boolean,
): string {
  const codes = Object.keys(placed).sort();
  return option.regions
    .map((region) => {
      const moved = codes.filter((c) => placed[c] === region.id && differs(c, region.id));
      return moved.length ? [region.id, ...moved].join(FIELD) : '';
    })
    .filter(Boolean)
    .join(GROUP);
}

/** "id.colour.name" for each region that is new or differs from the base; an unchanged
 * colour or name is left empty. */
function changedRegions(option: BoundaryOption, base: BoundaryOption | null): string {
  const entries: string[] = [];
  for (const r of option.regions) {
    const was = base?.regions.find((b) => b.id === r.id);
    const colour = was?.colour === r.colour ? '' : r.colour.replace(/^#/, '');
    const name = was?.name === r.name ? '' : escapeName(r.name);
    if (colour || name) entries.push([r.id, colour, name].join(FIELD));
  }
  return entries.join(GROUP);
}

/** Characters `params` take in a query string (URLSearchParams.toString(), its escapes
 * included: "é" is 6, a space 1). */
export const queryLength = (params: Record<string, string>): number =>
  new URLSearchParams(params).toString().length;

/**
 * The size the builder and the option-file check hold a user option's link to: the characters
 * `option`'s parameters take in a query string (URLSearchParams' escapes included: "é" is 6, an
 * emoji 12), with the longer prefix ('compare-'), plus the room kept for PART_MOVES_IN_BOUND
 * part moves still to come (partMovesRoom; none with `withParts` false, on a geography without
 * finer units). Never less than the real length of the option's parameters.
 *
 * - With its built-in `base` (the one `userBuilt.baseId` names): exact, written against that
 *   base, so a name is refused only when the link it is in would be too long, and an option of
 *   many groups (e.g. 42 ICBs) can be edited while its link fits.
 * - With `base` null (not known): the worst case over every base, as if every region and unit
 *   differed, plus DROP_ALLOWANCE and a unit's room for each empty region (so a move never
 *   changes it); far above the real length (a 722-character link was bounded at over 1,800,
 *   issue 21).
 *
 * Compared with USER_OPTION_LINK_BUDGET (characters).
 */
export function linkSizeBound(
  option: BoundaryOption,
  base: BoundaryOption | null = null,
  withParts = true,
): number {
  const partRoom = withParts ? partMovesRoom(option) : 0;
  if (base) return queryLength(userOptionParams(option, base, 'compare-')) + partRoom;
  // Regions with no units yet are counted as if a unit moved into each (id, "." and "_"),
  // so a move never changes the bound and the builder never refuses one for length.
  const used = new Set(Object.values(option.assignments));
  const empty = option.regions
    .filter((r) => !used.has(r.id))
    .reduce((sum, r) => sum + r.id.length + 2, 0);
  return (
    queryLength(userOptionParams(option, null, 'compare-')) +
    empty +
    '&compare-drop='.length +
    DROP_ALLOWANCE +
    partRoom
  );
}

/** Room kept for the part moves still to come, up to PART_MOVES_IN_BOUND: the parameter's name
 * until there is one, a group ("_id.") for each region no part has moved into yet, and a code
 * per move. Each part move takes no more than it frees, so up to that many the bound never grows. */
function partMovesRoom(option: BoundaryOption): number {
  const moved = Object.values(option.partAssignments ?? {});
  const name = moved.length ? 0 : '&compare-pmove='.length;
  const groups = option.regions
    .filter((r) => !moved.includes(r.id))
    .reduce((sum, r) => sum + r.id.length + 2, 0);
  return name + groups + Math.max(0, PART_MOVES_IN_BOUND - moved.length) * PART_CODE_ROOM;
}
