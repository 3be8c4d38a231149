// What moving one part on its own would do, before the user makes it: the same rows as a
// whole area's move (preview.ts), with each region's figures at part granularity
// (parts/part-aggregates.ts, the one part-level total), so the preview and every part-level
// table agree. Flow figures (containment, outside region) come from the part-level flows
// (parts/part-flows.ts, each end in its part's region) when given, and are null without them.
import type {CountedUnit} from '../aggregates';
import {partRegionAggregates, type PartRegionAggregate} from '../parts/part-aggregates';
import {partRegionId} from '../parts/part-region';
import type {Part} from '../parts/part-types';
import {partRegionFlowTotals, type PartFlow} from '../parts/part-flows';
import type {RegionFlowTotals} from '../flow-ends';
import type {BoundaryOption, OptionEdit, Region} from '../types';
import {changeOf, type MoveEdit, type PreviewRow, type RegionFigures} from './preview';
import {movePart, moveUnit} from './units';

export type MovePartEdit = Extract<OptionEdit, {kind: 'move-part'}>;

/**
 * The preview of `edit` on `option`: a row for the region losing the part (none if the part is
 * in no region the option lists) and one for the region gaining it, in that order; [] when the
 * part is already in `edit.to`. `areas`: every area with its population, partCount and km²
 * (e.g. the areas); `parts`: every part (partsOfMapped of the loaded part layer). In each row
 * `units` counts the areas wholly or partly in the region and `parts` its parts. `flows`: the
 * part flows (partFlowsOf), for containment and residents outside the region; null leaves them null.
 * Errors: throws RangeError if `edit.part` is not one of `parts` or `edit.to` is not a region of
 * the option (add the region first).
 */
export function previewPartMove(
  option: BoundaryOption,
  edit: MovePartEdit,
  areas: readonly CountedUnit[],
  parts: readonly Part[],
  flows: readonly PartFlow[] | null = null,
): PreviewRow[] {
  const part = parts.find((p) => p.code === edit.part);
  if (!part) throw new RangeError(`There is no part with code “${edit.part}” to move.`);
  const gaining = option.regions.find((r) => r.id === edit.to);
  if (!gaining)
    throw new RangeError(
      `The option has no region “${edit.to}”; add the region before moving anything into it.`,
    );
  const from = partRegionId(option, part);
  if (from === edit.to) return [];
  const losing = option.regions.find((r) => r.id === from);
  const before = byRegion(option, areas, parts, flows);
  const after = byRegion(movePart(option, part, edit.to), areas, parts, flows);
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
 * [] when nothing would change. `areas`, `parts`, `flows` as for previewPartMove.
 * Errors: throws RangeError if `edit.unit` is not one of `areas` or `edit.to` is not a region of
 * the option.
 */
export function previewAreaMoveByParts(
  option: BoundaryOption,
  edit: MoveEdit,
  areas: readonly CountedUnit[],
  parts: readonly Part[],
  flows: readonly PartFlow[] | null = null,
): PreviewRow[] {
  if (!areas.some((a) => a.code === edit.unit))
    throw new RangeError(`There is no unit with code “${edit.unit}” to move.`);
  const gaining = option.regions.find((r) => r.id === edit.to);
  if (!gaining)
    throw new RangeError(
      `The option has no region “${edit.to}”; add the region before moving anything into it.`,
    );
  const before = byRegion(option, areas, parts, flows);
  const after = byRegion(moveUnit(option, edit.unit, edit.to, parts), areas, parts, flows);
  const row = (region: Region, role: PreviewRow['role']): PreviewRow => {
    const b = before.get(region.id)!;
    const a = after.get(region.id)!;
    return {region, role, before: b, after: a, change: changeOf(b, a)};
  };
  const rows = option.regions
    .map((r) => row(r, r.id === edit.to ? 'gaining' : 'losing'))
    .filter((r) => r.change.population !== 0 || r.change.parts !== 0 || r.change.units !== 0);
  if (!rows.length) return [];
  return [
    ...rows.filter((r) => r.role === 'losing'),
    rows.find((r) => r.role === 'gaining') ?? row(gaining, 'gaining'),
  ];
}

/** Each region's figures under `option`, at part granularity. */
function byRegion(
  option: BoundaryOption,
  areas: readonly CountedUnit[],
  parts: readonly Part[],
  flows: readonly PartFlow[] | null,
): Map<string, RegionFigures> {
  const totals = flows ? partRegionFlowTotals(option, flows) : null;
  return new Map(
    partRegionAggregates(option, areas, parts).map((r) => [
      r.region.id,
      figuresOf(r, totals?.get(r.region.id) ?? null),
    ]),
  );
}

function figuresOf(r: PartRegionAggregate, flows: RegionFlowTotals | null): RegionFigures {
  const units = r.wholeAreaCodes.length + r.partAreaCodes.length;
  return {
    units,
    parts: r.parts,
    population: r.population,
    areaKm2: r.areaKm2,
    containment: flows?.containment ?? null,
    outsideRegion: flows?.outbound ?? null,
  };
}
