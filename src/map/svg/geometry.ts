// The SVG renderer's shapes in world units at zoom 0 (see src/domain/projection.ts), made once
// per data set (areas, neighbouring countries) or per option (region outlines) and reused by
// every frame: zooming is a transform on the group that holds them, never new path data.
import type {Geometry} from 'geojson';
import type {FootprintData} from '../../data/load';
import {outerEdge, regionBorders} from '../../domain/region-shapes';
import type {SplitDrawing} from '../../domain/parts/split-units';
import type {BoundaryOption, AreaCode} from '../../domain/types';
import type {PartShapes, PartGeometry} from '../map-view';
import {compactPath, svgPathMaker} from './paths';

export interface BaseGeometry {
  areas: {code: AreaCode; d: string}[];
  context: string;
  /** Region outlines by option (filled on first use). */
  outlines: WeakMap<BoundaryOption, string>;
  /** The same by the areas' regions (assignmentKey): a builder step makes a new option object
   * whose outline is often one seen before (undo, redo, a move back). */
  outlinesByPlacing: Map<string, string>;
  /** The coast and land border, the same for every option. */
  coast?: string;
  path: (g: Geometry) => string;
}

/** World units are tiny (England is about 12 wide at zoom 0): 4 decimals keep ~0.2 px at zoom 9. */
const worldPath = svgPathMaker(undefined, 4);

/** A fixed frame for the prerendered map: screen = world · k + (x, y), whole pixels (half the
 * bytes of world units, and no visible difference at first paint). */
export interface PixelFrame {
  k: number;
  x: number;
  y: number;
}

const cache = new WeakMap<object, Map<string, BaseGeometry>>();

/** Path data for every area (in data order) and the neighbouring countries, in world units (or
 * in `frame`'s whole pixels), cached per data set and frame. */
export function baseGeometry(
  data: Pick<FootprintData, 'areaShapes' | 'context'>,
  frame?: PixelFrame,
): BaseGeometry {
  const key = frame ? `${frame.k},${frame.x},${frame.y}` : 'world';
  let byFrame = cache.get(data);
  if (!byFrame) cache.set(data, (byFrame = new Map()));
  let g = byFrame.get(key);
  if (!g) {
    const pixels =
      frame && svgPathMaker(([x, y]) => [x * frame.k + frame.x, y * frame.k + frame.y], 0);
    const path = pixels ? (geometry: Geometry) => compactPath(pixels(geometry)) : worldPath;
    g = {
      areas: data.areaShapes.features.map((f) => ({code: f.properties.code, d: path(f.geometry)})),
      context: data.context.features.map((f) => path(f.geometry)).join(''),
      outlines: new WeakMap(),
      outlinesByPlacing: new Map(),
      path,
    };
    byFrame.set(key, g);
  }
  return g;
}

/** The lines between regions of `option` and the coast, as path data in `frame` (or world units).
 * With `split` (the option's split areas and the parts they are drawn with), the lines touching
 * a split area follow its parts (outline-rule.ts). */
export function outlinePath(
  data: Pick<FootprintData, 'areaTopology' | 'areaShapes' | 'context'>,
  option: BoundaryOption,
  frame?: PixelFrame,
  split?: {drawing: SplitDrawing; parts: PartGeometry} | null,
): string {
  const g = baseGeometry(data, frame);
  const cached = split ? splitOutlines.get(split.drawing) : g.outlines.get(option);
  if (cached !== undefined) return cached;
  // Without split areas the lines follow only which region each area is in (outline-rule.ts).
  const placing = split ? null : assignmentKey(data.areaShapes, option);
  const seen = placing === null ? undefined : g.outlinesByPlacing.get(placing);
  // The coast's path is made once per frame; only the borders between regions change.
  g.coast ??= g.path(outerEdge(data.areaTopology as never));
  const finer = split ? {topology: split.parts.topology, units: split.drawing} : null;
  const d = seen ?? g.coast + g.path(regionBorders(data.areaTopology as never, option, finer));
  if (split) splitOutlines.set(split.drawing, d);
  else g.outlines.set(option, d);
  if (placing !== null && seen === undefined) {
    if (g.outlinesByPlacing.size >= MAX_PLACINGS) g.outlinesByPlacing.clear();
    g.outlinesByPlacing.set(placing, d);
  }
  return d;
}

/** Outlines kept by placing per frame (each is a path string of tens of KB at most). */
const MAX_PLACINGS = 32;

/** Which region each area is in, in the data's area order: two options with the same key have
 * the same region outlines. O(areas). */
function assignmentKey(
  areaShapes: Pick<FootprintData, 'areaShapes'>['areaShapes'],
  option: BoundaryOption,
): string {
  return areaShapes.features.map((f) => option.assignments[f.properties.code] ?? '').join('\n');
}

/** Split outlines in world units, by drawing (each drawing is made once per option and parts). */
const splitOutlines = new WeakMap<SplitDrawing, string>();

const partCache = new WeakMap<PartShapes, {code: string; area: AreaCode; d: string}[]>();

/** part boundary paths with their area, cached per part file. */
export function partPaths(shapes: PartShapes): {code: string; area: AreaCode; d: string}[] {
  let paths = partCache.get(shapes);
  if (!paths) {
    paths = shapes.features.map((f) => ({
      code: f.properties.code,
      area: f.properties.areaCode,
      d: worldPath(f.geometry),
    }));
    partCache.set(shapes, paths);
  }
  return paths;
}
