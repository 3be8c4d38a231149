import {useEffect, useState} from 'react';
import {DataError, loadLinkedGeography, type FootprintData} from '../data/load';
import {prefetchStartupFiles} from '../data/startup-fetch';
import {GEOGRAPHY_PARAM} from '../state/link-params';
import {restoreSavedOptions} from '../state/builder-persist';
import {savedOptionsMoveParts} from '../state/saved-options';
import {linkMovesParts} from '../state/link-options';
import {loadPartLayer} from '../state/part-layer';
import type {PartsContext} from '../domain/builder/units';

export type DataState =
  | {status: 'loading'}
  | {status: 'ready'; data: FootprintData}
  | {status: 'error'; file: string | null; message: string};

/** Loads the data files, then the user's saved options (kept saved from then on when
 * `persistOptions`: the main page owns them; the embed and board pack only read them). A
 * failure becomes a message, never a blank page. */
export function fetchDataState(persistOptions = false): Promise<DataState> {
  // The geography is chosen before anything loads: the link's, or the default. Its start-up
  // files are usually on their way already (the boot asked after the first paint); if the
  // boot's request has not started yet, it starts here, before the loader asks.
  void prefetchStartupFiles(location.search);
  return loadLinkedGeography(new URLSearchParams(location.search).get(GEOGRAPHY_PARAM)).then(
    async (data): Promise<DataState> => {
      const parts = await partsWanted(data);
      restoreSavedOptions(data, {persist: persistOptions, parts});
      return {status: 'ready', data};
    },
    (err: unknown): DataState =>
      err instanceof DataError
        ? {status: 'error', file: err.file, message: err.message}
        : {
            status: 'error',
            file: null,
            message: `Something went wrong loading the data: ${String(err)}`,
          },
  );
}

/** The part layer, loaded before the page is drawn when the user's saved options or the link
 * move single parts (issue 19): without it the saved ones would be set aside and the link's
 * left out. undefined when neither does, or the layer failed to load (those are then said). */
async function partsWanted(data: FootprintData): Promise<PartsContext | undefined> {
  if (!data.geography.parts) return undefined;
  if (!linkMovesParts(location.search) && !savedMoveParts(data.geography.id)) return undefined;
  return (await loadPartLayer(data).catch(() => null)) ?? undefined;
}

/** Whether this geography's saved options move parts; false where storage cannot be read. */
function savedMoveParts(geographyId: string): boolean {
  try {
    return savedOptionsMoveParts(window.localStorage, geographyId);
  } catch {
    return false;
  }
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
