// Which address of this tab is a step behind the user's options. A builder step is stored at
// once (builder-persist.ts, or on pagehide) but written to the address only after the step's
// frame is on screen (url-sync.ts): history.replaceState costs Chromium a round trip to its
// browser process (5 ms on a quiet machine, tens under load), too much for a step's frame. A
// reload (or a closed tab brought back) in between reopens the older address; this note, kept
// in the tab's sessionStorage (which outlives a reload and comes back with a restored tab),
// lets that page know the address is its own, only behind: its user options are then the
// stored ones, not a second copy of an older version (as on Back/Forward within the page). Only
// the latest such address is noted.

const KEY = 'footprint:address-behind';

/** The tab's sessionStorage, or null where even touching it throws (sandboxed frames). */
function tabStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** Notes that `href` (the address now) is behind this tab's options, in place of any earlier
 * note. Where storage refuses, nothing is noted (the page then reads such an address as any
 * link). */
export function markAddressBehind(href: string): void {
  try {
    tabStorage()?.setItem(KEY, href);
  } catch {
    // Full or refused: see above.
  }
}

/** Whether `href` is the address this tab noted as a step behind its options, and this page
 * came to it by a reload or Back/Forward (a restored tab counts as back_forward): a page opening
 * it so reads its user options as the tab's own (adoptLinkOptions' ownHistory). The same address
 * pasted or followed anew is a link like any other, its options added beside the tab's with
 * their notice (review: a colleague's link pasted again showed the user's edited version). */
export function addressIsBehind(href: string): boolean {
  if (!cameBack()) return false;
  try {
    return tabStorage()?.getItem(KEY) === href;
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
