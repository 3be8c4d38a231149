// Colours for regions a user adds, and a check that touching regions can be told apart, by
// people with typical colour vision and by people with each full colour-vision deficiency.
import type {BoundaryOption, Region} from '../types';
import {ciede2000, labAsSeen, leastDifference, VISION_WORDS, type Vision} from './colour-vision';
import type {Adjacency} from './units';

/**
 * Paul Tol's "light" qualitative scheme (https://personal.sron.nl/~pault/, "Colour schemes",
 * 2021): designed to be distinct for colour-blind readers and to carry dark text, as the map's
 * labels need. The built-in options (data/england-2018/options.json) use seven of the nine; pale grey is
 * last so it is handed out last (grey reads as "no data" on many maps).
 */
export const REGION_PALETTE = [
  '#77aadd',
  '#99ddff',
  '#44bb99',
  '#bbcc33',
  '#aaaa00',
  '#eedd88',
  '#ee8866',
  '#ffaabb',
  '#dddddd',
] as const;

/** Tol's names for REGION_PALETTE's colours, for the colour menu. */
export const PALETTE_NAMES: Record<(typeof REGION_PALETTE)[number], string> = {
  '#77aadd': 'Light blue',
  '#99ddff': 'Light cyan',
  '#44bb99': 'Mint',
  '#bbcc33': 'Pear',
  '#aaaa00': 'Olive',
  '#eedd88': 'Light yellow',
  '#ee8866': 'Orange',
  '#ffaabb': 'Pink',
  '#dddddd': 'Pale grey',
};

/**
 * The colour for a new region: the first palette colour no region of the option uses (compared
 * case-insensitively); once all nine are used, the one fewest regions use (first on ties).
 */
export function nextRegionColour(option: BoundaryOption): string {
  const uses = new Map<string, number>(REGION_PALETTE.map((c) => [c, 0]));
  for (const r of option.regions) {
    const c = r.colour.toLowerCase();
    if (uses.has(c)) uses.set(c, uses.get(c)! + 1);
  }
  let best: string = REGION_PALETTE[0];
  for (const c of REGION_PALETTE) if (uses.get(c)! < uses.get(best)!) best = c;
  return best;
}

/**
 * Two touching regions clash when their colours differ by less than this many CIEDE2000 units
 * under typical vision or under simulated protanopia, deuteranopia or tritanopia (Machado et al.
 * 2009, full severity; colour-vision.ts). About 2 units is just noticeable side by side; a map
 * needs colours told apart at a glance, across a boundary line. The touching pairs of the three
 * built-in options differ by at least 10.2 (Midlands or Midlands and East #ee8866 against South
 * West #bbcc33, under deuteranopia), so 10 lets them all pass while flagging the palette's close
 * pairs, e.g. pear #bbcc33 and olive #aaaa00 (7.9, deuteranopia) or light blue #77aadd and mint
 * #44bb99 (7.5, tritanopia). Identical colours differ by 0.
 */
export const CLASH_BELOW = 10;

export interface ColourClash {
  regions: [Region, Region];
  /** The smallest CIEDE2000 difference over the four visions, and the vision it is seen in. */
  difference: number;
  vision: Vision;
  message: string;
}

/**
 * Pairs of regions that touch (some unit of one is a neighbour of some unit of the other in
 * `adjacency`; pass effectiveAdjacency(…).adjacency to count islands as touching their nearest
 * unit) and whose colours clash (CLASH_BELOW), in the option's region order. Units assigned to
 * regions the option does not list are ignored. Throws RangeError if a touching region's colour
 * is not #rrggbb. Time: O(units + edges) to find the pairs, then constant work per pair.
 */
export function colourClashes(option: BoundaryOption, adjacency: Adjacency): ColourClash[] {
  const index = new Map(option.regions.map((r, i) => [r.id, i]));
  const pairs = new Set<number>();
  const n = option.regions.length;
  for (const [code, others] of adjacency) {
    const a = index.get(option.assignments[code] ?? '');
    if (a === undefined) continue;
    for (const other of others) {
      const b = index.get(option.assignments[other] ?? '');
      if (b !== undefined && a !== b) pairs.add(Math.min(a, b) * n + Math.max(a, b));
    }
  }
  const clashes: ColourClash[] = [];
  for (const key of [...pairs].sort((x, y) => x - y)) {
    const first = option.regions[Math.floor(key / n)]!;
    const second = option.regions[key % n]!;
    const {difference, vision} = leastDifference(first.colour, second.colour);
    if (difference >= CLASH_BELOW) continue;
    // Hard for everyone if even typical vision falls below the line; else name the deficiency.
    const who =
      ciede2000(labAsSeen(first.colour), labAsSeen(second.colour)) < CLASH_BELOW
        ? 'anyone'
        : VISION_WORDS[vision];
    clashes.push({
      regions: [first, second],
      difference,
      vision,
      message: `${first.name} and ${second.name} touch, but their colours are hard to tell apart for ${who}. Choose a different colour for one of them.`,
    });
  }
  return clashes;
}
