// What changes between two options. Regions are matched by their stable id, so a region that
// keeps its id but not its name is a rename, and an id only one option has is a region that
// is created or removed. An area "moves" when its region id differs. Each region's figures are
// the two options' rows (region-rows.ts), so the comparison shows the numbers the Regions table,
// the charts and the CSVs show. When either option moves single parts and the parts are given,
// units are compared part by part (parts/part-compare.ts): an area whose parts all move the same
// way is still a move here; the other part moves are listed apart, in `partMoves`.
import {optionRows, type OptionRows, type RegionRow} from './region-rows';
import type {BoundaryOption, Region, RegionId, Area, AreaCode} from './types';
import {
  comparePartPlacings,
  hasPartAssignments,
  type AreaPartChange,
  type NamedParts,
} from './parts/part-compare';

export interface AreaMove {
  area: Area;
  /** Its region under option A. */
  from: Region;
  /** Its region under option B. */
  to: Region;
}

export type RegionStatus = 'kept' | 'created' | 'removed';

export interface RegionComparison {
  id: RegionId;
  /** The name under B; under A for a removed region. */
  name: string;
  status: RegionStatus;
  /** A's name when B renames the region; null otherwise. */
  renamedFrom: string | null;
  /** The region's row under A (aggregates, share of an equal share, flow totals or null);
   * null when A has no such region. */
  a: RegionRow | null;
  /** The same under B. */
  b: RegionRow | null;
  gained: AreaCode[];
  lost: AreaCode[];
  /** Codes of the parts that come to (leave) the region on their own, without their whole area
   * (part moves; empty when neither option moves parts). */
  partsGained: string[];
  partsLost: string[];
}

export interface OptionComparison {
  a: BoundaryOption;
  b: BoundaryOption;
  moves: AreaMove[];
  /** The areas only some of whose parts change region (or whose parts go different ways), in
   * area order; empty when neither option moves single parts or the parts were not given. */
  partMoves: AreaPartChange<Area>[];
  /** B's regions in B's order, then the regions only A has. */
  regions: RegionComparison[];
  /** The areas compared over (all of them, moving or not), for the group-level words. */
  areas: readonly Area[];
}

/** Whether a region gains or loses any unit between the options: a whole area or a part on its own. */
export const regionChanges = (r: RegionComparison): boolean =>
  r.gained.length + r.lost.length + r.partsGained.length + r.partsLost.length > 0;

/** A kept region's change in areas as the sentences and the board pack count it: its rows' area
 * counts, or, where parts move on their own (an area partly in a region counts in its rows), the
 * whole areas it gains less those it loses. */
export function areaChange(cmp: Pick<OptionComparison, 'partMoves'>, r: RegionComparison): Change {
  return cmp.partMoves.length
    ? change(0, r.gained.length - r.lost.length)
    : change(r.a?.areas, r.b?.areas);
}

/** A change in one measure: signed delta, and the percentage of A's value (null from zero). */
export interface Change {
  a: number | null;
  b: number | null;
  delta: number;
  pct: number | null;
}

export function change(a: number | null | undefined, b: number | null | undefined): Change {
  const av = a ?? null;
  const bv = b ?? null;
  const delta = (bv ?? 0) - (av ?? 0);
  return {a: av, b: bv, delta, pct: av ? delta / av : null};
}

/** The two options' rows, when the caller already has them (the UI's memoised rowsOf, with
 * flow totals once flows are loaded). */
export interface ComparedRows {
  a: OptionRows;
  b: OptionRows;
}

/**
 * Option A (the baseline) against option B over `areas` (the geography's areas file: ONS mid-2018
 * populations, part counts, areas in km²): the areas that move, in data order, and every region
 * of either option. `rows`: the options' rows to read figures from (so the figures are the
 * very objects other views show; built with the parts when an option moves some); without
 * them, rows without flow totals are computed here, part by part where `parts` are given.
 * `parts`: the loaded parts with names, for options that move single parts (null: compared by
 * area, as when neither option moves parts). Throws if `rows` belong to other options than
 * `a` and `b` (a programming error).
 */
export function compareOptions(
  a: BoundaryOption,
  b: BoundaryOption,
  areas: readonly Area[],
  rows?: ComparedRows,
  parts: NamedParts | null = null,
): OptionComparison {
  if (rows && (rows.a.option.id !== a.id || rows.b.option.id !== b.id)) {
    throw new Error(
      `compareOptions: rows of ${rows.a.option.id} and ${rows.b.option.id} given for ${a.id} and ${b.id}`,
    );
  }
  const regionA = new Map(a.regions.map((r) => [r.id, r]));
  const regionB = new Map(b.regions.map((r) => [r.id, r]));
  const byPart = parts !== null && (hasPartAssignments(a) || hasPartAssignments(b));
  const {moves, partMoves} = byPart
    ? partLevelMoves(a, b, areas, parts)
    : {moves: areaMoves(a, b, areas, regionA, regionB), partMoves: []};
  const list = byPart ? parts.list : null;
  const rowA = new Map(
    (rows?.a ?? optionRows(a, areas, null, list)).rows.map((x) => [x.region.id, x]),
  );
  const rowB = new Map(
    (rows?.b ?? optionRows(b, areas, null, list)).rows.map((x) => [x.region.id, x]),
  );
  // A part move's two regions always differ (partMovesByArea), so each is a gain or a loss.
  const partCodes = (side: 'from' | 'to', id: RegionId) =>
    partMoves.flatMap((m) => m.moves.filter((x) => x[side]?.id === id).map((x) => x.part.code));
  const ids = [
    ...b.regions.map((r) => r.id),
    ...a.regions.map((r) => r.id).filter((id) => !regionB.has(id)),
  ];
  const regions = ids.map((id): RegionComparison => {
    const ra = regionA.get(id);
    const rb = regionB.get(id);
    return {
      id,
      name: (rb ?? ra)!.name,
      status: ra && rb ? 'kept' : rb ? 'created' : 'removed',
      renamedFrom: ra && rb && ra.name !== rb.name ? ra.name : null,
      a: rowA.get(id) ?? null,
      b: rowB.get(id) ?? null,
      gained: moves.filter((m) => m.to.id === id).map((m) => m.area.code),
      lost: moves.filter((m) => m.from.id === id).map((m) => m.area.code),
      partsGained: partCodes('to', id),
      partsLost: partCodes('from', id),
    };
  });
  return {a, b, moves, partMoves, regions, areas};
}

/** The areas whose region id differs between A and B (both placed), in `areas` order. */
function areaMoves(
  a: BoundaryOption,
  b: BoundaryOption,
  areas: readonly Area[],
  regionA: Map<RegionId, Region>,
  regionB: Map<RegionId, Region>,
): AreaMove[] {
  const moves: AreaMove[] = [];
  for (const area of areas) {
    const from = regionA.get(a.assignments[area.code] ?? '');
    const to = regionB.get(b.assignments[area.code] ?? '');
    if (from && to && from.id !== to.id) moves.push({area, from, to});
  }
  return moves;
}

function partLevelMoves(
  a: BoundaryOption,
  b: BoundaryOption,
  areas: readonly Area[],
  parts: NamedParts,
): Pick<OptionComparison, 'moves' | 'partMoves'> {
  const {whole, partial} = comparePartPlacings(a, b, areas, parts);
  return {moves: whole.map((m) => ({area: m.area, from: m.from, to: m.to})), partMoves: partial};
}
