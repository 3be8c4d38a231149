// The WebGL renderer: the one place that holds a MapLibre map. Loaded lazily as its own chunk
// after the SVG map has painted; implements the same MapView as the SVG renderer.
import {Map as MapLibreMap, setWorkerUrl, type MapLayerMouseEvent} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import '../../ui/styles/maplibre.css';
import type {FootprintData} from '../../data/load';
import type {BoundaryOption, RegionId, AreaCode} from '../../domain/types';
import {regionLabelSites} from '../../domain/region-shapes';
import type {MapViewport} from '../../state/store';
import {
  MapUnavailableError,
  type PartShapes,
  type PartVisibility,
  type ChangedArea,
  type DrawState,
  type FlowDrawing,
  type MapHandlers,
  type MapSnapshot,
  type MapView,
  type PartGeometry,
  type TooltipContent,
} from '../map-view';
import {homeViewport} from '../home';
import {LAYER, SOURCE} from './layer-ids';
import {buildStyle} from './style';
import {RegionLabels} from './region-labels';
import {AreaTooltip} from './tooltip';
import {applyViewport, currentViewport, watchUserViewport} from './viewport';
import {snapshotMap} from './export-image';
import {ChangeLayer} from './change-layer';
import {PartLayer} from './part-outlines';
import {FlowLayer} from './flow-layer';
import {RegionOutlines} from './region-outlines';
import {SplitLayer} from './split-layer';
import {whenLoaded} from './when-loaded';
import {exposeMapForTests} from './test-window';
import {DrawStateSignal} from '../draw-state';

// MapLibre 6 resolves its worker relative to its own module; Vite moves that, so say where it is.
setWorkerUrl(workerUrl);

/** Called when the WebGL context is lost (the view cannot draw until restored) and when it is
 * restored (the view has redrawn everything it showed). */
export interface ContextEvents {
  onLost(): void;
  onRestored(): void;
}

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
    // Over a flow arrow, the flow's tooltip shows instead of the area's.
    map.on('mousemove', LAYER.areaFill, (e: MapLayerMouseEvent) =>
      handlers.onHover(this.flows.flowAt(e.point) ? null : areaAt(e)),
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
    map.on('movestart', () => this.drawn.set('busy'));
    map.on('idle', () => {
      this.drawn.set('idle');
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

function areaAt(e: MapLayerMouseEvent): AreaCode | null {
  return (e.features?.[0]?.properties?.code as string | undefined) ?? null;
}
