// The flow layers' window for the browser tests, beside the layer (flow-layer.ts) that
// installs it: what the flow layers really render, not what the store says.
import type {Map as MapLibreMap} from 'maplibre-gl';
import {exposeForTests} from '../test-hooks';
import type {FlowDrawing} from '../map-view';
import {LAYER} from './layer-ids';

/** For the browser tests: what the flow layers really render (not what the store says). */
export function exposeFlowsForTests(map: MapLibreMap, drawing: () => FlowDrawing | null): void {
  const rendered = (layer: string) => {
    if (!map.getLayer(layer) || map.getLayoutProperty(layer, 'visibility') === 'none') return [];
    return [
      ...new Set(
        map.queryRenderedFeatures({layers: [layer]}).map((f) => f.properties.key as string),
      ),
    ].sort();
  };
  exposeForTests('__footprintFlows', {
    /** Keys ("origin>destination") of the arrows drawn, one per arrow. */
    arrows: () => rendered(LAYER.flowLine),
    /** Keys of the arrowheads drawn. */
    heads: () => rendered(LAYER.flowHead),
    /** The middle point of a drawn arrow's line [lon, lat], to point at it. */
    midpoint: (key: string): [number, number] | null => {
      const line = drawing()?.features.features.find(
        (f) => f.properties?.key === key && f.geometry.type === 'LineString',
      );
      if (!line || line.geometry.type !== 'LineString') return null;
      return line.geometry.coordinates[Math.floor(line.geometry.coordinates.length / 2)] as [
        number,
        number,
      ];
    },
    /** Key → whether the map draws it as crossing a region boundary. */
    crossing: () =>
      Object.fromEntries(
        map.getLayer(LAYER.flowLine)
          ? map
              .queryRenderedFeatures({layers: [LAYER.flowLine]})
              .map((f) => [f.properties.key, f.properties.crossRegion])
          : [],
      ),
  });
}
