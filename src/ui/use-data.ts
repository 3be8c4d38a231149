import {useEffect, useState} from 'react';
import {DataError, loadLinkedGeography, type FootprintData} from '../data/load';
import {GEOGRAPHY_PARAM} from '../state/link-params';
import {restoreSavedOptions} from '../state/builder-persist';

export type DataState =
  | {status: 'loading'}
  | {status: 'ready'; data: FootprintData}
  | {status: 'error'; file: string | null; message: string};

/** Loads the data files, then the user's saved options (kept saved from then on when
 * `persistOptions`: the main page owns them; the embed and board pack only read them). A
 * failure becomes a message, never a blank page. */
export function fetchDataState(persistOptions = false): Promise<DataState> {
  // The geography is chosen before anything loads: the link's, or the default.
  return loadLinkedGeography(new URLSearchParams(location.search).get(GEOGRAPHY_PARAM)).then(
    (data): DataState => {
      restoreSavedOptions(data, {persist: persistOptions});
      return {status: 'ready', data};
    },
    (err: unknown): DataState =>
      err instanceof DataError
        ? {status: 'error', file: err.file, message: err.message}
        : {status: 'error', file: null, message: `Something went wrong loading the data: ${String(err)}`},
  );
}

/** The data files' state. With `initial` (the entry page loaded them before rendering, so React's
 * first drawing replaces the prerendered map with the same map, not a loading message) no
 * second load is made. */
export function useFootprintData(initial?: DataState): DataState {
  const [state, setState] = useState<DataState>(initial ?? {status: 'loading'});
  useEffect(() => {
    if (initial) return;
    let live = true;
    fetchDataState().then((s) => live && setState(s));
    return () => {
      live = false;
    };
  }, [initial]);
  return state;
}
