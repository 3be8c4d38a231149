// The builder's options between visits: read from localStorage when a page's data is ready,
// written back whenever they change (on pages that own them). What could not be read or
// written is said in words (builder store `notices`), never thrown.
import type {BoundaryOption, Area} from '../domain/types';
import {
  loadSavedOptions,
  loadSavedRevisions,
  saveOptions,
  savedOptionsKey,
  savedOptionsMoveParts,
} from './saved-options';
import {mergeWithStored, stepRevisions, type Revisions, type Versioned} from './option-merge';
import {useBuilder} from './builder';
import type {PartsCheck} from '../data/user-option-parts';
import {browserStorage} from './browser-storage';

interface PersistData {
  options: BoundaryOption[];
  areas: readonly Area[];
  /** The page's geography: options are kept per geography (saved-options.ts). */
  geography: {id: string; title: string};
}

const pageStorage = () => browserStorage('localStorage');

/** What the page says where options cannot be kept: the builder and the link notice share it,
 * so they never disagree (issue 21: one said "cannot be kept", the other "kept"). */
export const NOT_KEPT =
  'This browser does not let Footprint keep your options between visits; use a link or a file to keep them.';

/** Whether this browser lets Footprint keep options between visits: its storage is there and
 * can be read and written (private windows, blocked cookies and sandboxed frames refuse). */
export function optionsCanBeKept(): boolean {
  const storage = pageStorage();
  if (!storage) return false;
  const probe = 'footprint:probe';
  try {
    storage.getItem(probe);
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return true;
  } catch {
    return false;
  }
}

let stop: (() => void) | null = null;

/** Load the page's geography's saved options into the builder store; with `persist`, save
 * every later change. `parts` (the loaded part layer with its noun) is needed to keep options
 * that move single parts: without it they are set aside (backed up, with a message), so load the
 * parts first when savedOptionsMoveParts says so (until then nothing is saved). Calling again (a second data load, or once the
 * parts are in) replaces the earlier subscription. */
export function restoreSavedOptions(
  data: PersistData,
  {persist, parts}: {persist: boolean; parts?: PartsCheck},
): void {
  stop?.();
  stop = null;
  const storage = pageStorage();
  if (!storage) {
    useBuilder.getState().setNotices([NOT_KEPT]);
    return;
  }
  const on = {geography: data.geography, parts};
  const key = savedOptionsKey(data.geography.id);
  const load = () =>
    loadSavedOptions(
      storage,
      data.options,
      data.areas.map((s) => s.code),
      undefined,
      on,
    );
  const {options, messages} = load();
  useBuilder.getState().setOptions(options);
  useBuilder.getState().setNotices(messages);
  // Options that move single parts could not be kept without the parts: saving now would leave
  // them only in the backup, so nothing is saved until this is called again with the parts.
  if (!persist || (!parts && savedOptionsMoveParts(storage, data.geography.id))) return;
  // This tab's revision of each option, the stored ones when it last read or wrote storage, and
  // the options it removed since (option-merge.ts).
  let revisions = loadSavedRevisions(storage, data.geography.id);
  let seen = {...revisions};
  let removed: Revisions = {};
  let merging = false;
  const stored = () => ({
    options: load().options,
    revisions: loadSavedRevisions(storage, data.geography.id),
  });
  /** Merge what is stored now into this tab; true if storage lacks some of this tab's work. */
  const mergeStored = (now: Versioned) => {
    const merged = mergeWithStored(
      {options: useBuilder.getState().userOptions, revisions},
      now,
      seen,
      removed,
    );
    revisions = merged.revisions;
    seen = {...now.revisions};
    if (merged.changed) {
      // Taking another tab's work is not a step of this tab's: no new revision, no save.
      merging = true;
      useBuilder.getState().mergeOptions(merged.options);
      merging = false;
    }
    return merged;
  };
  let saved: string[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    timer = undefined;
    // Read, merge, write: what another tab stored since this tab last looked is kept.
    const merged = mergeStored(stored());
    const problem = saveOptions(storage, merged.options, data.geography.id, merged.revisions);
    if (!problem) [seen, removed] = [{...merged.revisions}, {}];
    // One save notice at a time: the newest replaces any earlier one.
    const notices = useBuilder.getState().notices.filter((n) => !saved.includes(n));
    saved = problem ? [problem] : [];
    useBuilder.getState().setNotices([...notices, ...saved]);
  };
  // Saved just after the step's frame (not inside it): a move repaints first, then is stored.
  // Leaving the page in between still saves (pagehide).
  const unsubscribe = useBuilder.subscribe(
    (s) => s.userOptions,
    (after, before) => {
      if (merging) return;
      revisions = stepRevisions(before, after, revisions, seen, removed);
      if (timer === undefined) timer = setTimeout(save, 50);
    },
  );
  const flush = () => timer !== undefined && (clearTimeout(timer), save());
  window.addEventListener('pagehide', flush);
  // Another tab saved its options: take its newer work now (never writing back: only this tab's
  // own steps write), so neither tab's accepted steps are lost.
  const onStorage = (e: StorageEvent) => {
    if (e.key !== key || e.storageArea !== storage) return;
    mergeStored(stored());
  };
  window.addEventListener('storage', onStorage);
  stop = () => {
    flush();
    unsubscribe();
    window.removeEventListener('storage', onStorage);
    window.removeEventListener('pagehide', flush);
  };
}
