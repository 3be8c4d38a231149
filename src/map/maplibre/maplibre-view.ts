// The WebGL renderer: the one place that holds a MapLibre map. Loaded lazily as its own chunk
// after the SVG map has painted; implements the same MapView as the SVG renderer. Opened by
// open-map.ts; its map's events are wired in map-events.ts.
import type {Map as MapLibreMap} from 'maplibre-gl';
import type {FootprintData} from '../../data/load';
import type {BoundaryOption, RegionId, AreaCode} from '../../domain/types';
import {regionLabelSites} from '../../domain/region-shapes';
import type {MapViewport} from '../../state/store';
import type {
  PartShapes,
  PartVisibility,
  ChangedArea,
  DrawState,
  FlowDrawing,
  MapHandlers,
  MapSnapshot,
  MapView,
  PartGeometry,
  TooltipContent,
} from '../map-view';
import {homeViewport} from '../home';
import {SOURCE} from './layer-ids';
import {RegionLabels} from './region-labels';
import {AreaTooltip} from './tooltip';
import {applyViewport, currentViewport} from './viewport';
import {snapshotMap} from './export-image';
import {ChangeLayer} from './change-layer';
import {PartLayer} from './part-outlines';
import {FlowLayer} from './flow-layer';
import {RegionOutlines} from './region-outlines';
import {SplitLayer} from './split-layer';
import {exposeMapForTests} from './test-window';
import {DrawStateSignal} from '../draw-state';
import {listenToMap, type ContextEvents} from './map-events';

export class MapLibreView implements MapView {
  readonly renderer = 'webgl' as const;
  private option: BoundaryOption | null = null;
  private focused: AreaCode | null = null;
  private selected: AreaCode | null = null;
  private labels: RegionLabels;
  private tooltip: AreaTooltip;
  private changes: ChangeLayer;
  private parts: PartLayer;
  private flows: FlowLayer;
  /** Region outlines and split areas (split-layer.ts), with the parts they are drawn with. */
  private split: SplitLayer;
  private splitParts: PartGeometry | null = null;
  private drawn = new DrawStateSignal('busy');

  constructor(
    private map: MapLibreMap,
    private data: FootprintData,
    private handlers: MapHandlers,
    private container: HTMLElement,
    context: ContextEvents,
  ) {
    this.labels = new RegionLabels(map, (region) => handlers.onRegionClick?.(region));
    this.tooltip = new AreaTooltip(map, container);
    this.changes = new ChangeLayer(map);
    this.parts = new PartLayer(map);
    this.flows = new FlowLayer(map, (key) => handlers.onFlowHover?.(key));
    this.split = new SplitLayer(map, new RegionOutlines(map, data));
    listenToMap(map, handlers, this.flows, this.drawn, context);
  }

  /** (Re)install the browser tests' windows into this map (after the SVG map stood in). */
  exposeForTests(): void {
    exposeMapForTests(this.map, this.container);
    this.flows.expose();
    this.changes.expose();
    this.split.expose();
  }

  drawState(): DrawState {
    return this.drawn.get();
  }

  onDrawState(listener: (state: DrawState) => void): () => void {
    return this.drawn.subscribe(listener);
  }

  showOption(option: BoundaryOption): void {
    this.changes.fadeBetween(this.option, option, this.data.areas);
    this.option = option;
    const colours = new Map(option.regions.map((r) => [r.id, r.colour]));
    for (const area of this.data.areas) {
      const region = option.assignments[area.code];
      this.setState(area.code, {
        colour: region ? colours.get(region) : null,
        region: region ?? null,
      });
    }
    this.split.show(option, this.splitParts);
    this.labels.show(
      option,
      regionLabelSites(this.data.areas, option),
      this.data.areaShapes.features,
    );
    this.busy();
  }

  showSplitParts(parts: PartGeometry | null): void {
    this.splitParts = parts;
    if (this.option) this.split.show(this.option, parts);
    this.busy();
  }

  setFocused(area: AreaCode | null, content: TooltipContent | null): void {
    if (this.focused) this.setState(this.focused, {focused: false});
    this.focused = area;
    if (area) this.setState(area, {focused: true});
    const anchor = area ? this.data.areas.find((s) => s.code === area)?.anchor : undefined;
    this.tooltip.show(anchor && content ? {anchor, content} : null);
    this.busy();
  }

  setSelected(area: AreaCode | null, region: RegionId | null): void {
    if (this.selected) this.setState(this.selected, {selected: false});
    this.selected = area;
    if (area) this.setState(area, {selected: true});
    for (const s of this.data.areas) {
      const dimmed = region !== null && this.option?.assignments[s.code] !== region;
      this.setState(s.code, {dimmed});
    }
    this.split.setRegion(region);
    this.busy();
  }

  fitTo(bounds: [number, number, number, number]): void {
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    // Zooming to a selection changes what the user sees, so it is their view from now on: save
    // it like a user move, or a copied link would carry an older view (or none).
    const report = this.handlers.onViewport;
    if (report) this.map.once('moveend', () => report(currentViewport(this.map)));
    this.map.fitBounds(bounds, {padding: 40, duration: reduce ? 0 : 600, maxZoom: 9});
    this.busy();
  }

  setViewport(viewport: MapViewport | null): void {
    const box = this.map.getContainer();
    applyViewport(
      this.map,
      viewport ?? homeViewport(this.data.geography.bounds, box.clientWidth, box.clientHeight),
    );
    this.busy();
  }

  viewport(): MapViewport {
    return currentViewport(this.map);
  }

  panBy(dx: number, dy: number): void {
    this.map.panBy([dx, dy], {duration: 0});
    this.handlers.onViewport?.(currentViewport(this.map));
    this.busy();
  }

  zoomBy(delta: number): void {
    this.map.zoomTo(this.map.getZoom() + delta, {duration: 0});
    this.handlers.onViewport?.(currentViewport(this.map));
    this.busy();
  }

  snapshot(): Promise<MapSnapshot> {
    const labels = this.labels.placed();
    return snapshotMap(this.map, labels);
  }

  showChanges(changes: ChangedArea[]): void {
    this.changes.show(changes);
    this.labels.setChanges(changes);
    this.busy();
  }

  showParts(shapes: PartShapes | null, visible: PartVisibility): void {
    this.parts.show(shapes, visible);
    this.busy();
  }

  showFlows(drawing: FlowDrawing | null): void {
    this.flows.show(drawing);
    this.busy();
  }

  highlightFlow(key: string | null): void {
    this.flows.highlight(key);
    this.busy();
  }

  destroy(): void {
    // After a context restore MapLibre is reloading its style, and style calls would throw:
    // only the change labels (HTML markers) need removing, and map.remove() does the rest.
    try {
      this.changes.show([]);
    } catch {
      this.changes.removeLabels();
    }
    this.labels.clear();
    this.tooltip.show(null);
    this.map.remove();
  }

  private setState(area: AreaCode, state: Record<string, unknown>): void {
    this.map.setFeatureState({source: SOURCE.areas, id: area}, state);
  }

  /** Busy now (connect.ts and, through it, the tests wait for idle); MapLibre's next idle
   * sets it back. */
  private busy(): void {
    this.drawn.set('busy');
    this.map.triggerRepaint();
  }
}
