// The builder's options between visits: read from localStorage when a page's data is ready,
// written back whenever they change (on pages that own them). What could not be read or
// written is said in words (builder store `notices`), never thrown.
import type {BoundaryOption, Stp} from '../domain/types';
import {loadSavedOptions, saveOptions, SAVED_OPTIONS_KEY} from './saved-options';
import {useBuilder} from './builder';

interface PersistData {
  options: BoundaryOption[];
  stps: readonly Stp[];
}

/** The page's storage, or null where even touching it throws (some sandboxed frames). */
function pageStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

let stop: (() => void) | null = null;

/** Load saved options into the builder store; with `persist`, save every later change.
 * Calling again (a second data load) replaces the earlier subscription. */
export function restoreSavedOptions(data: PersistData, {persist}: {persist: boolean}): void {
  stop?.();
  stop = null;
  const storage = pageStorage();
  if (!storage) {
    useBuilder.getState().setNotices(['This browser does not let Footprint keep your options between visits; use a link or a file to keep them.']);
    return;
  }
  const {options, messages} = loadSavedOptions(storage, data.options, data.stps.map((s) => s.code));
  useBuilder.getState().setOptions(options);
  useBuilder.getState().setNotices(messages);
  if (!persist) return;
  let saved: string[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    timer = undefined;
    const problem = saveOptions(storage, useBuilder.getState().userOptions);
    // One save notice at a time: the newest replaces any earlier one.
    const notices = useBuilder.getState().notices.filter((n) => !saved.includes(n));
    saved = problem ? [problem] : [];
    useBuilder.getState().setNotices([...notices, ...saved]);
  };
  // Saved just after the step's frame (not inside it): a move repaints first, then is stored.
  // Leaving the page in between still saves (pagehide).
  const unsubscribe = useBuilder.subscribe(
    (s) => s.userOptions,
    () => {
      if (timer === undefined) timer = setTimeout(save, 50);
    },
  );
  const flush = () => timer !== undefined && (clearTimeout(timer), save());
  window.addEventListener('pagehide', flush);
  // Another tab saved its options: take them, so this tab's next save does not undo that tab's
  // work (the option open here keeps its edits).
  const onStorage = (e: StorageEvent) => {
    if (e.key !== SAVED_OPTIONS_KEY || e.storageArea !== storage) return;
    useBuilder.getState().mergeOptions(loadSavedOptions(storage, data.options, data.stps.map((s) => s.code)).options);
  };
  window.addEventListener('storage', onStorage);
  stop = () => {
    flush();
    unsubscribe();
    window.removeEventListener('storage', onStorage);
    window.removeEventListener('pagehide', flush);
  };
}
