// The map's view and the store's `viewport`, both ways, without a loop: only moves the user
// made (drag, wheel, keys, pinch) are reported, and a viewport the map already shows is not
// applied again.
import type {Map as MapLibreMap, MapLibreEvent} from 'maplibre-gl';
import type {MapViewport} from '../../state/store';

/** Calls `report` after each user-initiated move. Programmatic moves (fitting England,
 * applying a link) carry no originalEvent, so they never write back to the store. A wheel
 * zoom carries none either, so it is recognised by the wheel event just before it. */
export function watchUserViewport(map: MapLibreMap, report: (viewport: MapViewport) => void): void {
  let byUser = false;
  let wheelAt = -Infinity;
  map.on('wheel', () => (wheelAt = performance.now()));
  map.on('movestart', (e: MapLibreEvent<unknown>) => {
    byUser = Boolean(e.originalEvent) || performance.now() - wheelAt < 1000;
  });
  map.on('moveend', (e: MapLibreEvent<unknown>) => {
    if (byUser || e.originalEvent) report(currentViewport(map));
    byUser = false;
  });
}

export function currentViewport(map: MapLibreMap): MapViewport {
  const c = map.getCenter();
  return {center: [c.lng, c.lat], zoom: map.getZoom()};
}

/** True when two views are the same for the eye (and for the link's rounding). */
export function sameViewport(a: MapViewport, b: MapViewport): boolean {
  return (
    Math.abs(a.center[0] - b.center[0]) < 1e-4 &&
    Math.abs(a.center[1] - b.center[1]) < 1e-4 &&
    Math.abs(a.zoom - b.zoom) < 1e-2
  );
}

/** Moves the map to `viewport`. Instant: a link or Back/Forward should land, not fly. */
export function applyViewport(map: MapLibreMap, viewport: MapViewport): void {
  if (sameViewport(viewport, currentViewport(map))) return;
  map.jumpTo({center: viewport.center, zoom: viewport.zoom});
}
