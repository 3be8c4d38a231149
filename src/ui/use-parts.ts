// The loaded part layer (state/part-layer.ts) as the figures and sentences take it (issue 19):
// an option that moves single parts is totalled and worded part by part once its parts are in;
// any other option gets no parts, so it reads exactly as before.
import type {BoundaryOption} from '../domain/types';
import type {Part} from '../domain/parts/part-types';
import {hasPartAssignments, type NamedParts} from '../domain/parts/part-compare';
import {namedPartsOf, usePartLayer, type PartLayer} from '../state/part-layer';

export {namedPartsOf};

/** The loaded part list for `option`'s rows (rowsOf's `parts`): null when the option moves no
 * part, so its rows are the area-level ones, or when the parts are not loaded. */
export function partsFor(
  option: Pick<BoundaryOption, 'partAssignments'>,
  layer: Pick<PartLayer, 'partList'> = usePartLayer.getState(),
): readonly Part[] | null {
  return hasPartAssignments(option) ? layer.partList : null;
}

/** The named parts when any of `options` moves parts (for compareOptions and the split-area
 * sentences), else null: options that move none are compared by area as before. */
export function namedPartsFor(
  options: readonly Pick<BoundaryOption, 'partAssignments'>[],
  layer: Pick<PartLayer, 'partList' | 'parts'> = usePartLayer.getState(),
): NamedParts | null {
  return options.some(hasPartAssignments) ? namedPartsOf(layer) : null;
}

/** The part layer as a hook, so a view redraws when the parts arrive. */
export const usePartsLayer = (): Pick<PartLayer, 'partList' | 'parts'> => usePartLayer((s) => s);
