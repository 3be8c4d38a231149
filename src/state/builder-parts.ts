// The builder's view of the part layer (issue 19): the loaded parts (loadParts in src/data/lazy.ts)
// with their areas, names and noun, in the shapes the domain's part moves, link reader and file
// and storage checks take. Built once per loaded layer by the UI and passed to the actions.
import type {Geography} from '../domain/geography';
import type {PartsContext} from '../domain/builder/units';
import type {MappedPart} from '../domain/types';

/**
 * The PartsContext of the loaded `parts` under `geography` (its parts' noun from the manifest).
 * Names drop the "NHS " the official names start with ("NHS Tameside and Glossop" →
 * "Tameside and Glossop"), as the area panel shows them. null when the geography has no parts.
 */
export function partsContextOf(
  parts: readonly MappedPart[],
  geography: Pick<Geography, 'parts'>,
): PartsContext | null {
  if (!geography.parts) return null;
  const names = new Map(parts.map((p) => [p.code, p.name.replace(/^NHS /, '')]));
  return {
    list: parts.map((p) => ({code: p.code, areaCode: p.areaCode})),
    name: (code) => names.get(code) ?? code,
    noun: geography.parts.noun,
  };
}
