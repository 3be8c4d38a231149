// The options as the panels that follow a builder step one render later see them (Explorer
// passes the panels in later-panels.tsx the option through useDeferredValue). Those panels
// read the list of options here rather than from the store: a hook that read the store would
// re-render them in the step's first render, before the map and the Regions table repaint.
import {createContext, useContext, type ReactNode} from 'react';
import type {BoundaryOption} from '../domain/types';
import {useBuilder} from '../state/builder';
import {catalogue} from '../state/catalogue';

const LaterOptions = createContext<BoundaryOption[] | null>(null);

/** Gives the panels under it `options` (Explorer: the deferred catalogue) through useShownOptions. */
export function LaterOptionsProvider({
  options,
  children,
}: {
  options: BoundaryOption[];
  children: ReactNode;
}) {
  return <LaterOptions.Provider value={options}>{children}</LaterOptions.Provider>;
}

/** Every option, built-ins then the user's (as useOptions): under a LaterOptionsProvider the
 * list it provides, with no subscription to the store; elsewhere (the embed, the board pack)
 * the store's, re-rendering when the user's options change. */
export function useShownOptions(data: {options: BoundaryOption[]}): BoundaryOption[] {
  const later = useContext(LaterOptions);
  // Under a provider the selector returns null whatever changes, so the store never re-renders it.
  const userOptions = useBuilder((s) => (later ? null : s.userOptions));
  return later ?? catalogue(data.options, userOptions ?? []);
}
