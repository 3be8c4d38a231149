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

const KEY = 'footprint:address-behind';

/** The tab's sessionStorage, or null where even touching it throws (sandboxed frames). */
function tabStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** Notes that `behind` (the address now) stands for `ahead` (the address of the options and
 * view now, not yet written), in place of any earlier note. Where storage refuses, nothing is
 * noted (the page then reads such an address as any link). */
export function markAddressBehind(behind: string, ahead: string): void {
  try {
    tabStorage()?.setItem(KEY, JSON.stringify({behind, ahead}));
  } catch {
    // Full or refused: see above.
  }
}

/** The address `href` stands for when this tab noted it as a step behind its options and this
 * page came to it by a reload or Back/Forward (a restored tab counts as back_forward); null
 * otherwise. The page then opens that address with its user options read as the tab's own
 * (adoptLinkOptions' ownHistory). The same address pasted or followed anew is a link like any
 * other, its options added beside the tab's with their notice (review: a colleague's link
 * pasted again showed the user's edited version). A note that is not this shape (written by an
 * older version of the page, or by hand) is no note. */
export function addressAhead(href: string): string | null {
  if (!cameBack()) return null;
  try {
    const note: unknown = JSON.parse(tabStorage()?.getItem(KEY) ?? 'null');
    if (typeof note !== 'object' || note === null) return null;
    const {behind, ahead} = note as {behind?: unknown; ahead?: unknown};
    return behind === href && typeof ahead === 'string' && samePage(ahead, href) ? ahead : null;
  } catch {
    return null;
  }
}

/** Whether `ahead` is an address of the same page as `href` (only its query and hash differ):
 * the note is never a way to another page or origin. */
function samePage(ahead: string, href: string): boolean {
  const a = new URL(ahead, href);
  const b = new URL(href);
  return a.origin === b.origin && a.pathname === b.pathname;
}

/** Whether this page was opened by reloading or by Back/Forward (Navigation Timing Level 2);
 * false where the browser does not say. */
function cameBack(): boolean {
  const entry = performance.getEntriesByType?.('navigation')[0] as
    PerformanceNavigationTiming | undefined;
  return entry?.type === 'reload' || entry?.type === 'back_forward';
}
