// Distances between units' anchor points, for the island rule (contiguity.ts).
import type {AssignableUnit} from './units';

/** Great-circle distance in km between two [lon, lat] points in degrees (haversine, mean Earth
 * radius 6,371.0088 km). */
export function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Index of the unit nearest to units[from] among those with candidate[j] true (never `from`
 * itself); the earlier on ties; −1 if there is none. O(units). */
export function nearestIndex(
  units: readonly AssignableUnit[],
  from: number,
  candidate: readonly boolean[],
): number {
  let best = -1;
  let bestKm = Infinity;
  units.forEach((u, j) => {
    if (j === from || !candidate[j]) return;
    const d = distanceKm(units[from]!.anchor, u.anchor);
    if (d < bestKm) [bestKm, best] = [d, j];
  });
  return best;
}
