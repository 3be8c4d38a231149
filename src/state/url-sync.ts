// Keeps the address bar and the store in step, so copying the address reproduces the view.
// Store → URL with history.replaceState, debounced: dragging the map or a slider never floods
// history (the Back button still leaves the page rather than replaying every pan), and never
// loops (replaceState fires no event). URL → store on load and on popstate (Back/Forward
// across a hash change or an entry another script pushed).
import type {OptionId, StpCode} from '../domain/types';
import {useFootprint} from './store';
import {CHOICE_PARAMS, choicesFromLink, decodeChoices, encodeChoices, type KnownOption, type LinkChoices} from './url';
import {usedParams, viewPageParams} from './link-params';

export interface UrlSyncOptions {
  /** Messages about parts of the link that could not be used (empty when all was well). */
  onMessages(messages: string[]): void;
  debounceMs?: number;
  /** The page's own parameters besides the view's (embed.html: fixed, controls…), kept in
   * the address; every other unknown parameter is reported and dropped. */
  pageParams?: readonly string[];
}

/** The address of `choices`: the current address with the view's parameters replaced, the
 * page's own (`pageParams`, e.g. embed settings) and the hash kept, and every parameter the
 * page does not read dropped (decodeChoices has named them to the user). */
export function linkFor(choices: LinkChoices, href: string = location.href, pageParams: readonly string[] = []): string {
  const url = new URL(href);
  const params = usedParams(new URLSearchParams(url.search), viewPageParams(pageParams));
  for (const name of CHOICE_PARAMS) params.delete(name);
  for (const [name, value] of new URLSearchParams(encodeChoices(choices))) params.set(name, value);
  url.search = params.toString();
  return url.toString();
}

export function startUrlSync(
  knownOptions: readonly KnownOption[],
  knownStpCodes: readonly StpCode[],
  {onMessages, debounceMs = 300, pageParams = []}: UrlSyncOptions,
): () => void {
  const store = useFootprint;
  const fallback: OptionId = store.getState().optionId;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The query string this sync last wrote or read: a popstate that lands on it again is a
   * hash-only navigation (a skip link, #fp-comparison), not Back/Forward to another view. */
  let ownSearch = location.search;

  const write = () => {
    timer = undefined;
    const next = linkFor(store.getState(), location.href, pageParams);
    if (next !== location.href) history.replaceState(history.state, '', next);
    ownSearch = location.search;
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(write, debounceMs);
  };
  const flush = () => {
    if (timer !== undefined) {
      clearTimeout(timer);
      write();
    }
  };
  const readLocation = () => {
    ownSearch = location.search;
    const decoded = decodeChoices(location.search, knownOptions, knownStpCodes, viewPageParams(pageParams));
    store.getState().applyChoices(choicesFromLink(decoded, fallback));
    onMessages(decoded.messages);
    // Rewrite the address at once so it shows what is on screen, bad values dropped.
    schedule();
  };

  readLocation();
  const unsubscribe = store.subscribe((s) => encodeChoices(s), schedule);
  const onPopState = () => {
    if (location.search === ownSearch) {
      // Same view, new hash: keep any change still waiting to be written, and write it here.
      flush();
      return;
    }
    clearTimeout(timer);
    timer = undefined;
    readLocation();
  };
  window.addEventListener('popstate', onPopState);
  // Leaving or hiding the page within the debounce still leaves the right address behind.
  window.addEventListener('pagehide', flush);
  return () => {
    flush();
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
    window.removeEventListener('pagehide', flush);
  };
}
