// Is each region in one piece? Units touch when they share a land border (the adjacency from
// the topology's shared arcs, src/domain/adjacency.ts). A unit with no land border at all (an
// island such as the Isles of Scilly, if it were a unit of its own) would otherwise make any
// region holding it "split", so it counts as touching its nearest unit, and the app says so.
import type {BoundaryOption, RegionId} from '../types';
import type {Adjacency, AssignableUnit} from './units';

/** An island rule applied: `unit` has no land border and is counted as touching `nearest`. */
export interface NoLandBorderNote {
  unit: string;
  nearest: string;
}

export interface EffectiveAdjacency {
  adjacency: Map<string, string[]>;
  notes: NoLandBorderNote[];
}

/** Great-circle distance in km between two [lon, lat] points (haversine, mean Earth radius). */
export function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The adjacency the builder uses: `adjacency` restricted to `units` (codes it names that are not
 * units are dropped), made symmetric, and with every unit that has no land neighbour joined to its
 * nearest unit (great-circle distance between anchors) that does have one; if no unit has a land
 * border, to its nearest unit of any kind. Ties go to the earlier unit in `units`.
 * Returns a new map (the input is untouched) and one note per joined unit, in `units` order.
 * Time: O(units + edges + islands × units); islands are few.
 */
export function effectiveAdjacency(adjacency: Adjacency, units: readonly AssignableUnit[]): EffectiveAdjacency {
  const out = new Map<string, string[]>(units.map((u) => [u.code, []]));
  const seen = new Set<string>();
  const link = (a: string, b: string) => {
    if (a === b) return;
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.get(a)!.push(b);
    out.get(b)!.push(a);
  };
  for (const u of units) for (const other of adjacency.get(u.code) ?? []) if (out.has(other)) link(u.code, other);
  const islands = units.filter((u) => out.get(u.code)!.length === 0);
  const mainland = units.filter((u) => out.get(u.code)!.length > 0);
  const candidates = mainland.length > 0 ? mainland : units;
  const notes: NoLandBorderNote[] = [];
  for (const island of islands) {
    let nearest: AssignableUnit | undefined;
    let best = Infinity;
    for (const c of candidates) {
      if (c.code === island.code) continue;
      const d = distanceKm(island.anchor, c.anchor);
      if (d < best) [best, nearest] = [d, c];
    }
    if (!nearest) continue; // the only unit there is
    link(island.code, nearest.code);
    notes.push({unit: island.code, nearest: nearest.code});
  }
  return {adjacency: out, notes};
}

export interface RegionPieces {
  regionId: RegionId;
  /** The region's connected pieces, each a list of unit codes in `units` order; the piece with
   * the most people first (ties: more units, then earlier first unit). [] for an empty region;
   * one piece when the region is in one piece. */
  pieces: string[][];
}

/**
 * Each region's connected pieces under `option`: breadth-first search over the effective
 * adjacency (effectiveAdjacency above, so the island rule always applies) restricted to the
 * region's units. Units unassigned or assigned to a region the option does not list are in no
 * piece (checkOption reports them). One entry per region, in the option's region order.
 * Time: O(units + edges) plus the island search.
 */
export function regionPieces(option: BoundaryOption, adjacency: Adjacency, units: readonly AssignableUnit[]): RegionPieces[] {
  return piecesOver(option, effectiveAdjacency(adjacency, units).adjacency, units);
}

/** regionPieces over a graph used as it is (e.g. an effectiveAdjacency already computed). */
export function piecesOver(option: BoundaryOption, graph: Adjacency, units: readonly AssignableUnit[]): RegionPieces[] {
  const order = new Map(units.map((u, i) => [u.code, i]));
  // Pass 1: label each unit with its piece by breadth-first search. Pass 2: list each piece's
  // units in `units` order (linear, no sorting).
  const pieceOf = new Map<string, number>();
  const pieceRegion: RegionId[] = [];
  const known = new Set(option.regions.map((r) => r.id));
  for (const start of units) {
    const region = option.assignments[start.code];
    if (region === undefined || !known.has(region) || pieceOf.has(start.code)) continue;
    const id = pieceRegion.push(region) - 1;
    const queue = [start.code];
    pieceOf.set(start.code, id);
    for (let i = 0; i < queue.length; i++) {
      for (const next of graph.get(queue[i]!) ?? []) {
        if (!pieceOf.has(next) && option.assignments[next] === region) {
          pieceOf.set(next, id);
          queue.push(next);
        }
      }
    }
  }
  const lists: {codes: string[]; people: number}[] = pieceRegion.map(() => ({codes: [], people: 0}));
  for (const u of units) {
    const id = pieceOf.get(u.code);
    if (id === undefined) continue;
    lists[id]!.codes.push(u.code);
    lists[id]!.people += u.population;
  }
  const pieces = new Map<RegionId, {codes: string[]; people: number}[]>(option.regions.map((r) => [r.id, []]));
  lists.forEach((piece, id) => pieces.get(pieceRegion[id]!)!.push(piece));
  const first = (p: {codes: string[]}) => order.get(p.codes[0]!)!;
  return option.regions.map((r) => {
    const list = [...pieces.get(r.id)!].sort((a, b) => b.people - a.people || b.codes.length - a.codes.length || first(a) - first(b));
    return {regionId: r.id, pieces: list.map((p) => p.codes)};
  });
}
