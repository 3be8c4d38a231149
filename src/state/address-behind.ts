// Which address of this tab is a step behind the user's options, and the address it stands for.
// A builder step is stored at once (builder-persist.ts, or on pagehide) but written to the
// address only after the step's frame is on screen (url-sync.ts): history.replaceState costs
// Chromium a round trip to its browser process (5 ms on a quiet machine, tens under load), too
// much for a step's frame. A reload (or a closed tab brought back) in between reopens the older
// address; this note, kept in the tab's sessionStorage (which outlives a reload and comes back
// with a restored tab), names that older address and the one it stands for, so the reopened
// page shows the view as it was after the step: the step's option, not a second copy of an
// older version beside it (as on Back/Forward within the page), nor a just-deleted option
// brought back. Only the latest such address is noted.
import {browserStorage} from './browser-storage';

/** One note per page of the site (the app, the embed), so an embed in the same tab never
 * replaces the app's note. */
const keyOf = (href: string) => `footprint:address-behind:${new URL(href).pathname}`;

const tabStorage = () => browserStorage('sessionStorage');

/** Notes that `behind` (the address now) stands for `ahead` (the address of the options and
 * view now, not yet written), in place of any earlier note. Where storage refuses, nothing is
 * noted (the page then reads such an address as any link). */
export function markAddressBehind(behind: string, ahead: string): void {
  try {
    tabStorage()?.setItem(keyOf(behind), JSON.stringify({behind, ahead}));
  } catch {
    // Full or refused: see above.
  }
}

/** The address `href` stands for when this tab noted it as a step behind its options and this
 * page came to it by a reload or Back/Forward (a restored tab counts as back_forward); null
 * otherwise. The page then opens that address with its user options read as the tab's own
 * (adoptLinkOptions' ownHistory). The same address pasted or followed anew is a link like any
 * other, its options added beside the tab's with their notice (review: a colleague's link
 * pasted again showed the user's edited version). Either way the note is used up: the page
 * opened at its address (review: an old note, left behind, sent a later reload of that same
 * address, by then the user's own view, to the option the note named). A note that is not this
 * shape (written by an older version of the page, or by hand) is no note. */
export function takeAddressAhead(href: string): string | null {
  const note = readNote(href);
  if (note?.behind !== href) return null;
  forgetNote(href);
  return cameBack() && typeof note.ahead === 'string' && samePage(note.ahead, href)
    ? note.ahead
    : null;
}

/** On a page's start: puts the address this tab noted as standing for the one it reopened
 * (takeAddressAhead) in the address bar; whether it did. A note the browser refuses as an address is no note. */
export function openAddressAhead(): boolean {
  const ahead = takeAddressAhead(location.href);
  if (ahead === null) return false;
  try {
    history.replaceState(history.state, '', ahead);
    return true;
  } catch {
    return false;
  }
}

/** Forgets the note if it names `href` as behind: the page has just written that address as
 * its own view (the user came back to it), so a reload of it must open it as it is. */
export function forgetAddressBehind(href: string): void {
  if (readNote(href)?.behind === href) forgetNote(href);
}

function readNote(href: string): {behind?: unknown; ahead?: unknown} | null {
  try {
    const note: unknown = JSON.parse(tabStorage()?.getItem(keyOf(href)) ?? 'null');
    return typeof note === 'object' && note !== null ? note : null;
  } catch {
    return null;
  }
}

function forgetNote(href: string): void {
  try {
    tabStorage()?.removeItem(keyOf(href));
  } catch {
    // Refused: the note stays, to be replaced by the next.
  }
}

/** Whether `ahead` is an address of the same page as `href` (only its query and hash differ):
 * the note is never a way to another page or origin. */
function samePage(ahead: string, href: string): boolean {
  try {
    const a = new URL(ahead, href);
    const b = new URL(href);
    return (
      a.origin === b.origin &&
      a.pathname === b.pathname &&
      a.username === b.username &&
      a.password === b.password
    );
  } catch {
    return false;
  }
}

/** Whether this page was opened by reloading or by Back/Forward (Navigation Timing Level 2);
 * false where the browser does not say. */
function cameBack(): boolean {
  const entry = performance.getEntriesByType?.('navigation')[0] as
    PerformanceNavigationTiming | undefined;
  return entry?.type === 'reload' || entry?.type === 'back_forward';
}
