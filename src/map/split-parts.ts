// An option's split areas over the loaded parts (issue 19), made once per option and parts and
// shared by both renderers and the static maps, so every map splits the same areas.
import {splitDrawing, type SplitDrawing} from '../domain/parts/split-units';
import type {BoundaryOption} from '../domain/types';
import type {PartGeometry} from './map-view';

const drawings = new WeakMap<BoundaryOption, WeakMap<PartGeometry, SplitDrawing | null>>();
const partLists = new WeakMap<PartGeometry, {code: string; areaCode: string}[]>();

/** `option`'s split areas over the loaded `parts` (parts/split-units.ts), or null when it splits
 * none; made once per option and parts. */
export function splitOf(option: BoundaryOption, parts: PartGeometry): SplitDrawing | null {
  let byParts = drawings.get(option);
  if (!byParts) drawings.set(option, (byParts = new WeakMap()));
  let drawing = byParts.get(parts);
  if (drawing === undefined) {
    let list = partLists.get(parts);
    if (!list)
      partLists.set(
        parts,
        (list = parts.shapes.features.map((f) => ({
          code: f.properties.code,
          areaCode: f.properties.areaCode,
        }))),
      );
    byParts.set(parts, (drawing = splitDrawing(option, list)));
  }
  return drawing;
}
