// Build step helper for prerender.tsx: what the prerendered map's early script
// (src/map/early/early-map.ts) needs to move between areas with Shift+arrow exactly as the app
// does (src/domain/area-steps.ts), written into the SVG so that script needs no data file:
// each area's interior point on the flat map, its neighbours, and where a first move starts.
import type {Area, AreaCode} from '../src/domain/types';
import {areaNeighbours} from '../src/domain/adjacency';
import {nearestOnMap, type FlatPoint} from '../src/domain/area-steps';
import {toWorld} from '../src/domain/projection';
import {STEP_ATTRIBUTES} from '../src/map/early/step-attributes';

/**
 * `svg` (the prerendered map's markup) with the step attributes added. `areas` give the interior
 * points ([lon, lat]), `topology` the areas' shared borders, `centre` the middle of the drawn
 * frame in world pixels (where the app's first Shift+arrow starts: keyboard.ts).
 */
export function withSteps(
  svg: string,
  areas: readonly Pick<Area, 'code' | 'anchor'>[],
  topology: Parameters<typeof areaNeighbours>[0],
  centre: FlatPoint,
): string {
  const points = new Map<AreaCode, FlatPoint>(areas.map((a) => [a.code, toWorld(a.anchor)]));
  const neighbours = areaNeighbours(topology);
  const at = (code: string) => {
    const p = points.get(code);
    return p ? `${p[0].toFixed(3)} ${p[1].toFixed(3)}` : '';
  };
  const start = nearestOnMap(centre, points) ?? '';
  return svg
    .replace(
      /(<path class="fp-svgmap__area[^"]*" data-code="([^"]+)")/g,
      (_, open: string, code: string) =>
        `${open} ${STEP_ATTRIBUTES.point}="${at(code)}" ${STEP_ATTRIBUTES.neighbours}="${(neighbours.get(code) ?? []).join(' ')}"`,
    )
    .replace('data-layer="areas"', `data-layer="areas" ${STEP_ATTRIBUTES.start}="${start}"`);
}
