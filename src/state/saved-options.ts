// The user's own options, kept in the browser's localStorage between visits (issue 11).
// Never throws: storage can be disabled (blocked cookies, private windows, a sandboxed embed)
// or full, and what is stored can be damaged or written by another version. Nothing unreadable
// is lost: it is copied to a backup key before a save could overwrite it.
//
//   footprint:user-options:v1 = {"version": 1, "options": [BoundaryOption, …]}
import type {BoundaryOption} from '../domain/types';
import {checkUserOption, type CheckContext} from '../data/user-option-check';
import {quote} from '../domain/quote';

export const SAVED_OPTIONS_KEY = 'footprint:user-options:v1';
export const UNREADABLE_KEY = `${SAVED_OPTIONS_KEY}:unreadable`;
const MAX_BACKUPS = 9;

export type OptionStorage = Pick<Storage, 'getItem' | 'setItem'>;

export interface LoadedOptions {
  options: BoundaryOption[];
  /** Plain English, for the page to show: what was dropped or changed, and why. */
  messages: string[];
}

const BLOCKED = 'this browser does not let Footprint keep data (private browsing, blocked cookies or an embedded page)';

/**
 * The user's saved options, each checked as an imported file's would be
 * (data/user-option-check.ts); an id taken twice is replaced. Damaged or partly-bad stored
 * text is copied to UNREADABLE_KEY (or UNREADABLE_KEY:2…:9 when that holds other text) and
 * the good options are kept; messages say which were dropped and why.
 */
export function loadSavedOptions(
  storage: OptionStorage,
  builtIns: readonly BoundaryOption[],
  unitCodes: readonly string[],
  unitName?: CheckContext['unitName'],
): LoadedOptions {
  let raw: string | null;
  try {
    raw = storage.getItem(SAVED_OPTIONS_KEY);
  } catch {
    return {options: [], messages: [`Your saved options cannot be read: ${BLOCKED}. Options you build now will not be kept.`]};
  }
  if (raw === null) return {options: [], messages: []};
  const list = storedList(raw);
  if (typeof list === 'string') return {options: [], messages: [`Your saved options cannot be read: ${list}. ${backedUp(storage, raw)}`]};
  const options: BoundaryOption[] = [];
  const messages: string[] = [];
  const dropped: string[] = [];
  list.forEach((item, i) => {
    const checked = checkUserOption(item, {builtIns, unitCodes, existingIds: options.map((o) => o.id), unitName});
    if (checked.ok) {
      options.push(checked.option);
      messages.push(...checked.messages);
    } else dropped.push(`Saved option ${titleOf(item, i)} could not be loaded: ${checked.message}`);
  });
  if (dropped.length) messages.push(...dropped, backedUp(storage, raw));
  return {options, messages};
}

/**
 * Stores `options` (replacing what was stored). null when saved, else why not, in words.
 * Stored text this version cannot read is backed up first, never overwritten.
 */
export function saveOptions(storage: OptionStorage, options: readonly BoundaryOption[]): string | null {
  try {
    const before = storage.getItem(SAVED_OPTIONS_KEY);
    if (before !== null && typeof storedList(before) === 'string' && backupKey(storage, before) === null) {
      return 'Your options were not saved: what is stored now cannot be read, and there is no room to keep a copy of it.';
    }
    storage.setItem(SAVED_OPTIONS_KEY, JSON.stringify({version: 1, options}));
    return null;
  } catch (e) {
    if (isQuotaError(e)) return 'Your options could not be saved: this browser’s storage for Footprint is full. Save them as files to keep them.';
    if (errorField(e, 'name') === 'SecurityError') return `Your options could not be saved: ${BLOCKED}. Save them as files to keep them.`;
    return `Your options could not be saved: the browser said “${e instanceof Error ? e.message : String(e)}”. Save them as files to keep them.`;
  }
}

/** The stored options, or why the text as a whole cannot be read. */
function storedList(raw: string): unknown[] | string {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return 'the stored text is damaged';
  }
  if (typeof json !== 'object' || json === null) return 'the stored text is not a list of options';
  const {version, options} = json as {version?: unknown; options?: unknown};
  if (version !== 1) return typeof version === 'number' && version > 1 ? 'they were saved by a newer Footprint' : 'the stored text is not a list of options';
  return Array.isArray(options) ? options : 'the stored text is not a list of options';
}

/** Copies `raw` to a free backup key (or one that holds the same text); the key, or null. */
function backupKey(storage: OptionStorage, raw: string): string | null {
  for (let n = 1; n <= MAX_BACKUPS; n++) {
    const key = n === 1 ? UNREADABLE_KEY : `${UNREADABLE_KEY}:${n}`;
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

function backedUp(storage: OptionStorage, raw: string): string {
  const key = backupKey(storage, raw);
  return key ? `A copy of what was stored is kept in this browser under “${key}”.` : 'A copy of what was stored could not be kept: save your options as files.';
}

function titleOf(item: unknown, i: number): string {
  const title = typeof item === 'object' && item !== null ? Object.getOwnPropertyDescriptor(item, 'title')?.value : undefined;
  return typeof title === 'string' && title.trim() ? quote(title) : `number ${i + 1}`;
}

/** A field of a thrown value (a DOMException, an Error, or anything else), safely. */
const errorField = (e: unknown, field: 'name' | 'code'): unknown => (typeof e === 'object' && e !== null ? (e as Record<string, unknown>)[field] : undefined);

/** QuotaExceededError (Chrome, Safari, Firefox) or Firefox's older NS_ERROR_DOM_QUOTA_REACHED. */
function isQuotaError(e: unknown): boolean {
  const name = errorField(e, 'name');
  const code = errorField(e, 'code');
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}
