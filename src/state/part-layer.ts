// The part layer as the builder, links and saved options use it (issue 19): loaded once per
// page (loadParts caches the file) and kept here, so a map click, a key, a menu and the link
// reader all move parts against the same list. A loaded file is data, not a choice: it never
// goes in the main store or a link.
import {create} from 'zustand';
import {loadParts, type PartData, type GeographyFiles} from '../data/lazy';
import type {PartsContext} from '../domain/builder/units';
import type {MappedPart} from '../domain/types';
import {partsContextOf} from './builder-parts';
import {partsOfMapped, type Part} from '../domain/parts/part-types';
import type {NamedParts} from '../domain/parts/part-compare';

export interface PartLayer {
  /** Whose parts these are (a page has one geography; tests load more than one). */
  geographyId: string | null;
  /** The geography's parts as loaded (MappedPart), or null until they are. */
  mapped: readonly MappedPart[] | null;
  /** The same as the builder takes them (partsContextOf), or null until loaded. */
  parts: PartsContext | null;
  /** The same as the part-level figures take them (partsOfMapped), or null until loaded. */
  partList: readonly Part[] | null;
  /** The parts' shapes and topology as loaded, for the maps that draw split areas; null until loaded. */
  geometry: PartData | null;
  /** Why the last load failed (the DataError's words), or null. */
  error: string | null;
}

export const usePartLayer = create<PartLayer>()(() => ({
  geographyId: null,
  mapped: null,
  parts: null,
  partList: null,
  geometry: null,
  error: null,
}));

/** The layer's parts with their names (the builder's names, as the map shows them), or null
 * until loaded: what compareOptions takes to compare part by part. */
export function namedPartsOf(layer: Pick<PartLayer, 'partList' | 'parts'>): NamedParts | null {
  return layer.partList && layer.parts ? {list: layer.partList, name: layer.parts.name} : null;
}

/** The loaded parts for the builder's actions, or undefined until they are in. */
export function loadedParts(): PartsContext | undefined {
  return usePartLayer.getState().parts ?? undefined;
}

/**
 * Load `data`'s parts into the store (once: the loader caches per file) and return them.
 * Resolves null for a geography without parts; rejects as loadParts when the file fails.
 */
export async function loadPartLayer(data: GeographyFiles): Promise<PartsContext | null> {
  if (!data.geography.parts || !data.geography.files.parts) return null;
  const loaded = usePartLayer.getState();
  if (loaded.geographyId === data.geography.id && loaded.parts) return loaded.parts;
  let geometry: PartData;
  try {
    geometry = await loadParts(data);
  } catch (err) {
    usePartLayer.setState({error: err instanceof Error ? err.message : String(err)});
    throw err;
  }
  const mapped = geometry.parts;
  const parts = partsContextOf(mapped, data.geography);
  usePartLayer.setState({
    geographyId: data.geography.id,
    mapped,
    parts,
    partList: partsOfMapped(mapped),
    geometry,
    error: null,
  });
  return parts;
}

/** Forget the loaded layer (tests; a page keeps its one geography's). */
export function resetPartLayer(): void {
  usePartLayer.setState({
    geographyId: null,
    mapped: null,
    parts: null,
    partList: null,
    geometry: null,
    error: null,
  });
}
