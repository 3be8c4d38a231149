// Keeps the address bar and the store in step, so copying the address reproduces the view.
// Store → URL with history.replaceState, debounced: dragging the map or a slider never floods
// history (the Back button still leaves the page rather than replaying every pan), and never
// loops (replaceState fires no event). A change of the user's options (a builder step) is
// written just after its frame instead (replaceState is a round trip to the browser process, too
// slow for the step's frame), with the tab noting the address as behind until then
// (address-behind.ts) with the address it stands for, so a reload at any moment reopens the
// view as it is after the step: the option as stored, no second copy, no deleted option back.
// URL → store on load and on popstate (Back/Forward across a hash change or an entry another
// script pushed).
import type {BoundaryOption, OptionId} from '../domain/types';
import {useFootprint} from './store';
import {
  CHOICE_PARAMS,
  choicesFromLink,
  decodeChoices,
  encodeChoices,
  type KnownOption,
  type LinkChoices,
} from './url';
import {GEOGRAPHY_PARAM, usedParams, viewPageParams} from './link-params';
import {DEFAULT_GEOGRAPHY_ID} from '../data/geography-files';
import type {LinkGeography} from './link-decode';
import {
  adoptLinkOptions,
  userOptionLinkParams,
  USER_OPTION_PARAMS,
  type LinkParts,
} from './link-options';
import {allOptions, onUserOptionsChange} from './catalogue';
import {useScorecard} from './thresholds';
import {loadedParts} from './part-layer';
import {decodeScorecard, SCORECARD_PARAMS, scorecardParams} from './thresholds-link';
import {wordsIn} from '../domain/geography';
import {thresholdDefaultsOf} from '../domain/criteria/types';
import {forgetAddressBehind, markAddressBehind, openAddressAhead} from './address-behind';
import {afterNextPaint} from './after-paint';

export interface UrlSyncOptions {
  /** Messages about parts of the link that could not be used (empty when all was well). */
  onMessages(messages: string[]): void;
  /** What to tell the user about user-built options that came with the link. */
  onNotices?(notices: string[]): void;
  debounceMs?: number;
  /** The page's own parameters besides the view's (embed.html: fixed, controls…), kept in
   * the address; every other unknown parameter is reported and dropped. */
  pageParams?: readonly string[];
}

/** The address of `choices`: the current address with the view's parameters replaced, the
 * page's own (`pageParams`, e.g. embed settings) and the hash kept, and every parameter the
 * page does not read dropped (decodeChoices has named them to the user). */
export function linkFor(
  choices: LinkChoices,
  href: string = location.href,
  pageParams: readonly string[] = [],
  userOptionParams: Record<string, string> = {},
): string {
  const url = new URL(href);
  const params = usedParams(new URLSearchParams(url.search), viewPageParams(pageParams));
  for (const name of [
    ...CHOICE_PARAMS,
    ...SCORECARD_PARAMS,
    ...USER_OPTION_PARAMS,
    GEOGRAPHY_PARAM,
  ])
    params.delete(name);
  for (const [name, value] of new URLSearchParams(encodeChoices(choices))) params.set(name, value);
  for (const [name, value] of Object.entries(userOptionParams)) params.set(name, value);
  url.search = params.toString();
  return url.toString();
}

/** The page's data as the link needs it: built-in options, the areas' codes, the geography
 * (its id goes in the link unless it is the default; its default option is shown when a link
 * names none) and what loading it had to say about the link's geography. */
export interface LinkData {
  options: BoundaryOption[];
  areas: readonly {code: string}[];
  geography: LinkGeography;
  geographyMessages?: readonly string[];
  /** The loaded part layer, to read part moves (pmove=): a page opening a link that moves parts
   * (linkMovesParts) loads them first, or those moves are left out with a message. */
  parts?: LinkParts;
}

/** The `geography=` part of a link to `data`'s geography: none for the default one, so links
 * to it read as they always have. */
export function geographyLinkParams(data: Pick<LinkData, 'geography'>): Record<string, string> {
  return data.geography.id === DEFAULT_GEOGRAPHY_ID ? {} : {[GEOGRAPHY_PARAM]: data.geography.id};
}

/** The link of the current view, user-built options and the scorecard included (what Copy link copies). */
export function currentLink(
  data: LinkData,
  href: string = location.href,
  pageParams: readonly string[] = [],
): string {
  const s = useFootprint.getState();
  return linkFor(s, href, pageParams, {
    ...geographyLinkParams(data),
    ...userOptionLinkParams(data, s.optionId, s.compareId),
    ...scorecardParams(useScorecard.getState()),
  });
}

