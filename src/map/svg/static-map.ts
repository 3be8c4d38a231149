// A static SVG map of one option, for the board pack and the side-by-side comparison. Print
// needs vector shapes that stay sharp on paper, and both need several maps at once, which
// WebGL canvases give neither of; the shapes are few (42 areas), so plain paths in Web
// Mercator are enough. Paths come from the same path maker as the live SVG renderer.
import type {MultiLineString, Position} from 'geojson';
import type {Topology} from 'topojson-specification';
import type {FootprintData} from '../../data/load';
import {boundsOf} from '../../domain/bounds';
import {toWorld, type WorldXy} from '../../domain/projection';
import {svgPathMaker} from './paths';
import {COLOURS} from '../draw-spec';
import {regionLabelSites, regionOutlines} from '../../domain/region-shapes';
import {regionLabelInputs, type LabelInput} from '../label-layout';
import {groupPlaces} from '../group-inside';
import type {BoundaryOption} from '../../domain/types';
import type {PartGeometry} from '../map-view';
import {splitOf} from '../split-parts';

export interface SvgMap {
  width: number;
  height: number;
  areas: {code: string; name: string; d: string; colour: string}[];
  /** The parts of the areas the option splits (issue 19), each in its region's colour; [] for none. */
  parts: {code: string; d: string; colour: string}[];
  outline: string;
  /** Path data of any loaded part by code (a part moving in a comparison is hatched on its own
   * shape, split or not under this option); null for an unknown code or before parts load. */
  partPath: (code: string) => string | null;
  /** The zoom (MapLibre's units) the whole map is drawn at, for the line widths of draw-spec.ts. */
  zoom: number;
  labels: LabelInput[];
  /** [lon, lat] → SVG user units, for placing anything else on the map. */
  project: (p: Position) => [number, number];
}

/** An SVG viewBox: x, y, width, height in the map's user units. */
export type ViewBox = [number, number, number, number];

/** A projection that fits [west, south, east, north] into `width` pixels, keeping the shape:
 * the shared Web Mercator (src/domain/projection.ts), scaled and shifted. */
export function fitProjection([w, s, e, n]: [number, number, number, number], width: number) {
  const [x0, y1] = toWorld([w, s]);
  const [x1, y0] = toWorld([e, n]);
  const k = width / (x1 - x0);
  const height = Math.ceil((y1 - y0) * k);
  const screen = ([x, y]: WorldXy): [number, number] => [(x - x0) * k, (y - y0) * k];
  const project = (p: Position): [number, number] => screen(toWorld([p[0]!, p[1]!]));
  return {project, screen, height, zoom: Math.log2(k)};
}

/** `option` drawn `width` pixels wide; with the loaded `parts`, the areas it splits are drawn
 * part by part (parts/split-units.ts) and the region outlines follow their parts. */
export function svgMap(
  data: FootprintData,
  option: BoundaryOption,
  width = 520,
  parts: PartGeometry | null = null,
): SvgMap {
  const all = new Set(data.areas.map((s) => s.code));
  const bounds = boundsOf(data.areaShapes, all) ?? data.geography.bounds;
  const {project, screen, height, zoom} = fitProjection(bounds, width);
  const path = svgPathMaker(screen, 1);
  const colours = new Map(option.regions.map((r) => [r.id, r.colour]));
  const split = parts ? splitOf(option, parts) : null;
  const finer = split && parts ? {topology: parts.topology, units: split} : null;
  const outline: MultiLineString = regionOutlines(
    data.areaTopology as unknown as Topology,
    option,
    finer,
  );
  const colourOf = (region: string | undefined) => colours.get(region ?? '') ?? COLOURS.noRegion;
  const partShapes = new Map(parts?.shapes.features.map((f) => [f.properties.code, f.geometry]));
  return {
    width,
    height,
    areas: data.areaShapes.features.map((f) => ({
      code: f.properties.code,
      name: f.properties.name,
      d: path(f.geometry),
      colour: colourOf(option.assignments[f.properties.code]),
    })),
    parts: (split?.parts ?? []).flatMap((p) => {
      const shape = partShapes.get(p.code);
      return shape ? [{code: p.code, d: path(shape), colour: colourOf(p.regionId)}] : [];
    }),
    outline: path(outline),
    partPath: (code) => {
      const shape = partShapes.get(code);
      return shape ? path(shape) : null;
    },
    zoom,
    project,
    labels: regionLabelInputs(
      option.regions,
      regionLabelSites(data.areas, option),
      project,
      groupPlaces(data.areaShapes.features, option, project, {x0: 0, y0: 0, x1: width, y1: height}),
    ),
  };
}

/** The box around some areas, padded by `pad` of its size on each side and widened or heightened
 * to the whole map's aspect ratio, so a zoomed map keeps its frame. Null if no code matches. */
export function viewBoxAround(
  data: FootprintData,
  map: SvgMap,
  codes: ReadonlySet<string>,
  pad = 0.6,
): ViewBox | null {
  const bounds = boundsOf(data.areaShapes, codes);
  if (!bounds) return null;
  const [x0, y1] = map.project([bounds[0], bounds[1]]);
  const [x1, y0] = map.project([bounds[2], bounds[3]]);
  let w = (x1 - x0) * (1 + 2 * pad);
  let h = (y1 - y0) * (1 + 2 * pad);
  const aspect = map.width / map.height;
  if (w / h < aspect) w = h * aspect;
  else h = w / aspect;
  // Never wider than the whole map: zooming out past England shows nothing more.
  if (w > map.width) return [0, 0, map.width, map.height];
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return [cx - w / 2, cy - h / 2, w, h];
}
