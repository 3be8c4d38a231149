// What changes between two options. Regions are matched by their stable id, so a region that
// keeps its id but not its name is a rename, and an id only one option has is a region that
// is created or removed. An STP "moves" when its region id differs. Each region's figures are
// the two options' rows (region-rows.ts), so the comparison shows the numbers the Regions table,
// the charts and the CSVs show.
import {optionRows, type OptionRows, type RegionRow} from './region-rows';
import type {BoundaryOption, Region, RegionId, Area, AreaCode} from './types';

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
}

export interface OptionComparison {
  a: BoundaryOption;
  b: BoundaryOption;
  moves: AreaMove[];
  /** B's regions in B's order, then the regions only A has. */
  regions: RegionComparison[];
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
 * Option A (the baseline) against option B over `stps` (data/stps.json: ONS mid-2018
 * populations, CCG counts, areas in km²): the STPs that move, in data order, and every region
 * of either option. `rows`: the options' rows to read figures from (so the figures are the
 * very objects other views show); without them, rows without flow totals are computed here.
 * Throws if `rows` belong to other options than `a` and `b` (a programming error).
 */
export function compareOptions(a: BoundaryOption, b: BoundaryOption, areas: readonly Area[], rows?: ComparedRows): OptionComparison {
  if (rows && (rows.a.option.id !== a.id || rows.b.option.id !== b.id)) {
    throw new Error(`compareOptions: rows of ${rows.a.option.id} and ${rows.b.option.id} given for ${a.id} and ${b.id}`);
  }
  const regionA = new Map(a.regions.map((r) => [r.id, r]));
  const regionB = new Map(b.regions.map((r) => [r.id, r]));
  const moves: AreaMove[] = [];
  for (const area of areas) {
    const from = regionA.get(a.assignments[area.code] ?? '');
    const to = regionB.get(b.assignments[area.code] ?? '');
    if (from && to && from.id !== to.id) moves.push({area, from, to});
  }
  const rowA = new Map((rows?.a ?? optionRows(a, areas, null)).rows.map((x) => [x.region.id, x]));
  const rowB = new Map((rows?.b ?? optionRows(b, areas, null)).rows.map((x) => [x.region.id, x]));
  const ids = [...b.regions.map((r) => r.id), ...a.regions.map((r) => r.id).filter((id) => !regionB.has(id))];
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
    };
  });
  return {a, b, moves, regions};
}
