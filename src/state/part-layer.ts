// The part layer as the builder, links and saved options use it (issue 19): loaded once per
// page (loadCcgs caches the file) and kept here, so a map click, a key, a menu and the link
// reader all move parts against the same list. A loaded file is data, not a choice: it never
// goes in the main store or a link.
import {create} from 'zustand';
import {loadParts, type GeographyFiles} from '../data/lazy';
import type {PartsContext} from '../domain/builder/units';
import type {MappedPart} from '../domain/types';
import {partsContextOf} from './builder-parts';
import {partsOfParts, type Part} from '../domain/parts/part-types';

export interface PartLayer {
  /** Whose parts these are (a page has one geography; tests load more than one). */
  geographyId: string | null;
  /** The geography's parts as loaded (MappedCcg), or null until they are. */
  parts: readonly MappedPart[] | null;
  /** The same as the builder takes them (partsContextOf), or null until loaded. */
  parts: PartsContext | null;
  /** The same as the part-level figures take them (partsOfCcgs), or null until loaded. */
  partList: readonly Part[] | null;
  /** Why the last load failed (the DataError's words), or null. */
  error: string | null;
}

export const usePartLayer = create<PartLayer>()(() => ({geographyId: null, parts: null, parts: null, partList: null, error: null}));

/** The loaded parts for the builder's actions, or undefined until they are in. */
export function loadedParts(): PartsContext | undefined {
  return usePartLayer.getState().parts ?? undefined;
}

/**
 * Load `data`'s parts into the store (once: the loader caches per file) and return them.
 * Resolves null for a geography without parts; rejects as loadCcgs when the file fails.
 */
export async function loadPartLayer(data: GeographyFiles): Promise<PartsContext | null> {
  if (!data.geography.parts || !data.geography.files.parts) return null;
  const loaded = usePartLayer.getState();
  if (loaded.geographyId === data.geography.id && loaded.parts) return loaded.parts;
  let parts: MappedPart[];
  try {
    ({parts} = await loadParts(data));
  } catch (err) {
    usePartLayer.setState({error: err instanceof Error ? err.message : String(err)});
    throw err;
  }
  const parts = partsContextOf(parts, data.geography);
  usePartLayer.setState({geographyId: data.geography.id, parts, parts, partList: partsOfParts(parts), error: null});
  return parts;
}

/** Forget the loaded layer (tests; a page keeps its one geography's). */
export function resetPartLayer(): void {
  usePartLayer.setState({geographyId: null, parts: null, parts: null, partList: null, error: null});
}
