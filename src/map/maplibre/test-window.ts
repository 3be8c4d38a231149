// The WebGL map's window for the browser tests, beside the view (maplibre-view.ts) that
// installs it; the same names and shapes as the SVG map's (../svg/svg-hooks.ts).
import type {Map as MapLibreMap} from 'maplibre-gl';
import {exposeForTests} from '../test-hooks';
import {SOURCE} from './layer-ids';

/** A read-only window into the rendered map for the browser tests (what the map really
 * shows, not what the store says). */
export function exposeMapForTests(map: MapLibreMap, container: HTMLElement): void {
  exposeForTests('__footprintMap', {
    renderer: 'webgl',
    areaState: (code: string) => map.getFeatureState({source: SOURCE.areas, id: code}),
    project: (lngLat: [number, number]) => {
      const p = map.project(lngLat);
      const box = container.getBoundingClientRect();
      return {x: p.x + box.left, y: p.y + box.top};
    },
    zoom: () => map.getZoom(),
    center: () => map.getCenter().toArray(),
  });
}
