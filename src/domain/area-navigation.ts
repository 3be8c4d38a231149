// Moving between areas with the keyboard: from one area to its neighbour in an arrow's direction,
// judged on the map as drawn (Web Mercator, so "up" is north on screen). Pure, so both renderers
// and the tests share it.
import {toWorld} from './projection';
import type {AreaCode} from './types';

export type Direction = 'up' | 'down' | 'left' | 'right';

const UNIT: Record<Direction, [number, number]> = {
  up: [0, -1],
  down: [0, 1],
  left: [-1, 0],
  right: [1, 0],
};

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
  const origin = anchors.get(from);
  if (!origin) return null;
  const best = (candidates: Iterable<AreaCode>) => {
    let pick: AreaCode | null = null;
    let score = Infinity;
    for (const code of candidates) {
      const at = anchors.get(code);
      if (code === from || !at) continue;
      const s = directionScore(origin, at, direction);
      if (s < score) [pick, score] = [code, s];
    }
    return pick;
  };
  return best(neighbours.get(from) ?? []) ?? best(anchors.keys());
}

/** Distance × (1 + angle off the direction in radians); Infinity beyond 60°. */
function directionScore(
  from: [number, number],
  to: [number, number],
  direction: Direction,
): number {
  const [x0, y0] = toWorld(from);
  const [x1, y1] = toWorld(to);
  const dx = x1 - x0;
  const dy = y1 - y0;
  const distance = Math.hypot(dx, dy);
  if (distance === 0) return Infinity;
  const [ux, uy] = UNIT[direction];
  const angle = Math.acos(Math.max(-1, Math.min(1, (dx * ux + dy * uy) / distance)));
  return angle > Math.PI / 3 ? Infinity : distance * (1 + angle);
}

/** The area whose interior point is nearest `point` [lon, lat] (where keyboard moves start). */
export function nearestArea(
  point: [number, number],
  anchors: ReadonlyMap<AreaCode, [number, number]>,
): AreaCode | null {
  const [x, y] = toWorld(point);
  let pick: AreaCode | null = null;
  let best = Infinity;
  for (const [code, at] of anchors) {
    const [ax, ay] = toWorld(at);
    const d = Math.hypot(ax - x, ay - y);
    if (d < best) [pick, best] = [code, d];
  }
  return pick;
}
