// The SVG map's region names and "moves" labels laid out in CSS pixels, kept by what they are
// made from: a builder step that leaves every group's areas, the names and the frame as they
// were (a single part moved, or a step undone) reuses the layout, and any other step reuses the
// places of the groups it did not touch (group-places-cache.ts).
import type {Feature, MultiPolygon, Polygon} from 'geojson';
import {regionLabelSites} from '../../domain/region-shapes';
import type {Area, BoundaryOption} from '../../domain/types';
import {placeLabels, regionLabelInputs, type PlacedLabel} from '../label-layout';
import {cachedGroupPlaces} from '../group-places-cache';
import {changeText, placeChangeLabels, type PlacedChangeLabel} from '../change-label-layout';
import type {ChangedArea} from '../map-view';

type ToScreen = (p: [number, number]) => [number, number];
type Shapes = readonly Feature<Polygon | MultiPolygon, {code: string}>[];

export interface RegionLabelArgs {
  areas: Area[];
  shapes: Shapes;
  option: BoundaryOption;
  toScreen: ToScreen;
  /** Names `toScreen` exactly (the transform's "k,x,y"): the same frame, the same projection. */
  frame: string;
  /** User units per CSS pixel. */
  px: number;
  size: {width: number; height: number};
  changes: ChangedArea[];
}

/** Layouts kept per areas and shapes (each a few names; the places they hold are cached anyway). */
const MAX_LAYOUTS = 32;
const layouts = new WeakMap<Area[], WeakMap<Shapes, Map<string, PlacedLabel[]>>>();

/** The region names placed off each other and off the "moves" labels (label-layout.ts), in CSS
 * pixels; the same as placing them afresh, reused when made from the same inputs. */
export function regionLabelLayout(a: RegionLabelArgs): PlacedLabel[] {
  let byShapes = layouts.get(a.areas);
  if (!byShapes) layouts.set(a.areas, (byShapes = new WeakMap()));
  let byKey = byShapes.get(a.shapes);
  if (!byKey) byShapes.set(a.shapes, (byKey = new Map()));
  const key = layoutKey(a);
  let placed = byKey.get(key);
  if (!placed) {
    placed = placeRegionLabels(a);
    if (byKey.size >= MAX_LAYOUTS) byKey.clear();
    byKey.set(key, placed);
  }
  return placed;
}

/** Everything the layout reads besides the areas and shapes: frame and box, the option's names
 * (in order) and each area's and shape's group (in their order), and the "moves" labels. */
function layoutKey({areas, shapes, option, frame, px, size, changes}: RegionLabelArgs): string {
  return [
    frame,
    px,
    size.width,
    size.height,
    option.regions.map((r) => `${r.id}\t${r.name}`).join('\n'),
    areas.map((s) => option.assignments[s.code] ?? '').join('\n'),
    shapes.map((f) => option.assignments[f.properties.code] ?? '').join('\n'),
    changes.map((c) => `${c.code}\t${c.anchor.join(',')}\t${changeText(c)}`).join('\n'),
  ].join('\u0000');
}

function placeRegionLabels(a: RegionLabelArgs): PlacedLabel[] {
  const {px} = a;
  const screen = (at: [number, number]): [number, number] => {
    const [x, y] = a.toScreen(at);
    return [x / px, y / px];
  };
  const bounds = {x0: 0, y0: 0, x1: a.size.width / px, y1: a.size.height / px};
  const places = cachedGroupPlaces(a.shapes, a.option, screen, bounds, `${a.frame}/${px}`);
  const sites = regionLabelSites(a.areas, a.option);
  const inputs = regionLabelInputs(a.option.regions, sites, screen, places);
  const obstacles = placedChanges(a.changes, a.toScreen, px).map((c) => c.box);
  return placeLabels(inputs, {obstacles, bounds});
}

/** The "moves" labels placed off each other (change-label-layout.ts) in CSS pixels, from the
 * units' points in user units (`px` per CSS pixel); none beyond CHANGE_LABEL.maxShown. The same
 * boxes the region names keep off. */
export function placedChanges(
  changes: ChangedArea[],
  toScreen: ToScreen,
  px: number,
): PlacedChangeLabel[] {
  return placeChangeLabels(
    changes.map((c) => {
      const [x, y] = toScreen(c.anchor);
      return {id: c.code, text: changeText(c), x: x / px, y: y / px};
    }),
  );
}
