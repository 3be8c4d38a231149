// The one SVG path maker: GeoJSON geometry → SVG path data, through the shared Web Mercator
// (src/domain/projection.ts) and d3-geo's geoPath. The live SVG renderer draws in world units at
// zoom 0 (its zoom is a transform on a group); the static maps draw in their own pixels.
import {geoPath} from 'd3-geo';
import type {Geometry} from 'geojson';
import {worldTransform, type WorldXy} from '../../domain/projection';

/** A function from geometry to SVG path data (`''` for an empty geometry), with coordinates
 * projected to world pixels, then through `screen`, rounded to `digits` decimals. */
export function svgPathMaker(screen: (xy: WorldXy) => WorldXy = (xy) => xy, digits = 3): (g: Geometry) => string {
  const path = geoPath(worldTransform(screen)).digits(digits);
  return (g) => path(g) ?? '';
}
