import {useEffect, useState} from 'react';

export type LazyState<T> =
  {status: 'idle' | 'loading'} | {status: 'ready'; value: T} | {status: 'error'; message: string};

/** Runs `load` once `wanted` is true (and again after `retry`); the loaders cache, so many
 * components can ask for the same file. */
export function useLazy<T>(load: () => Promise<T>, wanted = true): LazyState<T> & {retry(): void} {
  const [state, setState] = useState<LazyState<T>>({status: 'idle'});
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    load()
      .then((value) => live && setState({status: 'ready', value}))
      .catch(
        (err: unknown) =>
          live &&
          setState({status: 'error', message: err instanceof Error ? err.message : String(err)}),
      );
    return () => {
      live = false;
    };
  }, [load, wanted, attempt]);
  const retry = () => {
    // Show "loading" at once: otherwise the old error stays up until the new attempt ends,
    // and Retry looks as if it did nothing.
    setState({status: 'loading'});
    setAttempt((n) => n + 1);
  };
  return {...state, retry};
}
