// What a move would do, before the user makes it: for the region losing the unit and the one
// gaining it, the figures now, after the move, and the change. The Regions table's own measures
// (src/domain/aggregates.ts, src/domain/flows.ts), so the preview and the table always agree.
import type {AreaFlow} from '../flows';
import {flowTotalsOfAreas} from '../flow-regions';
import type {BoundaryOption, OptionEdit, Region} from '../types';
import {moveUnit, type AssignableUnit} from './units';

export interface RegionFigures {
  /** Units (areas) in the region. */
  units: number;
  parts: number;
  /** People, ONS mid-2018. */
  population: number;
  areaKm2: number;
  /** Share (0–1) of the region's residents attributed to trusts in the region; null without
   * flows, or when the region has no residents in the flows. */
  containment: number | null;
  /** Residents attributed to a trust outside their region (the region's outbound flow, in
   * people); null without flows. */
  outsideRegion: number | null;
}

export interface FiguresChange extends Omit<RegionFigures, 'containment'> {
  /** Change in containment in percentage points (after − before) × 100; null when either is. */
  containmentPoints: number | null;
}

export interface PreviewRow {
  region: Region;
  /** 'losing' gives the unit up, 'gaining' takes it. */
  role: 'losing' | 'gaining';
  before: RegionFigures;
  after: RegionFigures;
  change: FiguresChange;
}

export type MoveEdit = Extract<OptionEdit, {kind: 'move'}>;

/**
 * The preview of `edit` (a move of one unit to a region) on `option`: one row for the region
 * losing the unit (none if the unit is in no region yet, or in one the option does not list)
 * and one for the region gaining it, in that order. A region just added (empty) works like any
 * other: its `before` is all zeros with null containment. Moving a unit to the region it is in
 * gives []. `flows` (the geography's area flow file as AreaFlow) may be null: flow figures are then null.
 * Errors: throws RangeError if `edit.unit` is not one of `units` or `edit.to` is not a region
 * of the option (add the region first).
 */
export function previewEdit(
  option: BoundaryOption,
  edit: MoveEdit,
  units: readonly AssignableUnit[],
  flows: readonly AreaFlow[] | null,
): PreviewRow[] {
  if (!units.some((u) => u.code === edit.unit))
    throw new RangeError(`There is no unit with code “${edit.unit}” to move.`);
  const gaining = option.regions.find((r) => r.id === edit.to);
  if (!gaining)
    throw new RangeError(
      `The option has no region “${edit.to}”; add the region before moving anything into it.`,
    );
  const from = option.assignments[edit.unit];
  if (from === edit.to) return [];
  const losing = option.regions.find((r) => r.id === from);
  const after = moveUnit(option, edit.unit, edit.to);
  const row = (region: Region, role: PreviewRow['role']): PreviewRow => {
    const b = figures(option, region.id, units, flows);
    const a = figures(after, region.id, units, flows);
    return {region, role, before: b, after: a, change: changeOf(b, a)};
  };
  return [...(losing ? [row(losing, 'losing')] : []), row(gaining, 'gaining')];
}

/** A region's figures under an option; one pass over units, one over flows. */
export function figures(
  option: BoundaryOption,
  regionId: string,
  units: readonly AssignableUnit[],
  flows: readonly AreaFlow[] | null,
): RegionFigures {
  const codes: string[] = [];
  let parts = 0;
  let population = 0;
  let areaKm2 = 0;
  for (const u of units) {
    if (option.assignments[u.code] !== regionId) continue;
    codes.push(u.code);
    parts += u.partCount;
    population += u.population;
    areaKm2 += u.areaKm2;
  }
  const f = flows ? flowTotalsOfAreas(codes, flows) : null;
  return {
    units: codes.length,
    parts,
    population,
    areaKm2,
    containment: f ? f.containment : null,
    outsideRegion: f ? f.outbound : null,
  };
}

/** The change from `b` to `a`, each figure after − before (null where either is). */
export function changeOf(b: RegionFigures, a: RegionFigures): FiguresChange {
  const diff = (x: number | null, y: number | null) => (x === null || y === null ? null : y - x);
  const points = diff(b.containment, a.containment);
  return {
    units: a.units - b.units,
    parts: a.parts - b.parts,
    population: a.population - b.population,
    areaKm2: a.areaKm2 - b.areaKm2,
    containmentPoints: points === null ? null : points * 100,
    outsideRegion: diff(b.outsideRegion, a.outsideRegion),
  };
}

/**
 * The preview of any edit by its result: `after` is `before` with the edit applied (applyEdit).
 * One row for each region whose units change, regions that give units up (or go, in a merge:
 * their `after` is all zeros) first, in `before`'s order, then those that take units (a merged
 * or new region under its new name). Figures as previewEdit's; [] when no unit changes region.
 */
export function previewChange(
  before: BoundaryOption,
  after: BoundaryOption,
  units: readonly AssignableUnit[],
  flows: readonly AreaFlow[] | null,
): PreviewRow[] {
  const changed = new Set<string>();
  for (const u of units) {
    const [b, a] = [before.assignments[u.code], after.assignments[u.code]];
    if (b === a) continue;
    if (b !== undefined) changed.add(b);
    if (a !== undefined) changed.add(a);
  }
  const ids = [...before.regions, ...after.regions]
    .map((r) => r.id)
    .filter((id, i, all) => changed.has(id) && all.indexOf(id) === i);
  const rows = ids.map((id): PreviewRow => {
    const region =
      after.regions.find((r) => r.id === id) ?? before.regions.find((r) => r.id === id)!;
    const b = figures(before, id, units, flows);
    const a = figures(after, id, units, flows);
    return {
      region,
      role: a.units < b.units ? 'losing' : 'gaining',
      before: b,
      after: a,
      change: changeOf(b, a),
    };
  });
  return [...rows.filter((r) => r.role === 'losing'), ...rows.filter((r) => r.role === 'gaining')];
}
