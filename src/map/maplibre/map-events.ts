// The WebGL map's own events turned into the MapView's: pointer over and clicks on areas, the
// draw state (busy while moving, idle when MapLibre is) and a lost or restored WebGL context.
import type {Map as MapLibreMap, MapLayerMouseEvent} from 'maplibre-gl';
import type {AreaCode} from '../../domain/types';
import type {MapHandlers} from '../map-view';
import type {DrawStateSignal} from '../draw-state';
import {LAYER} from './layer-ids';
import type {FlowLayer} from './flow-layer';
import {watchUserViewport} from './viewport';

/** Called when the WebGL context is lost (the view cannot draw until restored) and when it is
 * restored (the view has redrawn everything it showed). */
export interface ContextEvents {
  onLost(): void;
  onRestored(): void;
}

/** Listen to `map` for the view's handlers, its draw state `drawn` and `context`; `flows` says
 * whether a flow arrow is under the pointer (its tooltip then shows instead of the area's). */
export function listenToMap(
  map: MapLibreMap,
  handlers: MapHandlers,
  flows: FlowLayer,
  drawn: DrawStateSignal,
  context: ContextEvents,
): void {
  // Over a flow arrow, the flow's tooltip shows instead of the area's.
  map.on('mousemove', LAYER.areaFill, (e: MapLayerMouseEvent) =>
    handlers.onHover(flows.flowAt(e.point) ? null : areaAt(e)),
  );
  map.on('mouseleave', LAYER.areaFill, () => handlers.onHover(null));
  map.on('click', (e) => {
    const hit = map.queryRenderedFeatures(e.point, {layers: [LAYER.areaFill]});
    // Region names are HTML markers over the canvas: their own listener selects the region, and
    // the click must not also select (or clear) the area underneath.
    if ((e.originalEvent.target as HTMLElement | null)?.closest?.('[data-region-id]')) return;
    handlers.onClick((hit[0]?.properties?.code as string | undefined) ?? null);
  });
  // A move (a user's wheel or drag, or a fit) is work in progress too: without this, a test
  // waiting for "idle" right after a wheel zoom could read the view mid-animation.
  map.on('movestart', () => drawn.set('busy'));
  map.on('idle', () => {
    drawn.set('idle');
    // For npm run bench: when the first full map was on screen.
    if (performance.getEntriesByName('footprint:map-idle').length === 0)
      performance.mark('footprint:map-idle');
  });
  if (handlers.onViewport) watchUserViewport(map, handlers.onViewport);
  // A lost context draws nothing; MapLibre rebuilds its GPU state on restore but not the
  // feature-state colours, so the owner re-applies everything (see connect.ts).
  map.on('webglcontextlost', () => context.onLost());
  map.on('webglcontextrestored', () => context.onRestored());
}

function areaAt(e: MapLayerMouseEvent): AreaCode | null {
  return (e.features?.[0]?.properties?.code as string | undefined) ?? null;
}
