// The one rule for which lines outline regions, used by both ways of drawing them: topojson's
// mesh for the SVG maps and the builder (region-shapes.ts), and the edges the WebGL map switches
// on and off (unit-edges.ts). tests/unit/unit-edges.test.ts checks the two draw the same lines.
// Where an option splits an area between regions (issue 19), the lines touching that area follow
// its parts instead: isAreaOutline leaves them out and isPartOutline draws them from the parts.
import type {BoundaryOption, RegionId} from './types';
import {partRegionId} from './parts/part-region';

/** Whether the line between `unit` and `neighbour` (null: no unit on the other side, i.e. the
 * coast or the land border) outlines a region under `option`: always for the coast and border;
 * between two units, when the option puts them in different regions. Two units the option
 * leaves without a region are not divided by it (an unfinished user option draws no line
 * between them), but one without a region is divided from one with. */
export function isRegionOutline(
  option: Pick<BoundaryOption, 'assignments'>,
  unit: string,
  neighbour: string | null,
): boolean {
  return neighbour === null || areaRegionOf(option, unit) !== areaRegionOf(option, neighbour);
}

/** The region an area is drawn in under `option` (undefined: none): the fact isRegionOutline
 * compares across a line, and region-polygons.ts groups whole areas by. */
export const areaRegionOf = (
  option: Pick<BoundaryOption, 'assignments'>,
  area: string,
): RegionId | undefined => option.assignments[area];

/** Whether `area` is drawn part by part (an area `units` splits): its lines are isPartOutline's
 * and its shape is its parts'. False with `units` null. */
export const drawnByParts = (units: SplitUnits | null, area: string): boolean =>
  units !== null && units.split.has(area);

/** The areas an option draws part by part (those it splits between regions, area-splits.ts),
 * and the area of every part (part code → area code). */
export interface SplitUnits {
  split: ReadonlySet<string>;
  areaOf: ReadonlyMap<string, string>;
}

type Placing = Pick<BoundaryOption, 'assignments' | 'partAssignments'>;

/** isRegionOutline for a line between two areas, except that a line touching an area in
 * `units.split` is left to isPartOutline (its coast stays here: the area's coast is the same
 * line whichever level draws it). With `units` null or nothing split: isRegionOutline. */
export function isAreaOutline(
  option: Placing,
  units: SplitUnits | null,
  unit: string,
  neighbour: string | null,
): boolean {
  if (neighbour === null) return true;
  if (drawnByParts(units, unit) || drawnByParts(units, neighbour)) return false;
  return isRegionOutline(option, unit, neighbour);
}

/** Whether the line between two parts outlines a region, for lines with a split area on at
 * least one side (every other line, and every coast, is isAreaOutline's): the same rule as
 * isRegionOutline with each part's region from partRegionId. A part of no known area is in no
 * split area. */
export function isPartOutline(
  option: Placing,
  units: SplitUnits,
  part: string,
  neighbour: string | null,
): boolean {
  if (neighbour === null) return false;
  const area = units.areaOf.get(part);
  const other = units.areaOf.get(neighbour);
  if (
    !(area !== undefined && drawnByParts(units, area)) &&
    !(other !== undefined && drawnByParts(units, other))
  )
    return false;
  return regionOfPart(option, part, area) !== regionOfPart(option, neighbour, other);
}

/** The region a part is drawn in (isPartOutline's fact, and region-polygons.ts's for a split
 * area's parts): partRegionId with its area `areaCode`; a part of no known area by its own
 * assignment only. */
export const regionOfPart = (
  option: Placing,
  code: string,
  areaCode: string | undefined,
): RegionId | undefined =>
  areaCode === undefined ? option.partAssignments?.[code] : partRegionId(option, {code, areaCode});
