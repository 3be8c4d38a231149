// The choice behind moving between areas with the keyboard, on points already on the flat map
// (Web Mercator world pixels, or any uniform scale and shift of them: y grows downwards, so "up"
// is north on screen). Imports nothing, so the prerendered map's early script (src/map/early)
// makes the same choice as the app (area-navigation.ts) before the app's code arrives.

export type Direction = 'up' | 'down' | 'left' | 'right';

/** A point on the flat map: [x east, y south], in any one uniform unit (world pixels, say). */
export type FlatPoint = readonly [number, number];

const UNIT: Record<Direction, [number, number]> = {
  up: [0, -1],
  down: [0, 1],
  left: [-1, 0],
  right: [1, 0],
};

/**
 * The area to move to from `from` in `direction`: among its neighbours (touching areas; all areas
 * when it has none in that direction, e.g. the Isles of Scilly), the one whose interior point
 * lies within 60° of the direction, preferring small angles and short distances (the first in
 * `points`' or the neighbour list's order on a tie). Null when no area lies that way, or `from`
 * has no point. `points` maps codes to interior points on the flat map.
 */
export function stepInDirection(
  from: string,
  direction: Direction,
  points: ReadonlyMap<string, FlatPoint>,
  neighbours: ReadonlyMap<string, readonly string[]>,
): string | null {
  const origin = points.get(from);
  if (!origin) return null;
  const best = (candidates: Iterable<string>) => {
    let pick: string | null = null;
    let score = Infinity;
    for (const code of candidates) {
      const at = points.get(code);
      if (code === from || !at) continue;
      const s = directionScore(origin, at, direction);
      if (s < score) [pick, score] = [code, s];
    }
    return pick;
  };
  return best(neighbours.get(from) ?? []) ?? best(points.keys());
}

/** Distance × (1 + angle off the direction in radians); Infinity beyond 60°. */
function directionScore(from: FlatPoint, to: FlatPoint, direction: Direction): number {
  const dx = to[0] - from[0];
  const dy = to[1] - from[1];
  const distance = Math.hypot(dx, dy);
  if (distance === 0) return Infinity;
  const [ux, uy] = UNIT[direction];
  const angle = Math.acos(Math.max(-1, Math.min(1, (dx * ux + dy * uy) / distance)));
  return angle > Math.PI / 3 ? Infinity : distance * (1 + angle);
}

/** The area whose interior point is nearest `point` on the flat map (the first on a tie), or
 * null when `points` is empty. */
export function nearestOnMap(
  point: FlatPoint,
  points: ReadonlyMap<string, FlatPoint>,
): string | null {
  let pick: string | null = null;
  let best = Infinity;
  for (const [code, at] of points) {
    const d = Math.hypot(at[0] - point[0], at[1] - point[1]);
    if (d < best) [pick, best] = [code, d];
  }
  return pick;
}
