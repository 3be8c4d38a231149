// The builder's edits that concern parts (the finer units): moving one part on its
// own, and what moving a whole area or removing a region must know about parts moved before.
// Kept apart from edit.ts, which dispatches to these.
import type {BoundaryOption, Region, RegionId} from '../types';
import {withArticle} from '../geography';
import {partRegionId} from '../parts/part-region';
import {movePart, moveUnit, type PartPlace, type PartsContext, type UnitName} from './units';

type Result = {option: BoundaryOption; error?: never} | {error: string; option?: never};

/** Why parts cannot be moved without the part layer (it is loaded on first use). */
const NOT_LOADED = 'The finer units of this map are not loaded yet — try again in a moment';

/**
 * `option` with `part` moved to region `to` (movePart: an override only where the part's region
 * differs from its area's). Errors: no `parts` given; a part code not among `parts.list`; its
 * area not in the option; an unknown region; the part already in `to`.
 */
export function applyPartMove(
  option: BoundaryOption,
  part: string,
  to: RegionId,
  parts: PartsContext | undefined,
  unitName: UnitName,
): Result {
  if (!parts) return {error: NOT_LOADED};
  const place = parts.list.find((p) => p.code === part);
  if (!place) return {error: `${part} is not ${withArticle(parts.noun.one)} of this map`};
  if (!Object.hasOwn(option.assignments, place.areaCode))
    return {error: `${unitName(place.areaCode)} is not part of this option`};
  const target = option.regions.find((r) => r.id === to);
  if (!target) return {error: `There is no region “${to}” in this option`};
  if (partRegionId(option, place) === to)
    return {error: `${parts.name(part)} is already in ${target.name}`};
  const moved = movePart(option, place, to);
  // The last of an area's parts to leave moves the area itself: an area is split only while its
  // parts are in two regions or more (areaSplits), so without this the map and the regions
  // GeoJSON drew the area in its old region while the figures counted it in the new one.
  const siblings = parts.list.filter((p) => p.areaCode === place.areaCode);
  if (siblings.every((p) => partRegionId(moved, p) === to))
    return {option: moveUnit(option, place.areaCode, to, parts.list)};
  return {option: moved};
}

/**
 * `option` with area `unit` moved to `to`, its parts' overrides cleared (moveUnit). Moving an
 * area to the region it is in is refused unless some of its parts are elsewhere (then the move
 * brings them back). An option with part overrides needs `parts` (to know which are the area's).
 */
export function applyAreaMove(
  option: BoundaryOption,
  unit: string,
  to: Region,
  parts: PartsContext | undefined,
  unitName: UnitName,
): Result {
  const overrides = Object.keys(option.partAssignments ?? {});
  if (overrides.length && !parts) return {error: NOT_LOADED};
  const own = (parts?.list ?? []).filter((p) => p.areaCode === unit && overrides.includes(p.code));
  if (option.assignments[unit] === to.id && !own.length)
    return {error: `${unitName(unit)} is already in ${to.name}`};
  return {option: moveUnit(option, unit, to.id, parts?.list)};
}

/** Codes of the parts moved on their own into `region` (they keep a region from removal). */
export function partsMovedInto(
  option: Pick<BoundaryOption, 'partAssignments'>,
  region: RegionId,
): string[] {
  return Object.entries(option.partAssignments ?? {})
    .filter(([, r]) => r === region)
    .map(([code]) => code);
}

/** The region a part is in under `option`, via its area: its id, or undefined. */
export function regionOfPart(
  option: BoundaryOption,
  part: string,
  list: readonly PartPlace[] | undefined,
): RegionId | undefined {
  const place = list?.find((p) => p.code === part);
  return place ? partRegionId(option, place) : option.partAssignments?.[part];
}
