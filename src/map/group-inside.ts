// Whether a screen point lies inside a group (region) of an option: the test that keeps each
// group's name on its own group (issue 20: "North East London" was drawn over the Thames,
// "Dorset" in the sea at 360 px). The group's areas' polygons are projected to CSS pixels with
// the renderer's own projection, so the SVG map, the WebGL map and the static maps agree.
import type {Feature, MultiPolygon, Polygon, Position} from 'geojson';
import type {BoundaryOption} from '../domain/types';
import {rasterise, roomySpots, type Grid, type Ring} from './group-room';

/** (x, y) CSS pixels → whether the point is inside the group. */
export type InsideTest = (x: number, y: number) => boolean;

/** A screen rectangle, CSS pixels. */
interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Where a group's name may go: `fits(box)`, whether the box lies wholly inside the group
 * (exact: its middle is inside and no line of the group's outline crosses it); `spots(w, h)`,
 * centres (CSS pixels) where a w × h box may fit inside the group and the map, roomiest first
 * (see roomySpots; `fits` has the last word). */
export interface GroupPlace {
  fits: (box: Rect) => boolean;
  spots: (width: number, height: number) => [number, number][];
}

/** One inside test per group of `option` that has areas: a point is inside when it is inside one
 * of the group's areas (even–odd over the area's rings, so holes count as outside). `shapes` are
 * the areas' polygons ([lon, lat], `properties.code`); `project` maps [lon, lat] to CSS pixels.
 * An area split between groups counts for the group it is assigned to. */
export function groupInsideTests(
  shapes: readonly Feature<Polygon | MultiPolygon, {code: string}>[],
  option: BoundaryOption,
  project: (p: [number, number]) => [number, number],
): Map<string, InsideTest> {
  const tests = new Map<string, InsideTest>();
  for (const [group, polygons] of groupPolygons(shapes, option, project))
    tests.set(group, insideTest(polygons));
  return tests;
}

/** groupInsideTests with, for each group, its roomy spots inside `bounds` (the map's box, CSS
 * pixels): what lets a long name find the one place its group is wide enough. */
export function groupPlaces(
  shapes: readonly Feature<Polygon | MultiPolygon, {code: string}>[],
  option: BoundaryOption,
  project: (p: [number, number]) => [number, number],
  bounds: {x0: number; y0: number; x1: number; y1: number},
): Map<string, GroupPlace> {
  const places = new Map<string, GroupPlace>();
  for (const [group, polygons] of groupPolygons(shapes, option, project))
    places.set(group, groupPlace(polygons, bounds));
  return places;
}

/** The GroupPlace of one group, from its polygons (rings in CSS pixels, projectRing) and the map's
 * box: made from nothing but these, so a group with the same areas in the same frame can reuse
 * it (group-places-cache.ts). */
export function groupPlace(polygons: Ring[][], bounds: Rect): GroupPlace {
  const inside = insideTest(polygons);
  const outline = outlineOf(polygons);
  const fits = (b: Rect) =>
    inside((b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2) && !outline.some((e) => crosses(e, b));
  const box = {
    x0: Math.max(bounds.x0, Math.min(...polygons.map((p) => p[0]!.x0))),
    y0: Math.max(bounds.y0, Math.min(...polygons.map((p) => p[0]!.y0))),
    x1: Math.min(bounds.x1, Math.max(...polygons.map((p) => p[0]!.x1))),
    y1: Math.min(bounds.y1, Math.max(...polygons.map((p) => p[0]!.y1))),
  };
  let grid: Grid | null | undefined;
  const spots = (w: number, h: number) => {
    if (grid === undefined) grid = rasterise(polygons, box);
    return grid ? roomySpots(grid, w, h) : [];
  };
  return {fits, spots};
}

/** Each group's polygons (rings in CSS pixels), from its areas' shapes. */
function groupPolygons(
  shapes: readonly Feature<Polygon | MultiPolygon, {code: string}>[],
  option: BoundaryOption,
  project: (p: [number, number]) => [number, number],
): Map<string, Ring[][]> {
  const byGroup = new Map<string, Ring[][]>();
  for (const f of shapes) {
    const group = option.assignments[f.properties.code];
    if (!group) continue;
    const polygons =
      f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const list = byGroup.get(group) ?? [];
    for (const polygon of polygons) list.push(polygon.map((ring) => projectRing(ring, project)));
    byGroup.set(group, list);
  }
  return byGroup;
}

/** The group's outline: the edges of its areas' rings that no other of its areas shares (shared
 * arcs project to the very same points, so an inner border appears twice and drops out). */
function outlineOf(polygons: Ring[][]): Float64Array[] {
  const seen = new Map<string, {edge: Float64Array; count: number}>();
  for (const {points} of polygons.flat()) {
    const n = points.length / 2;
    for (let i = 0, k = n - 1; i < n; k = i++) {
      const a = [points[2 * k]!, points[2 * k + 1]!];
      const b = [points[2 * i]!, points[2 * i + 1]!];
      // A ring repeats its first point last: that closing "edge" has no length and no side.
      if (a[0] === b[0] && a[1] === b[1]) continue;
      const key = a < b ? `${a}|${b}` : `${b}|${a}`;
      const found = seen.get(key);
      if (found) found.count++;
      else seen.set(key, {edge: Float64Array.of(a[0]!, a[1]!, b[0]!, b[1]!), count: 1});
    }
  }
  return [...seen.values()].filter((e) => e.count % 2 === 1).map((e) => e.edge);
}

/** Whether the segment (x0, y0)–(x1, y1) meets the rectangle (Liang–Barsky clipping). */
function crosses(e: Float64Array, r: Rect): boolean {
  const [x0, y0, x1, y1] = [e[0]!, e[1]!, e[2]!, e[3]!];
  if (Math.max(x0, x1) < r.x0 || Math.min(x0, x1) > r.x1) return false;
  if (Math.max(y0, y1) < r.y0 || Math.min(y0, y1) > r.y1) return false;
  const dx = x1 - x0;
  const dy = y1 - y0;
  let [t0, t1] = [0, 1];
  const sides: [number, number][] = [
    [-dx, x0 - r.x0],
    [dx, r.x1 - x0],
    [-dy, y0 - r.y0],
    [dy, r.y1 - y0],
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

const insideTest =
  (polygons: Ring[][]): InsideTest =>
  (x, y) =>
    polygons.some((rings) => insidePolygon(rings, x, y));

/** A ring of [lon, lat] positions projected to CSS pixels, with its box. */
export function projectRing(
  ring: Position[],
  project: (p: [number, number]) => [number, number],
): Ring {
  const points = new Float64Array(ring.length * 2);
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  ring.forEach((p, i) => {
    const [x, y] = project([p[0]!, p[1]!]);
    points[2 * i] = x;
    points[2 * i + 1] = y;
    [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
  });
  return {points, x0, y0, x1, y1};
}

/** Even–odd over the polygon's rings: inside the outer ring and in no hole. */
function insidePolygon(rings: Ring[], x: number, y: number): boolean {
  const outer = rings[0];
  if (!outer || x < outer.x0 || x > outer.x1 || y < outer.y0 || y > outer.y1) return false;
  let inside = false;
  for (const ring of rings) if (crossesOdd(ring, x, y)) inside = !inside;
  return inside;
}

/** Ray casting: whether a ray from (x, y) to the right crosses the ring an odd number of times. */
function crossesOdd({points, x0, y0, x1, y1}: Ring, x: number, y: number): boolean {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  let odd = false;
  const n = points.length / 2;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const xi = points[2 * i]!;
    const yi = points[2 * i + 1]!;
    const xj = points[2 * j]!;
    const yj = points[2 * j + 1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
  }
  return odd;
}
