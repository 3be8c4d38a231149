// The sentences that say how an option splits areas (issue 19), for the map's tooltip, the
// area's details and the map in words: domain/parts/split-words.ts with the page's words (area
// names as the lists show them, part names and noun from the loaded part layer).
import type {FootprintData} from '../data/load';
import type {PartsContext} from '../domain/builder/units';
import {splitSentencesOf, splitWordsFor} from '../domain/parts/split-words';
import type {BoundaryOption} from '../domain/types';
import {usePartLayer} from '../state/part-layer';
import {unitNames} from '../domain/unit-index';
import {groupNounOf} from '../domain/geography';

const NONE: ReadonlyMap<string, string> = new Map();
const cache = new WeakMap<BoundaryOption, WeakMap<PartsContext, ReadonlyMap<string, string>>>();

/** Area code → its split sentence under `option`, for each area it splits; empty without parts
 * loaded or without part moves. Made once per option and parts. */
export function splitSentencesFor(
  data: Pick<FootprintData, 'areas' | 'geography'>,
  option: BoundaryOption,
  parts: PartsContext | null,
): ReadonlyMap<string, string> {
  if (!parts || !option.partAssignments) return NONE;
  let byParts = cache.get(option);
  if (!byParts) cache.set(option, (byParts = new WeakMap()));
  let sentences = byParts.get(parts);
  if (!sentences) {
    const words = splitWordsFor(
      option,
      parts.noun,
      unitNames(data.areas),
      parts.name,
      groupNounOf(option, data.geography),
    );
    byParts.set(parts, (sentences = splitSentencesOf(option, parts.list, words)));
  }
  return sentences;
}

/** splitSentencesFor with the part layer as loaded now (re-rendering when it loads). */
export function useSplitSentences(
  data: Pick<FootprintData, 'areas' | 'geography'>,
  option: BoundaryOption,
): ReadonlyMap<string, string> {
  const parts = usePartLayer((s) => s.parts);
  return splitSentencesFor(data, option, parts);
}
