// The one SVG path maker: GeoJSON geometry → SVG path data, through the shared Web Mercator
// (src/domain/projection.ts) and d3-geo's geoPath. The live SVG renderer draws in world units at
// zoom 0 (its zoom is a transform on a group); the static maps draw in their own pixels.
import {geoPath} from 'd3-geo';
import type {Geometry} from 'geojson';
import {worldTransform, type WorldXy} from '../../domain/projection';

/** A function from geometry to SVG path data (`''` for an empty geometry), with coordinates
 * projected to world pixels, then through `screen`, rounded to `digits` decimals. */
export function svgPathMaker(
  screen: (xy: WorldXy) => WorldXy = (xy) => xy,
  digits = 3,
): (g: Geometry) => string {
  const path = geoPath(worldTransform(screen)).digits(digits);
  return (g) => path(g) ?? '';
}

/** Path data in whole pixels made compact for the prerendered page: consecutive repeats of a
 * point dropped (whole-pixel rounding makes many) and every point after a move written
 * relative to the one before ("l3-2"), which is about half the bytes of absolute pairs. */
export function compactPath(d: string): string {
  let out = '';
  let x = 0;
  let y = 0;
  for (const [, cmd, args] of d.matchAll(/([MLZ])([^MLZ]*)/gi)) {
    if (cmd === 'Z' || cmd === 'z') {
      out += 'z';
      continue;
    }
    const [px, py] = args!.split(',').map(Number) as [number, number];
    if (cmd === 'M') out += `M${px},${py}`;
    else if (px !== x || py !== y) out += `l${px - x}${py - y < 0 ? '' : ','}${py - y}`;
    x = px;
    y = py;
  }
  return out;
}
