// The user's own options, kept in the browser's localStorage between visits (issue 11).
// Never throws: storage can be disabled (blocked cookies, private windows, a sandboxed embed)
// or full, and what is stored can be damaged or written by another version. Nothing unreadable
// is lost: it is copied to a backup key before a save could overwrite it.
//
//   footprint:user-options:v1 = {"version": 1, "geography": "england-2018", "options": [BoundaryOption, …],
//                                "revisions": {"mine-1": 3, …}}
//
// "revisions" (optional; issue 21) count each option's steps so that two open tabs merge rather
// than overwrite each other (option-merge.ts); older versions ignore it.
//
// Kept per geography (issue 19), so options built on one geography never show on another's page:
// the default geography keeps the key it always had (nothing saved before is lost), any other
// has its id after it (footprint:user-options:v1:<id>). Stored text without "geography" was saved
// before there was more than one geography: it is the default geography's (DEFAULT_GEOGRAPHY_ID).
import type {BoundaryOption} from '../domain/types';
import {checkUserOption, type CheckContext} from '../data/user-option-check';
import {DEFAULT_GEOGRAPHY_ID} from '../data/geography-files';
import {DEFAULT_OPENED_ON, otherGeography, type OpenedOn} from '../data/option-file';
import {quote} from '../domain/quote';

export const SAVED_OPTIONS_KEY = 'footprint:user-options:v1';
export const UNREADABLE_KEY = `${SAVED_OPTIONS_KEY}:unreadable`;
const MAX_BACKUPS = 9;

/** The storage key of geography `id`'s options: SAVED_OPTIONS_KEY for the default geography. */
export function savedOptionsKey(id: string): string {
  return id === DEFAULT_GEOGRAPHY_ID ? SAVED_OPTIONS_KEY : `${SAVED_OPTIONS_KEY}:${id}`;
}

/** The page's geography and parts, as for a file (OpenedOn); the default geography without. */
export type SavedOn = OpenedOn;

export type OptionStorage = Pick<Storage, 'getItem' | 'setItem'>;

export interface LoadedOptions {
  options: BoundaryOption[];
  /** Plain English, for the page to show: what was dropped or changed, and why. */
  messages: string[];
}

const BLOCKED =
  'this browser does not let Footprint keep data (private browsing, blocked cookies or an embedded page)';

/**
 * The user's saved options of the page's geography (`on`, default: the default geography), each
 * checked as an imported file's would be (data/user-option-check.ts; part moves need `on.parts`);
 * an id taken twice is replaced. Damaged or partly-bad stored text, or text naming another
 * geography, is copied to the key's ":unreadable" backup (or ":unreadable:2"…":9" when that holds
 * other text) and the good options are kept; messages say which were dropped and why.
 */
export function loadSavedOptions(
  storage: OptionStorage,
  builtIns: readonly BoundaryOption[],
  unitCodes: readonly string[],
  unitName?: CheckContext['unitName'],
  on: SavedOn = DEFAULT_OPENED_ON,
): LoadedOptions {
  const key = savedOptionsKey(on.geography.id);
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return {
      options: [],
      messages: [
        `Your saved options cannot be read: ${BLOCKED}. Options you build now will not be kept.`,
      ],
    };
  }
  if (raw === null) return {options: [], messages: []};
  const list = storedList(raw, on);
  if (typeof list === 'string')
    return {
      options: [],
      messages: [`Your saved options cannot be read: ${list}. ${backedUp(storage, key, raw)}`],
    };
  const options: BoundaryOption[] = [];
  const messages: string[] = [];
  const dropped: string[] = [];
  list.forEach((item, i) => {
    const checked = checkUserOption(item, {
      builtIns,
      unitCodes,
      existingIds: options.map((o) => o.id),
      unitName,
      parts: on.parts,
      areas: on.geography.areas,
    });
    if (checked.ok) {
      options.push(checked.option);
      messages.push(...checked.messages);
    } else dropped.push(`Saved option ${titleOf(item, i)} could not be loaded: ${checked.message}`);
  });
  if (dropped.length) messages.push(...dropped, backedUp(storage, key, raw));
  return {options, messages};
}

/** Whether geography `geographyId`'s saved options move single parts (so the part layer must be
 * loaded before loadSavedOptions can keep them). false when nothing readable is stored. */
export function savedOptionsMoveParts(storage: OptionStorage, geographyId: string): boolean {
  try {
    const json: unknown = JSON.parse(storage.getItem(savedOptionsKey(geographyId)) ?? 'null');
    const options = (json as {options?: unknown} | null)?.options;
    return (
      Array.isArray(options) &&
      options.some((o: unknown) => {
        const moves =
          typeof o === 'object' && o !== null
            ? (o as {partAssignments?: unknown}).partAssignments
            : undefined;
        return typeof moves === 'object' && moves !== null && Object.keys(moves).length > 0;
      })
    );
  } catch {
    return false;
  }
}

