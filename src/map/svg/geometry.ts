// The SVG renderer's shapes in world units at zoom 0 (see src/domain/projection.ts), made once
// per data set (STPs, neighbouring countries) or per option (region outlines) and reused by
// every frame: zooming is a transform on the group that holds them, never new path data.
import type {FootprintData} from '../../data/load';
import {regionOutlines} from '../../domain/region-shapes';
import type {BoundaryOption, StpCode} from '../../domain/types';
import type {CcgShapes} from '../map-view';
import {svgPathMaker} from './paths';

export interface BaseGeometry {
  stps: {code: StpCode; d: string}[];
  context: string;
  /** Region outlines by option (filled on first use). */
  outlines: WeakMap<BoundaryOption, string>;
}

/** World units are tiny (England is about 12 wide at zoom 0): 4 decimals keep ~0.2 px at zoom 9. */
const worldPath = svgPathMaker(undefined, 4);

const cache = new WeakMap<FootprintData, BaseGeometry>();

/** Path data for every STP (in data order) and the neighbouring countries, cached per data set. */
export function baseGeometry(data: Pick<FootprintData, 'stpShapes' | 'context'>): BaseGeometry {
  const key = data as FootprintData;
  let g = cache.get(key);
  if (!g) {
    g = {
      stps: data.stpShapes.features.map((f) => ({code: f.properties.code, d: worldPath(f.geometry)})),
      context: data.context.features.map((f) => worldPath(f.geometry)).join(''),
      outlines: new WeakMap(),
    };
    cache.set(key, g);
  }
  return g;
}

/** The lines between regions of `option` and the coast, as path data. */
export function outlinePath(data: Pick<FootprintData, 'stpTopology' | 'stpShapes' | 'context'>, option: BoundaryOption): string {
  const g = baseGeometry(data);
  let d = g.outlines.get(option);
  if (d === undefined) {
    d = worldPath(regionOutlines(data.stpTopology as never, option));
    g.outlines.set(option, d);
  }
  return d;
}

const ccgCache = new WeakMap<CcgShapes, {code: string; stp: StpCode; d: string}[]>();

/** CCG boundary paths with their STP, cached per CCG file. */
export function ccgPaths(shapes: CcgShapes): {code: string; stp: StpCode; d: string}[] {
  let paths = ccgCache.get(shapes);
  if (!paths) {
    paths = shapes.features.map((f) => ({code: f.properties.code, stp: f.properties.stpCode, d: worldPath(f.geometry)}));
    ccgCache.set(shapes, paths);
  }
  return paths;
}
