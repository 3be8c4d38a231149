// Opening the WebGL map: constructs the MapLibre map (the worker and styles it needs come in
// with this chunk) and resolves with the view (maplibre-view.ts) once the style has loaded.
import {Map as MapLibreMap, setWorkerUrl} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import '../../ui/styles/maplibre.css';
import type {FootprintData} from '../../data/load';
import type {MapViewport} from '../../state/store';
import {MapUnavailableError, type MapHandlers} from '../map-view';
import {buildStyle} from './style';
import {whenLoaded} from './when-loaded';
import {MapLibreView} from './maplibre-view';
import type {ContextEvents} from './map-events';

// MapLibre 6 resolves its worker relative to its own module; Vite moves that, so say where it is.
setWorkerUrl(workerUrl);

/** A MapLibre view in `container`, starting at `start` (the SVG map's view, so the swap is
 * seamless). Rejects with MapUnavailableError where WebGL is missing or fails. */
export function createMapLibreView(
  container: HTMLElement,
  data: FootprintData,
  handlers: MapHandlers,
  start: MapViewport,
  context: ContextEvents,
): Promise<MapLibreView> {
  let map: MapLibreMap;
  // For npm run bench: when the first map was constructed (its idle's floor, bench-usable.ts).
  if (performance.getEntriesByName('footprint:map-created').length === 0)
    performance.mark('footprint:map-created');
  try {
    map = new MapLibreMap({
      container,
      style: buildStyle(data),
      center: start.center,
      zoom: start.zoom,
      maxBounds: [-14, 48, 8, 62],
      attributionControl: false,
      dragRotate: false,
      // The map box (src/ui/MapPanel.tsx) takes the keys for both renderers: one focus stop.
      keyboard: false,
      pitchWithRotate: false,
      touchPitch: false,
    });
  } catch (err) {
    throw new MapUnavailableError((err as Error).message);
  }
  map.touchZoomRotate.disableRotation();
  map.getCanvas().removeAttribute('tabindex');
  return whenLoaded(
    map,
    () => new MapLibreView(map, data, handlers, container, context),
    (message) => new MapUnavailableError(message),
  );
}
