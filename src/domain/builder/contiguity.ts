// Is each region in one piece? Units touch when they share a land border (the adjacency from
// the topology's shared arcs, src/domain/adjacency.ts). A unit with no land border at all (an
// island such as the Isles of Scilly, were it a unit of its own) would otherwise make any region
// holding it "split", so it counts as touching its nearest unit, and the app says so.
import type {BoundaryOption, RegionId} from '../types';
import {nearestIndex} from './distance';
import type {Adjacency, AssignableUnit} from './units';

/** An island rule applied: `unit` has no land border and is counted as touching `nearest`. */
export interface NoLandBorderNote {
  unit: string;
  nearest: string;
}

/** The geography in the form the searches use, built once per (adjacency, units) pair and
 * cached (both are treated as immutable): unit i is units[i]; the neighbours of unit i are
 * targets[offsets[i] … offsets[i + 1] − 1] (symmetric, no duplicates, island links included). */
export interface PreparedGeography {
  index: Map<string, number>;
  offsets: Int32Array;
  targets: Int32Array;
  notes: NoLandBorderNote[];
}

const cache = new WeakMap<Adjacency, WeakMap<readonly AssignableUnit[], PreparedGeography>>();

/**
 * `adjacency` restricted to `units` (codes that are not units are dropped; unit codes must be
 * unique), made symmetric, and with every unit that has no land neighbour joined to its nearest
 * unit (great-circle distance between anchors) that has one, or to its nearest unit of any kind
 * if none has. Ties go to the earlier unit. Notes in `units` order. Cached: a second call with
 * the same two objects is free. Time: O(units + edges + islands × units); islands are few.
 */
export function prepareGeography(
  adjacency: Adjacency,
  units: readonly AssignableUnit[],
): PreparedGeography {
  let byUnits = cache.get(adjacency);
  const hit = byUnits?.get(units);
  if (hit) return hit;
  const n = units.length;
  const index = new Map(units.map((u, i) => [u.code, i]));
  const lists: number[][] = units.map(() => []);
  units.forEach((u, i) => {
    for (const code of adjacency.get(u.code) ?? []) {
      const j = index.get(code);
      if (j === undefined || j === i) continue;
      lists[i]!.push(j);
      lists[j]!.push(i);
    }
  });
  const isIsland = lists.map((l) => l.length === 0);
  const candidates = isIsland.some((x) => !x) ? isIsland.map((x) => !x) : isIsland.map(() => true);
  const notes: NoLandBorderNote[] = [];
  isIsland.forEach((island, i) => {
    if (!island) return;
    const j = nearestIndex(units, i, candidates);
    if (j < 0) return; // the only unit there is
    lists[i]!.push(j);
    lists[j]!.push(i);
    notes.push({unit: units[i]!.code, nearest: units[j]!.code});
  });
  // Flatten, dropping the duplicates symmetrising made (a stamp per unit: linear, no sorting).
  const stamp = new Int32Array(n).fill(-1);
  const offsets = new Int32Array(n + 1);
  const flat: number[] = [];
  for (let i = 0; i < n; i++) {
    for (const j of lists[i]!) {
      if (stamp[j] === i) continue;
      stamp[j] = i;
      flat.push(j);
    }
    offsets[i + 1] = flat.length;
  }
  const prepared = {index, offsets, targets: Int32Array.from(flat), notes};
  if (!byUnits) cache.set(adjacency, (byUnits = new WeakMap()));
  byUnits.set(units, prepared);
  return prepared;
}

export interface EffectiveAdjacency {
  /** Unit code → neighbouring unit codes, island links included (symmetric). */
  adjacency: Map<string, string[]>;
  notes: NoLandBorderNote[];
}

/** The adjacency the builder uses (see prepareGeography) as a Map of codes, with the notes the
 * app shows in words, e.g. "Isles of Scilly has no land border; counted as touching Cornwall". */
export function effectiveAdjacency(
  adjacency: Adjacency,
  units: readonly AssignableUnit[],
): EffectiveAdjacency {
  const {offsets, targets, notes} = prepareGeography(adjacency, units);
  const map = new Map<string, string[]>();
  units.forEach((u, i) =>
    map.set(
      u.code,
      Array.from(targets.subarray(offsets[i]!, offsets[i + 1]!), (j) => units[j]!.code),
    ),
  );
  return {adjacency: map, notes};
}

export interface RegionPieces {
  regionId: RegionId;
  /** The region's connected pieces, each a list of unit codes in `units` order; the piece with
   * the most people first (ties: more units, then earlier first unit). [] for an empty region;
   * one piece when the region is in one piece. */
  pieces: string[][];
}

/**
 * Each region's connected pieces under `option`: breadth-first search over the prepared
 * adjacency (so the island rule always applies) restricted to the region's units. Units
 * unassigned, or assigned to a region the option does not list, are in no piece (checkOption
 * reports them). One entry per region, in the option's region order. Time: O(units + edges)
 * once the geography is prepared (cached).
 */
export function regionPieces(
  option: BoundaryOption,
  adjacency: Adjacency,
  units: readonly AssignableUnit[],
): RegionPieces[] {
  return piecesOf(option, prepareGeography(adjacency, units), units, regionIndexOf(option, units));
}

/** Not in a region: no assignment, or one naming a region the option does not list. */
export const UNASSIGNED = -1;
export const UNKNOWN_REGION = -2;

/** For each unit (in `units` order), the index of its region in option.regions, or UNASSIGNED or
 * UNKNOWN_REGION: one look-up per unit, shared by the checks that need it. */
export function regionIndexOf(
  option: BoundaryOption,
  units: readonly AssignableUnit[],
): Int32Array {
  const index = new Map(option.regions.map((r, i) => [r.id, i]));
  const out = new Int32Array(units.length);
  for (let i = 0; i < units.length; i++) {
    const id = option.assignments[units[i]!.code];
    out[i] = id === undefined ? UNASSIGNED : (index.get(id) ?? UNKNOWN_REGION);
  }
  return out;
}

/** regionPieces from a prepared geography and regionIndexOf's array (for callers that have them). */
export function piecesOf(
  option: BoundaryOption,
  {offsets, targets}: PreparedGeography,
  units: readonly AssignableUnit[],
  region: Int32Array,
): RegionPieces[] {
  const n = units.length;
  // Pass 1: label each unit with its piece. Pass 2: list each piece's units in `units` order.
  const piece = new Int32Array(n).fill(-1);
  const pieceRegion: number[] = [];
  const queue = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    if (region[s]! < 0 || piece[s]! >= 0) continue;
    const id = pieceRegion.push(region[s]!) - 1;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    piece[s] = id;
    while (head < tail) {
      const i = queue[head++]!;
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
        const j = targets[k]!;
        if (piece[j]! >= 0 || region[j] !== region[s]) continue;
        piece[j] = id;
        queue[tail++] = j;
      }
    }
  }
  const lists = pieceRegion.map((r) => ({region: r, codes: [] as string[], people: 0, first: -1}));
  for (let i = 0; i < n; i++) {
    const p = piece[i]!;
    if (p < 0) continue;
    const l = lists[p]!;
    if (l.first < 0) l.first = i;
    l.codes.push(units[i]!.code);
    l.people += units[i]!.population;
  }
  const byRegion = option.regions.map(() => [] as typeof lists);
  for (const l of lists) byRegion[l.region]!.push(l);
  return option.regions.map((r, ri) => ({
    regionId: r.id,
    pieces: byRegion[ri]!.sort(
      (a, b) => b.people - a.people || b.codes.length - a.codes.length || a.first - b.first,
    ).map((l) => l.codes),
  }));
}
