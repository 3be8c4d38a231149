// User-built options in links. Writing: the shown option (and option A of a comparison), if
// user-built, go into the link as their difference from a built-in base. Reading: a link's
// user options are re-created in the builder store before the rest of the link is decoded,
// so `option=` / `compare=` find them; an identical option the browser already has is
// reused, and a clashing id gets a fresh one (the link's parameters are rewritten to it).
import {NOT_KEPT, optionsCanBeKept} from './builder-persist';
import {
  ID_PARAM,
  readUserOption,
  userOptionParams,
  USER_OPTION_PARAMS,
  type LinkPrefix,
} from '../domain/builder/option-link';
import type {LinkParts} from '../domain/builder/option-link-read';
import {paramName} from '../domain/builder/link-text';
import {nextUserOptionId} from '../domain/builder/user-option';
import {sameOption} from '../domain/builder/same-option';
import type {BoundaryOption, OptionId} from '../domain/types';
import {useBuilder} from './builder';
import {allOptions, resolveOption} from './catalogue';
import {useFootprint} from './store';

interface LinkData {
  options: BoundaryOption[];
  areas: readonly {code: string}[];
  /** The geography's words for its areas, for the link's messages (plain words without it). */
  geography?: {areas: {noun: {one: string; many: string}}};
}

/** The loaded part layer, to read a link's part moves (pmove=): see linkMovesParts. */
export type {LinkParts};

const PREFIXES: readonly LinkPrefix[] = ['', 'compare-'];

export {USER_OPTION_PARAMS};

/** Whether `search` moves single parts (pmove= or compare-pmove=): the part layer must then be
 * loaded (loadParts) and passed to adoptLinkOptions, or those moves are left out. */
export function linkMovesParts(search: string): boolean {
  const params = new URLSearchParams(search);
  return PREFIXES.some((p) => (params.get(paramName(p, 'pmove')) ?? '') !== '');
}

/** The link parameters of the user-built options among `optionId` and `compareId`. */
export function userOptionLinkParams(
  data: LinkData,
  optionId: OptionId,
  compareId: OptionId | null,
): Record<string, string> {
  const params: Record<string, string> = {};
  const ids: Record<LinkPrefix, OptionId | null> = {'': optionId, 'compare-': compareId};
  for (const prefix of PREFIXES) {
    const option = resolveOption(data, ids[prefix]);
    if (!option?.userBuilt) continue;
    const base = data.options.find((o) => o.id === option.userBuilt!.baseId) ?? null;
    Object.assign(params, userOptionParams(option, base, prefix));
  }
  return params;
}

/** The current view's user-built options as link parameters, with their ids (option=,
 * compare=) when they are user-built: for pages that bring them along (the board pack). */
export function userOptionsOfLink(data: LinkData): Record<string, string> {
  const {optionId, compareId} = useFootprint.getState();
  const params = userOptionLinkParams(data, optionId, compareId);
  if (params.base) params.option = optionId;
  if (params['compare-base'] && compareId) params.compare = compareId;
  return params;
}

/**
 * Re-create the user options `search` carries. Returns the search with `option`/`compare`
 * pointing at the options as the browser now holds them, the problems found (messages) and
 * what to tell the user about options the link added (notices; none for an option the browser
 * already had). With `ownHistory` (Back/Forward within this page), an id the browser holds
 * with the same base is the user's own option, edited since that history entry was written:
 * it is kept as it is now, not replaced by or duplicated from the older entry. `parts`: the
 * loaded part layer, for links that move single parts (linkMovesParts).
 */
export function adoptLinkOptions(
  search: string,
  data: LinkData,
  {ownHistory = false, parts}: {ownHistory?: boolean; parts?: LinkParts} = {},
): {search: string; messages: string[]; notices: string[]} {
  const params = new URLSearchParams(search);
  const messages: string[] = [];
  const notices: string[] = [];
  for (const prefix of PREFIXES) {
    const read = readUserOption(
      params,
      prefix,
      data.options,
      data.areas.map((s) => s.code),
      undefined,
      parts,
      data.geography?.areas.noun,
    );
    messages.push(...read.messages);
    if (!read.option) continue;
    const own = ownHistory
      ? useBuilder
          .getState()
          .userOptions.find(
            (o) =>
              o.id === read.option!.id && o.userBuilt?.baseId === read.option!.userBuilt?.baseId,
          )
      : undefined;
    const {option: adopted, added} = own ? {option: own, added: false} : adopt(read.option, data);
    params.set(ID_PARAM[prefix], adopted.id);
    if (!added) continue;
    const kept = optionsCanBeKept()
      ? 'It is kept with your options in this browser.'
      : `It is with your options while this page is open. ${NOT_KEPT}`;
    notices.push(
      `“${adopted.title}” came with this link: an option a Footprint user built, not an official proposal. ${kept}`,
    );
  }
  return {search: `?${params.toString()}`, messages, notices};
}

/** The browser's copy of `option`: an identical one it has, or `option` added (under a fresh
 * id if its own is taken by a different option). */
function adopt(option: BoundaryOption, data: LinkData): {option: BoundaryOption; added: boolean} {
  const same = useBuilder.getState().userOptions.find((o) => sameOption(o, option));
  if (same) return {option: same, added: false};
  const ids = allOptions(data).map((o) => o.id);
  const added = ids.includes(option.id) ? {...option, id: nextUserOptionId(ids)} : option;
  useBuilder.getState().adoptOption(added);
  return {option: added, added: true};
}
