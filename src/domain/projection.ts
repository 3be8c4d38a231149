// The one Web Mercator of the app (d3-geo's geoMercator), in MapLibre's "world" units: at zoom 0
// the whole world is 512 × 512 CSS pixels, and zoom z multiplies that by 2^z. The SVG renderer,
// the static SVG maps and the flow arrows all project through here, so a point lands on the
// same pixel whichever renderer draws it, and MapLibre can take over at exactly the same view.
import {geoMercator, geoTransform, type GeoStreamWrapper} from 'd3-geo';

export type LonLat = [number, number];
export type WorldXy = [number, number];

/** The world is this many CSS pixels wide at zoom 0 (MapLibre's tile size). */
export const WORLD_SIZE = 512;

const mercator = geoMercator()
  .scale(WORLD_SIZE / (2 * Math.PI))
  .translate([WORLD_SIZE / 2, WORLD_SIZE / 2]);

/** [lon, lat] in degrees → world pixels at zoom 0 (x east, y south). Latitudes beyond ±85°
 * are clamped, as Web Mercator cannot show the poles. */
export function toWorld([lon, lat]: LonLat): WorldXy {
  return mercator([lon, Math.max(-85, Math.min(85, lat))]) as WorldXy;
}

/** World pixels at zoom 0 → [lon, lat] in degrees. */
export function fromWorld(xy: WorldXy): LonLat {
  return mercator.invert!(xy) as LonLat;
}

/** A planar d3 stream transform that projects through `toWorld` and then `screen`: no spherical
 * clipping or resampling, so ring winding (RFC 7946 counter-clockwise) does not matter. */
export function worldTransform(screen: (xy: WorldXy) => WorldXy = (xy) => xy): GeoStreamWrapper {
  return geoTransform({
    point(this: {stream: {point(x: number, y: number): void}}, lon: number, lat: number) {
      const [x, y] = screen(toWorld([lon, lat]));
      this.stream.point(x, y);
    },
  });
}

/** A view: the world point at the middle of the box, and the zoom (2^zoom × world pixels). */
export interface WorldView {
  center: LonLat;
  zoom: number;
}

/** [west, south, east, north] in degrees. */
export type LonLatBounds = [number, number, number, number];

/** The view that fits `bounds` into a `width` × `height` CSS pixel box, leaving `padding`
 * pixels on each side, or (with `relativePad`) the bounds grown by that share of their size per
 * side, as an SVG viewBox with "meet" would show them. Zoom is capped at `maxZoom`. */
export function fitView(
  bounds: LonLatBounds,
  width: number,
  height: number,
  {
    padding = 0,
    relativePad = 0,
    maxZoom = 22,
  }: {padding?: number; relativePad?: number; maxZoom?: number} = {},
): WorldView {
  const [x0, y1] = toWorld([bounds[0], bounds[1]]);
  const [x1, y0] = toWorld([bounds[2], bounds[3]]);
  const w = (x1 - x0) * (1 + 2 * relativePad);
  const h = (y1 - y0) * (1 + 2 * relativePad);
  const k = Math.min(Math.max(1, width - 2 * padding) / w, Math.max(1, height - 2 * padding) / h);
  return {center: fromWorld([(x0 + x1) / 2, (y0 + y1) / 2]), zoom: Math.min(maxZoom, Math.log2(k))};
}

/** England's home view pads its bounds by this share per side (prerendered viewBox and live maps alike). */
export const HOME_PAD = 0.03;

/** The world box [x, y, width, height] at zoom 0 that `fitView(bounds, …, {relativePad})` shows
 * with "meet": the prerendered map's viewBox. */
export function worldBox(bounds: LonLatBounds, relativePad = 0): [number, number, number, number] {
  const [x0, y1] = toWorld([bounds[0], bounds[1]]);
  const [x1, y0] = toWorld([bounds[2], bounds[3]]);
  const dx = (x1 - x0) * relativePad;
  const dy = (y1 - y0) * relativePad;
  return [x0 - dx, y0 - dy, x1 - x0 + 2 * dx, y1 - y0 + 2 * dy];
}
