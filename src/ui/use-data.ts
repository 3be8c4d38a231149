import {useEffect, useState} from 'react';
import {DataError, loadFootprintData, type FootprintData} from '../data/load';

export type DataState =
  | {status: 'loading'}
  | {status: 'ready'; data: FootprintData}
  | {status: 'error'; file: string | null; message: string};

/** Loads the data files once; failures become a message, never a blank page. */
export function useFootprintData(): DataState {
  const [state, setState] = useState<DataState>({status: 'loading'});
  useEffect(() => {
    let live = true;
    loadFootprintData()
      .then((data) => live && setState({status: 'ready', data}))
      .catch((err: unknown) => {
        if (!live) return;
        if (err instanceof DataError) setState({status: 'error', file: err.file, message: err.message});
        else setState({status: 'error', file: null, message: `Something went wrong loading the data: ${String(err)}`});
      });
    return () => {
      live = false;
    };
  }, []);
  return state;
}
