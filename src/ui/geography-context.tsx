// The page's geography (its manifest and where its files are), for the components and hooks
// that load a file on first use or write the geography's words without being handed the data.
// Every page puts its loaded data here once (App, EmbedApp, BoardPackApp).
import {createContext, useCallback, useContext, type ReactNode} from 'react';
import type {GeographyFiles} from '../data/lazy';
import {useLazy} from './use-lazy';

const GeographyContext = createContext<GeographyFiles | null>(null);

export function GeographyProvider({data, children}: {data: GeographyFiles; children: ReactNode}) {
  return <GeographyContext.Provider value={data}>{children}</GeographyContext.Provider>;
}

/** The page's geography, or null outside a GeographyProvider. */
export function useGeographyFiles(): GeographyFiles | null {
  return useContext(GeographyContext);
}

/** The page's geography (its manifest). Throws outside a GeographyProvider: every page has
 * one, so a component without one is a mistake to report, never a reason to guess the words. */
export function useGeography(): GeographyFiles['geography'] {
  const files = useContext(GeographyContext);
  if (!files) throw new Error('No geography is loaded on this page (no GeographyProvider).');
  return files.geography;
}

/** useLazy over one of the geography's files: `load(files)` once `wanted` (see useLazy). Outside
 * a provider it reports that no geography is loaded rather than guessing one. */
export function useGeographyFile<T>(load: (files: GeographyFiles) => Promise<T>, wanted = true) {
  const files = useGeographyFiles();
  const run = useCallback(
    () => (files ? load(files) : Promise.reject(new Error('No geography is loaded on this page.'))),
    [files, load],
  );
  return useLazy(run, wanted);
}
