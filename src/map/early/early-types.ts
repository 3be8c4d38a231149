// What the prerendered map's early script (early-map.ts, early-keys.ts) and the app's takeover
// (early-takeover.ts) share: the queue of what the user did, and the early map's marks. Types
// only.

/** What the user did on the prerendered map, in order: a click on an area (`code`) or on the
 * sea (null), a click on a region's name (`region`, its id), the area the keyboard reached
 * (`focus`: Shift+arrow, or the one Enter acts on), or one of the map's keys pressed while the
 * map had focus. */
export type EarlyMapInput =
  | {kind: 'click'; code: string | null}
  | {kind: 'region'; region: string}
  | {kind: 'focus'; code: string | null}
  | {kind: 'key'; key: string; shiftKey: boolean};

export interface EarlyMapQueue {
  inputs: EarlyMapInput[];
  /** Whether the prerendered map had keyboard focus (the app's map box takes it over). */
  focused: boolean;
  /** Set by the app when it takes over: from then on nothing is queued. */
  taken: boolean;
}

/** What the early map shows: the outlined areas and its status line. */
export interface EarlyMapMarks {
  /** Outlines the area `code` as `kind` (focused: hovered or reached by key; selected), or none. */
  outline(kind: 'focused' | 'selected', code: string | null): void;
  /** The area outlined as `kind` now, or null. */
  outlined(kind: 'focused' | 'selected'): string | null;
  /** Says `text` in the status line (read out, as the app's announcements are). */
  say(text: string): void;
}
