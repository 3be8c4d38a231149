// Bounding boxes for zooming to a region or an area: plain coordinate walking, no geometry
// library needed for a min/max.
import type {FeatureCollection, MultiPolygon, Polygon, Position} from 'geojson';

export type Bounds = [west: number, south: number, east: number, north: number];

export function boundsOf(
  shapes: FeatureCollection<Polygon | MultiPolygon, {code: string}>,
  codes: ReadonlySet<string>,
): Bounds | null {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  const visit = (p: Position) => {
    w = Math.min(w, p[0]!);
    e = Math.max(e, p[0]!);
    s = Math.min(s, p[1]!);
    n = Math.max(n, p[1]!);
  };
  for (const f of shapes.features) {
    if (!codes.has(f.properties.code)) continue;
    const polygons =
      f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const polygon of polygons) for (const ring of polygon) ring.forEach(visit);
  }
  return w === Infinity ? null : [w, s, e, n];
}
