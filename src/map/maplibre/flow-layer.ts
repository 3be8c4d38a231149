// Flow arrows on the map: a white casing, the curved line and an arrowhead icon per flow.
// Geometry comes ready-made from src/domain/flow-arrows.ts; the layers' look is in
// flow-layer-style.ts. This file shows, hides and highlights them, with the flow's tooltip.
import {
  Popup,
  type GeoJSONSource,
  type Map as MapLibreMap,
  type MapLayerMouseEvent,
  type PointLike,
} from 'maplibre-gl';
import type {FlowDrawing} from '../map-view';
import {LAYER, SOURCE} from './layer-ids';
import {tooltipElement} from './tooltip';
import {addFlowLayers, scaleFlowLayers} from './flow-layer-style';
import {exposeFlowsForTests} from './flow-test-window';

export class FlowLayer {
  private added = false;
  private drawing: FlowDrawing | null = null;
  private highlighted: string | null = null;
  private popup = new Popup({
    closeButton: false,
    closeOnClick: false,
    className: 'fp-tooltip',
    offset: 10,
    maxWidth: '280px',
  });

  constructor(
    private map: MapLibreMap,
    private onPointerFlow: (key: string | null) => void,
  ) {}

  /** (Re)install the browser tests' window into these layers. */
  expose(): void {
    exposeFlowsForTests(this.map, () => this.drawing);
  }

  show(drawing: FlowDrawing | null): void {
    this.drawing = drawing;
    if (!drawing) {
      if (this.added)
        for (const id of [LAYER.flowCasing, LAYER.flowLine, LAYER.flowHead])
          this.map.setLayoutProperty(id, 'visibility', 'none');
      this.popup.remove();
      return;
    }
    if (!this.added) this.add(drawing);
    else (this.map.getSource(SOURCE.flows) as GeoJSONSource).setData(drawing.features);
    scaleFlowLayers(this.map, drawing.scale);
    for (const id of [LAYER.flowCasing, LAYER.flowLine, LAYER.flowHead])
      this.map.setLayoutProperty(id, 'visibility', 'visible');
    this.highlight(this.highlighted);
  }

  /** Outline one flow in yellow (from the map pointer or from the flow list). */
  highlight(key: string | null): void {
    this.highlighted = key;
    if (!this.added) return;
    this.map.removeFeatureState({source: SOURCE.flows});
    if (!key || !this.drawing) {
      this.popup.remove();
      return;
    }
    let at: [number, number] | null = null;
    for (const f of this.drawing.features.features) {
      if (f.properties?.key !== key || f.id === undefined) continue;
      this.map.setFeatureState({source: SOURCE.flows, id: f.id}, {highlight: true});
      if (f.geometry.type === 'LineString')
        at = f.geometry.coordinates[Math.floor(f.geometry.coordinates.length / 2)] as [
          number,
          number,
        ];
    }
    const content = this.drawing.describe(key);
    // The key may not be in this drawing (filters changed) or have no description: no stale popup.
    if (at && content)
      this.popup
        .setLngLat(at)
        .setDOMContent(tooltipElement(content, 'flow-tooltip'))
        .addTo(this.map);
    else this.popup.remove();
  }

  /** Whether a flow is drawn under this screen point (the area tooltip then stays away). */
  flowAt(point: PointLike): string | null {
    if (!this.added || !this.drawing) return null;
    const hit = this.map.queryRenderedFeatures(point, {layers: [LAYER.flowHead, LAYER.flowCasing]});
    return (hit[0]?.properties?.key as string | undefined) ?? null;
  }

  private add(drawing: FlowDrawing): void {
    addFlowLayers(this.map, drawing.features);
    const enter = (e: MapLayerMouseEvent) => {
      this.map.getCanvas().style.cursor = 'pointer';
      this.onPointerFlow((e.features?.[0]?.properties?.key as string | undefined) ?? null);
    };
    const leave = () => {
      this.map.getCanvas().style.cursor = '';
      this.onPointerFlow(null);
    };
    for (const id of [LAYER.flowCasing, LAYER.flowHead]) {
      this.map.on('mousemove', id, enter);
      this.map.on('mouseleave', id, leave);
    }
    this.added = true;
  }
}
