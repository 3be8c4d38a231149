import {useEffect, useState} from 'react';
import {DataError, loadFootprintData, type FootprintData} from '../data/load';

export type DataState =
  | {status: 'loading'}
  | {status: 'ready'; data: FootprintData}
  | {status: 'error'; file: string | null; message: string};

/** Loads the data files; a failure becomes a message, never a blank page. */
export function fetchDataState(): Promise<DataState> {
  return loadFootprintData().then(
    (data): DataState => ({status: 'ready', data}),
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
