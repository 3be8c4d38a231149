// The sentences for options that move single parts, generated from area-splits.ts's data. The
// nouns come in as parameters (PartWords), so the same code says "part" today and another
// level's word for a later geography.
import {formatCount, listJoin, theRegion} from '../format';
import type {BoundaryOption, RegionId} from '../types';
import type {Noun} from '../geography';
import {
  areaSplits,
  type AreaPartMoves,
  type AreaSplit,
  type AreaSplitGroup,
  type PartMove,
} from './area-splits';
import type {Part} from './part-types';

/** The words a sentence needs, supplied by the caller. */
export interface PartWords {
  /** The part noun, singular and plural: "part", "parts". */
  part: string;
  parts: string;
  /** An area's name as it reads in a sentence: "Greater Manchester". */
  areaName: (areaCode: string) => string;
  /** A part's name: "Tameside and Glossop". */
  partName: (partCode: string) => string;
  /** A region's name in a sentence, e.g. "the Midlands"; undefined is "no region" (incomplete
   * user options), which the caller words. */
  regionName: (regionId: RegionId | undefined) => string;
}

/** Parts are named when a group has at most this many; beyond it they are counted. */
const NAMED_PARTS = 3;

const count = (n: number, w: PartWords) => `${formatCount(n)} ${n === 1 ? w.part : w.parts}`;
const isAre = (n: number) => (n === 1 ? 'is' : 'are');

/** "Tameside and Glossop is in the Midlands", or "4 parts of Greater Manchester are in …". */
function groupClause(g: AreaSplitGroup, areaCode: string, w: PartWords): string {
  const n = g.partCodes.length;
  const who =
    n <= NAMED_PARTS
      ? listJoin(g.partCodes.map(w.partName))
      : `${count(n, w)} of ${w.areaName(areaCode)}`;
  return `${who} ${isAre(n)} in ${w.regionName(g.regionId)}`;
}

/**
 * One sentence for a split area, smaller groups first, the largest last as "the other …", e.g.
 * "Tameside and Glossop is in the Midlands; the other 9 parts of Greater Manchester are in the
 * North West." Parts the option leaves without a region are not mentioned.
 */
export function splitSentence(split: AreaSplit, w: PartWords): string {
  const [largest, ...others] = split.groups;
  if (!largest) return '';
  const n = largest.partCodes.length;
  const rest = `the other ${n === 1 ? w.part : `${formatCount(n)} ${w.parts}`} of ${w.areaName(split.areaCode)} ${isAre(n)} in ${w.regionName(largest.regionId)}`;
  const clauses = [...others.reverse().map((g) => groupClause(g, split.areaCode, w)), rest];
  return `${clauses.join('; ')}.`;
}

/** Moves grouped by route (from, to), in order of first appearance. */
function routes(moves: readonly PartMove[]): PartMove[][] {
  const groups = new Map<string, PartMove[]>();
  for (const m of moves) {
    const key = `${m.from ?? ''}→${m.to ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  return [...groups.values()];
}

function routeClause(group: readonly PartMove[], w: PartWords): string {
  const {from, to} = group[0]!;
  const who =
    group.length <= NAMED_PARTS
      ? listJoin(group.map((m) => w.partName(m.partCode)))
      : count(group.length, w);
  return `${who}, from ${w.regionName(from)} to ${w.regionName(to)}`;
}

/**
 * One sentence per area whose parts move between two options, e.g. "1 of Greater Manchester's
 * 10 parts moves: Tameside and Glossop, from the North West to the Midlands." When every
 * part moves the same way: "All 10 of Greater Manchester's parts move from the North West to the
 * Midlands." (an area of one part: "Greater Manchester's only part moves …").
 */
export function partMovesSentence(m: AreaPartMoves, w: PartWords): string {
  const area = w.areaName(m.areaCode);
  const groups = routes(m.moves);
  if (m.moves.length === m.partCount && groups.length === 1) {
    const {from, to} = m.moves[0]!;
    const who =
      m.partCount === 1
        ? `${area}'s only ${w.part} moves`
        : `All ${formatCount(m.partCount)} of ${area}'s ${w.parts} move`;
    return `${who} from ${w.regionName(from)} to ${w.regionName(to)}.`;
  }
  const n = m.moves.length;
  const head = `${formatCount(n)} of ${area}'s ${count(m.partCount, w)} ${n === 1 ? 'moves' : 'move'}`;
  return `${head}: ${groups.map((g) => routeClause(g, w)).join('; ')}.`;
}

/** The words for `option`'s sentences: its regions' names as they read in a sentence ("the
 * Midlands", "London"; "no" and `group` for none or an unknown id: "no region", "no ICB"), the
 * parts' noun, and the area and part names as the caller has them. `group`: what the option
 * calls its groups (groupNounOf). */
export function splitWordsFor(
  option: Pick<BoundaryOption, 'regions'>,
  noun: Noun,
  areaName: (areaCode: string) => string,
  partName: (partCode: string) => string,
  group: Noun,
): PartWords {
  const names = new Map(option.regions.map((r) => [r.id, r.name]));
  const regionName = (id: RegionId | undefined) => {
    const name = id === undefined ? undefined : names.get(id);
    return name === undefined ? `no ${group.one}` : theRegion(name);
  };
  return {part: noun.one, parts: noun.many, areaName, partName, regionName};
}

/** The split sentence of each area `option` splits over `parts` (areaSplits order), by area code. */
export function splitSentencesOf(
  option: Pick<BoundaryOption, 'assignments' | 'partAssignments' | 'regions'>,
  parts: readonly Pick<Part, 'code' | 'areaCode'>[],
  w: PartWords,
): Map<string, string> {
  return new Map(areaSplits(option, parts).map((s) => [s.areaCode, splitSentence(s, w)]));
}
