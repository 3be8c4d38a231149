// groupPlaces for a renderer that lays names out again on every change (the SVG map, on each
// builder step): a step moves one or two areas, so most groups keep the very same areas and
// their places (inside test, outline, room grid) are reused rather than made again. Places
// depend on nothing but the group's areas, the projection and the map's box (group-inside.ts).
import type {Feature, MultiPolygon, Polygon} from 'geojson';
import type {BoundaryOption} from '../domain/types';
import {groupPlace, projectRing, type GroupPlace} from './group-inside';
import type {Ring} from './group-room';

type Shapes = readonly Feature<Polygon | MultiPolygon, {code: string}>[];

interface FrameCache {
  /** The frame and box these were made in. */
  key: string;
  /** Each area's polygons in this frame, by area code. */
  rings: Map<string, Ring[][]>;
  /** Places by the group's area codes (in `shapes` order). */
  places: Map<string, GroupPlace>;
}

/** Groups' places kept per frame (a group's rings and grid are a few KB). */
const MAX_PLACES = 256;

const caches = new WeakMap<Shapes, FrameCache>();

/**
 * groupPlaces(shapes, option, project, bounds), reusing the places of groups whose areas are the
 * same as in an earlier call with the same `shapes` and `frame`. `frame` must name `project`
 * exactly (e.g. the transform's "k,x,y"): one frame key, one projection. Only the latest frame
 * is kept (zooming makes a new one each time).
 */
export function cachedGroupPlaces(
  shapes: Shapes,
  option: BoundaryOption,
  project: (p: [number, number]) => [number, number],
  bounds: {x0: number; y0: number; x1: number; y1: number},
  frame: string,
): Map<string, GroupPlace> {
  const key = `${frame}|${bounds.x0},${bounds.y0},${bounds.x1},${bounds.y1}`;
  let cache = caches.get(shapes);
  if (cache?.key !== key) caches.set(shapes, (cache = {key, rings: new Map(), places: new Map()}));
  if (cache.places.size > MAX_PLACES) cache.places.clear();
  const places = new Map<string, GroupPlace>();
  for (const [group, members] of membersByGroup(shapes, option)) {
    const memberKey = members.map((f) => f.properties.code).join('\n');
    let place = cache.places.get(memberKey);
    if (!place) {
      place = groupPlace(
        members.flatMap((f) => ringsOf(cache, f, project)),
        bounds,
      );
      cache.places.set(memberKey, place);
    }
    places.set(group, place);
  }
  return places;
}

/** Each group's areas, in `shapes` order; areas the option does not assign are left out. */
function membersByGroup(shapes: Shapes, option: BoundaryOption): Map<string, Shapes[number][]> {
  const byGroup = new Map<string, Shapes[number][]>();
  for (const f of shapes) {
    const group = option.assignments[f.properties.code];
    if (!group) continue;
    const list = byGroup.get(group);
    if (list) list.push(f);
    else byGroup.set(group, [f]);
  }
  return byGroup;
}

/** An area's polygons projected in the cache's frame, made once per frame. */
function ringsOf(
  cache: FrameCache,
  f: Shapes[number],
  project: (p: [number, number]) => [number, number],
): Ring[][] {
  let rings = cache.rings.get(f.properties.code);
  if (!rings) {
    const polygons =
      f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    rings = polygons.map((polygon) => polygon.map((ring) => projectRing(ring, project)));
    cache.rings.set(f.properties.code, rings);
  }
  return rings;
}
