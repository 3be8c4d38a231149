// The sentences for options that move single parts, made from the comparison's and the option's
// data with split-words.ts: the part moves between two options ("1 of Greater Manchester's 10
// parts moves: …") and an option's split areas ("Tameside and Glossop is in the Midlands; the
// other 9 parts of Greater Manchester are in the North West."). Nouns come from the geography.
import type {OptionComparison} from '../compare';
import {theRegion} from '../format';
import type {UnitWords} from '../geography';
import {DEFAULT_GROUP_NOUN} from '../geography';
import type {BoundaryOption, Region, RegionId} from '../types';
import {unitNames} from '../unit-index';
import type {AreaPartMoves} from './area-splits';
import type {AreaPartChange, NamedParts} from './part-compare';
import {partMovesSentence, splitSentencesOf, type PartWords} from './split-words';

type NamedArea = {code: string; name: string};
/** Where the caller gives no group noun: the word every geography had before nouns per option. */
const NO_GROUP = DEFAULT_GROUP_NOUN;

/** The words split-words.ts needs, with region names as sentences read them ("the Midlands");
 * `regions` later in the list win a shared id (B's name over A's). A part in no group reads "no"
 * and `w.group` ("no region", "no ICB"). null without a part noun. */
function partWords(
  w: UnitWords,
  areaName: PartWords['areaName'],
  partName: PartWords['partName'],
  regions: readonly Region[],
): PartWords | null {
  if (!w.part) return null;
  const names = new Map<RegionId, string>(regions.map((r) => [r.id, r.name]));
  const regionName = (id: RegionId | undefined) =>
    id === undefined ? `no ${(w.group ?? NO_GROUP).one}` : theRegion(names.get(id) ?? id);
  return {part: w.part.one, parts: w.part.many, areaName, partName, regionName};
}

/** One area's part changes as split-words.ts takes them (region ids). */
function asAreaPartMoves(m: AreaPartChange<NamedArea>): AreaPartMoves {
  return {
    areaCode: m.area.code,
    partCount: m.partCount,
    moves: m.moves.map((x) => ({partCode: x.part.code, from: x.from?.id, to: x.to?.id})),
  };
}

/**
 * One sentence per area of `cmp.partMoves` (areas only some of whose parts move), in area
 * order, e.g. "1 of Greater Manchester's 10 parts moves: Tameside and Glossop, from the North
 * West to the Midlands."; [] with none or where the geography has no parts. A region renamed by
 * B is called by B's name.
 */
export function partMoveSentences(
  cmp: Pick<OptionComparison, 'a' | 'b' | 'partMoves'>,
  w: UnitWords,
): string[] {
  return cmp.partMoves.flatMap((m) => {
    const names = new Map(m.moves.map((x) => [x.part.code, x.name]));
    const words = partWords(
      w,
      () => m.area.name,
      (code) => names.get(code) ?? code,
      [...cmp.a.regions, ...cmp.b.regions],
    );
    return words ? [partMovesSentence(asAreaPartMoves(m), words)] : [];
  });
}

/**
 * One sentence per area `option` splits between regions, in the parts' order, e.g. "Tameside and
 * Glossop is in the Midlands; the other 9 parts of Greater Manchester are in the North West.";
 * [] when it moves no part, without parts, or where the geography has no parts. `areas`: every
 * area of the geography (for names).
 */
export function splitAreaSentences(
  option: BoundaryOption,
  areas: readonly NamedArea[],
  parts: NamedParts | null,
  w: UnitWords,
): string[] {
  if (!parts || !option.partAssignments) return [];
  const group = option.groupNoun ?? w.group;
  const words = partWords(
    {...w, ...(group ? {group} : {})},
    unitNames(areas),
    parts.name,
    option.regions,
  );
  return words ? [...splitSentencesOf(option, parts.list, words).values()] : [];
}