export function startUrlSync(
  data: LinkData,
  {onMessages, onNotices, debounceMs = 300, pageParams = []}: UrlSyncOptions,
): () => void {
  const knownAreaCodes = data.areas.map((s) => s.code);
  const store = useFootprint;
  // A link without an option shows the one already on screen (a page may have chosen one before
  // the sync starts), or else the geography's default.
  const fallback: OptionId = store.getState().optionId || data.geography.defaultOption;
  let loadMessages = data.geographyMessages ?? [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The query string this sync last wrote or read: a popstate that lands on it again is a
   * hash-only navigation (a skip link, #fp-comparison), not Back/Forward to another view. */
  let ownSearch = location.search;

  let writeQueued = false;
  const write = () => {
    clearTimeout(timer);
    timer = undefined;
    writeQueued = false;
    const next = currentLink(data, location.href, pageParams);
    if (next !== location.href) history.replaceState(history.state, '', next);
    ownSearch = location.search;
    // The view is back at an address the tab noted as behind (the option built on chosen
    // again): a reload of it opens it as it is now.
    forgetAddressBehind(location.href);
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(write, debounceMs);
  };
  /** Writes the address once the change of the user options is on screen (after the next
   * frame), once however many changes came before. The tab first notes the address as behind,
   * with the address it stands for (read once the change's task is done, so an option chosen
   * with it is in it): a reload or a closed tab in between opens that one. The note is never
   * cleared, only replaced by the next: a reload may have taken the address before the write,
   * and the page goes only later (its timers still run), so no write can tell that the address
   * it replaces will not be reopened. */
  let noteQueued = false;
  let stopped = false;
  const writeSoon = () => {
    if (!noteQueued) {
      noteQueued = true;
      queueMicrotask(() => {
        noteQueued = false;
        // A sync stopped in the change's task (its data may be another geography's) notes
        // nothing: it has written the address itself (flush).
        if (stopped) return;
        markAddressBehind(location.href, currentLink(data, location.href, pageParams));
      });
    }
    if (writeQueued) return;
    writeQueued = true;
    afterNextPaint(() => writeQueued && write());
  };
  // A write queued by writeSoon counts too: a sync stopped in the task of an option change (the
  // effect rerun) would otherwise leave the older address for the next sync to read.
  const flush = () => {
    if (timer !== undefined || writeQueued) {
      clearTimeout(timer);
      write();
    }
  };
  const readLocation = (ownHistory: boolean) => {
    ownSearch = location.search;
    // The part layer may have arrived since the sync started (the builder loads it): Back/Forward
    // to a link with part moves then keeps them.
    const adopted = adoptLinkOptions(location.search, data, {
      ownHistory,
      parts: data.parts ?? loadedParts(),
    });
    const known: readonly KnownOption[] = allOptions(data);
    const decoded = decodeChoices(
      adopted.search,
      known,
      knownAreaCodes,
      viewPageParams([...pageParams, ...USER_OPTION_PARAMS]),
      data.geography,
    );
    store.getState().applyChoices(choicesFromLink(decoded, fallback));
    const defaults = thresholdDefaultsOf(data.geography);
    const scorecard = decodeScorecard(adopted.search, defaults);
    useScorecard.getState().applyScorecard(scorecard.choices, defaults);
    // What loading said about the link's geography is said once, with the first reading.
    onMessages([
      ...loadMessages,
      ...adopted.messages,
      ...decoded.messages,
      ...scorecard.messages.map((m) => wordsIn(m, data.geography)),
    ]);
    loadMessages = [];
    onNotices?.(adopted.notices);
    // Rewrite the address at once so it shows what is on screen, bad values dropped.
    schedule();
  };

  // An address this tab noted as behind (reloaded before its step was written): the page opens
  // the address it stands for, its user options the tab's own, as stored, not older copies.
  readLocation(openAddressAhead());
  const unsubscribe = store.subscribe((s) => encodeChoices(s), schedule);
  // The option being built changes under the same id: its link changes with it, just after
  // its frame. An accepted step is stored at once (builder-persist.ts, or on pagehide), and a
  // reload reopens the address the page had when it began: an address a step behind, not noted
  // as such, would bring the older copy back as a second option beside the stored one.
  const unsubscribeOptions = onUserOptionsChange(writeSoon);
  const unsubscribeScorecard = useScorecard.subscribe(
    (s) => JSON.stringify(scorecardParams(s)),
    schedule,
  );
  const onPopState = () => {
    if (location.search === ownSearch) {
      // Same view, new hash: keep any change still waiting to be written, and write it here.
      flush();
      return;
    }
    clearTimeout(timer);
    timer = undefined;
    readLocation(true);
  };
  window.addEventListener('popstate', onPopState);
  // Leaving or hiding the page within the debounce still leaves the right address behind.
  window.addEventListener('pagehide', flush);
  return () => {
    stopped = true;
    flush();
    unsubscribe();
    unsubscribeOptions();
    unsubscribeScorecard();
    window.removeEventListener('popstate', onPopState);
    window.removeEventListener('pagehide', flush);
  };
}
