// What moving one part (e.g. a CCG) would do, before the user makes it: the same rows as a
// whole area's move (preview.ts), with each region's figures at part granularity
// (parts/part-aggregates.ts, the one part-level total), so the preview and every part-level
// table agree. Flow figures (containment, outside region) are null for now: the part-level
// flows (parts/part-flows.ts) need the CCG-to-trust data, which the builder does not load yet.
import type {CountedUnit} from '../aggregates';
import {partRegionAggregates, type PartRegionAggregate} from '../parts/part-aggregates';
import {partRegionId} from '../parts/part-region';
import type {Part} from '../parts/part-types';
import type {BoundaryOption, OptionEdit, Region} from '../types';
import {changeOf, type MoveEdit, type PreviewRow, type RegionFigures} from './preview';
import {movePart, moveUnit} from './units';

export type MovePartEdit = Extract<OptionEdit, {kind: 'move-part'}>;

/**
 * The preview of `edit` on `option`: a row for the region losing the part (none if the part is
 * in no region the option lists) and one for the region gaining it, in that order; [] when the
 * part is already in `edit.to`. `areas`: every area with its population, partCount and km²
 * (e.g. the STPs); `parts`: every part (partsOfCcgs of the loaded CCG layer). In each row
 * `units` counts the areas wholly or partly in the region and `ccgs` its parts.
 * Errors: throws RangeError if `edit.part` is not one of `parts` or `edit.to` is not a region of
 * the option (add the region first).
 */
export function previewPartMove(option: BoundaryOption, edit: MovePartEdit, areas: readonly CountedUnit[], parts: readonly Part[]): PreviewRow[] {
  const part = parts.find((p) => p.code === edit.part);
  if (!part) throw new RangeError(`There is no part with code “${edit.part}” to move.`);
  const gaining = option.regions.find((r) => r.id === edit.to);
  if (!gaining) throw new RangeError(`The option has no region “${edit.to}”; add the region before moving anything into it.`);
  const from = partRegionId(option, part);
  if (from === edit.to) return [];
  const losing = option.regions.find((r) => r.id === from);
  const before = byRegion(partRegionAggregates(option, areas, parts));
  const after = byRegion(partRegionAggregates(movePart(option, part, edit.to), areas, parts));
  const row = (region: Region, role: PreviewRow['role']): PreviewRow => {
    const b = before.get(region.id)!;
    const a = after.get(region.id)!;
    return {region, role, before: b, after: a, change: changeOf(b, a)};
  };
  return [...(losing ? [row(losing, 'losing')] : []), row(gaining, 'gaining')];
}

/**
 * The preview of moving a whole area (`edit`, as previewEdit) in an option that moves single
 * parts, at part granularity: the area's parts moved elsewhere come with it (moveUnit), so each
 * region that gives some of it up is a losing row (in the option's order), then the gaining one;
 * [] when nothing would change. `areas`, `parts` as for previewPartMove.
 * Errors: throws RangeError if `edit.unit` is not one of `areas` or `edit.to` is not a region of
 * the option.
 */
export function previewAreaMoveByParts(option: BoundaryOption, edit: MoveEdit, areas: readonly CountedUnit[], parts: readonly Part[]): PreviewRow[] {
  if (!areas.some((a) => a.code === edit.unit)) throw new RangeError(`There is no unit with code “${edit.unit}” to move.`);
  const gaining = option.regions.find((r) => r.id === edit.to);
  if (!gaining) throw new RangeError(`The option has no region “${edit.to}”; add the region before moving anything into it.`);
  const before = byRegion(partRegionAggregates(option, areas, parts));
  const after = byRegion(partRegionAggregates(moveUnit(option, edit.unit, edit.to, parts), areas, parts));
  const row = (region: Region, role: PreviewRow['role']): PreviewRow => {
    const b = before.get(region.id)!;
    const a = after.get(region.id)!;
    return {region, role, before: b, after: a, change: changeOf(b, a)};
  };
  const rows = option.regions.map((r) => row(r, r.id === edit.to ? 'gaining' : 'losing')).filter((r) => r.change.population !== 0 || r.change.parts !== 0 || r.change.units !== 0);
  if (!rows.length) return [];
  return [...rows.filter((r) => r.role === 'losing'), rows.find((r) => r.role === 'gaining') ?? row(gaining, 'gaining')];
}

function byRegion(rows: readonly PartRegionAggregate[]): Map<string, RegionFigures> {
  return new Map(rows.map((r) => [r.region.id, figuresOf(r)]));
}

function figuresOf(r: PartRegionAggregate): RegionFigures {
  const units = r.wholeAreaCodes.length + r.partAreaCodes.length;
  return {units, parts: r.parts, population: r.population, areaKm2: r.areaKm2, containment: null, outsideRegion: null};
}
