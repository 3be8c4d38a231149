// Moving between areas with the keyboard: from one area to its neighbour in an arrow's direction,
// judged on the map as drawn (Web Mercator, so "up" is north on screen). Pure, so both renderers
// and the tests share it; the choice itself is area-steps.ts's, on projected points, which the
// prerendered map's early script makes too.
import {toWorld} from './projection';
import type {AreaCode} from './types';
import {nearestOnMap, stepInDirection, type Direction, type FlatPoint} from './area-steps';

export type {Direction} from './area-steps';

/** `anchors` ([lon, lat]) projected to world pixels, in the same order. */
const projected = (anchors: ReadonlyMap<AreaCode, [number, number]>) =>
  new Map<string, FlatPoint>([...anchors].map(([code, at]) => [code, toWorld(at)]));

/**
 * The area to move to from `from` in `direction`: among its neighbours (touching areas; all areas
 * when it has none in that direction, e.g. the Isles of Scilly), the one whose interior point
 * lies within 60° of the direction, preferring small angles and short distances. Null when no
 * area lies that way. `anchors` maps codes to interior points [lon, lat].
 */
export function areaInDirection(
  from: AreaCode,
  direction: Direction,
  anchors: ReadonlyMap<AreaCode, [number, number]>,
  neighbours: ReadonlyMap<AreaCode, readonly AreaCode[]>,
): AreaCode | null {
  return stepInDirection(from, direction, projected(anchors), neighbours);
}

/** The area whose interior point is nearest `point` [lon, lat] (where keyboard moves start). */
export function nearestArea(
  point: [number, number],
  anchors: ReadonlyMap<AreaCode, [number, number]>,
): AreaCode | null {
  return nearestOnMap(toWorld(point), projected(anchors));
}
