import {
  pageParamNames,
  readRenderer,
  unusedParamMessages,
  usedParams,
} from '../../state/link-params';
import {quote} from '../../state/quote';
import {USER_OPTION_PARAMS} from '../../domain/builder/option-link';

/** The board pack's own link parameters: the option every page's changes are measured
 * against, and the user-built options the link brings along (option=, compare= and their
 * definitions; see domain/builder/option-link.ts), so a pack opened elsewhere has them. */
export const BOARD_PACK_PARAMS = ['baseline', 'option', 'compare', ...USER_OPTION_PARAMS] as const;

/** board-pack.html beside the app's page: every option, with changes against `baseline`;
 * `userOptions`: the link parameters of user-built options to bring along. */
export function boardPackHref(
  pageHref: string,
  baseline: string,
  userOptions: Record<string, string> = {},
): string {
  const url = new URL('board-pack.html', pageHref);
  url.searchParams.set('baseline', baseline);
  for (const [name, value] of Object.entries(userOptions)) url.searchParams.set(name, value);
  return url.toString();
}

/**
 * The baseline a board-pack link asks for (an option id, any case; the first option when
 * absent or unknown), a message for each part of the link not used, and the query string
 * without those parts (for the address bar).
 */
export function readBoardPackLink(
  search: string,
  options: readonly {id: string; title: string}[],
): {baselineId: string | undefined; messages: string[]; cleanSearch: string} {
  const params = new URLSearchParams(search);
  const known = pageParamNames(BOARD_PACK_PARAMS);
  const requested = params.get('baseline');
  const found =
    requested === null
      ? undefined
      : options.find((o) => o.id.toLowerCase() === requested.toLowerCase());
  const first = options[0];
  const messages: string[] = [];
  if (requested !== null && !found)
    messages.push(
      `Unknown baseline ${quote(requested)} — comparing with ${first?.title ?? 'the first option'}`,
    );
  messages.push(...readRenderer(params).messages, ...unusedParamMessages(params, known));
  const clean = usedParams(params, known);
  if (found) clean.set('baseline', found.id);
  else clean.delete('baseline');
  return {baselineId: (found ?? first)?.id, messages, cleanSearch: clean.toString()};
}