/**
 * Stores `options` of geography `geographyId` under its key, with the geography's id (replacing
 * what was stored). null when saved, else why not, in words. Stored text this version cannot
 * read is backed up first, never overwritten.
 */
export function saveOptions(
  storage: OptionStorage,
  options: readonly BoundaryOption[],
  geographyId: string = DEFAULT_GEOGRAPHY_ID,
  revisions: Readonly<Record<string, number>> = {},
): string | null {
  const key = savedOptionsKey(geographyId);
  try {
    const before = storage.getItem(key);
    const on = {geography: {id: geographyId, title: geographyId}};
    if (
      before !== null &&
      typeof storedList(before, on) === 'string' &&
      backupKey(storage, key, before) === null
    ) {
      return 'Your options were not saved: what is stored now cannot be read, and there is no room to keep a copy of it.';
    }
    storage.setItem(key, JSON.stringify({version: 1, geography: geographyId, options, revisions}));
    return null;
  } catch (e) {
    if (isQuotaError(e))
      return 'Your options could not be saved: this browser’s storage for Footprint is full. Save them as files to keep them.';
    if (errorField(e, 'name') === 'SecurityError')
      return `Your options could not be saved: ${BLOCKED}. Save them as files to keep them.`;
    return `Your options could not be saved: the browser said “${e instanceof Error ? e.message : String(e)}”. Save them as files to keep them.`;
  }
}

/** Each stored option's revision (option id → whole number ≥ 1), read leniently: anything
 * else, or nothing stored, counts as no revision ({}). */
export function loadSavedRevisions(
  storage: OptionStorage,
  geographyId: string,
): Record<string, number> {
  try {
    const json: unknown = JSON.parse(storage.getItem(savedOptionsKey(geographyId)) ?? 'null');
    const revisions = (json as {revisions?: unknown} | null)?.revisions;
    if (typeof revisions !== 'object' || revisions === null) return {};
    return Object.fromEntries(
      Object.entries(revisions).filter(([, n]) => Number.isInteger(n) && (n as number) > 0),
    ) as Record<string, number>;
  } catch {
    return {};
  }
}

/** The stored options, or why the text as a whole cannot be read (another geography's
 * included). */
function storedList(raw: string, on: SavedOn): unknown[] | string {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return 'the stored text is damaged';
  }
  if (typeof json !== 'object' || json === null) return 'the stored text is not a list of options';
  const {version, options, geography} = json as {
    version?: unknown;
    options?: unknown;
    geography?: unknown;
  };
  if (version !== 1)
    return typeof version === 'number' && version > 1
      ? 'they were saved by a newer Footprint'
      : 'the stored text is not a list of options';
  const other = otherGeography(geography, on);
  if (other) return `they are for the geography ${other}`;
  return Array.isArray(options) ? options : 'the stored text is not a list of options';
}

/** Copies `raw` (stored under `from`) to a free backup key (or one that holds the same text);
 * the key, or null. */
function backupKey(storage: OptionStorage, from: string, raw: string): string | null {
  for (let n = 1; n <= MAX_BACKUPS; n++) {
    const key = n === 1 ? `${from}:unreadable` : `${from}:unreadable:${n}`;
    try {
      const held = storage.getItem(key);
      if (held === raw) return key;
      if (held !== null) continue;
      storage.setItem(key, raw);
      return key;
    } catch {
      return null;
    }
  }
  return null;
}

function backedUp(storage: OptionStorage, from: string, raw: string): string {
  const key = backupKey(storage, from, raw);
  return key
    ? `A copy of what was stored is kept in this browser under “${key}”.`
    : 'A copy of what was stored could not be kept: save your options as files.';
}

function titleOf(item: unknown, i: number): string {
  const title =
    typeof item === 'object' && item !== null
      ? Object.getOwnPropertyDescriptor(item, 'title')?.value
      : undefined;
  return typeof title === 'string' && title.trim() ? quote(title) : `number ${i + 1}`;
}

/** A field of a thrown value (a DOMException, an Error, or anything else), safely. */
const errorField = (e: unknown, field: 'name' | 'code'): unknown =>
  typeof e === 'object' && e !== null ? (e as Record<string, unknown>)[field] : undefined;

/** QuotaExceededError (Chrome, Safari, Firefox) or Firefox's older NS_ERROR_DOM_QUOTA_REACHED. */
function isQuotaError(e: unknown): boolean {
  const name = errorField(e, 'name');
  const code = errorField(e, 'code');
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
  );
}
