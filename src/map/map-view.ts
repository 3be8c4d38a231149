// The map as the rest of the app sees it: one small interface, two renderers behind it (SVG in
// ./svg, drawn at once and everywhere; MapLibre/WebGL in ./maplibre, loaded lazily as its own
// chunk). Only renderer-neutral types live here, so nothing outside a renderer's folder imports
// maplibre-gl or d3.
import type {FeatureCollection, MultiPolygon, Polygon} from 'geojson';
import type {Topology} from 'topojson-specification';
import type {FlowScale} from '../domain/flow-arrows';
import type {ChangedUnit} from '../domain/parts/changed-units';
import type {BoundaryOption, Part, RegionId, AreaCode} from '../domain/types';
import type {MapViewport} from '../state/store';

export interface TooltipContent {
  title: string;
  lines: string[];
}

/** A unit that changes region in a comparison: an area that moves whole, or a part that moves
 * without its area (parts/changed-units.ts). */
export type ChangedArea = ChangedUnit;

export type PartShapes = FeatureCollection<Polygon | MultiPolygon, Part>;

/** The parts' shapes and their topology (object `parts`), fetched lazily: what a renderer needs
 * to draw an area the option splits part by part (issue 19). */
export interface PartGeometry {
  shapes: PartShapes;
  topology: Topology;
}

export interface PartVisibility {
  all: boolean;
  area: AreaCode | null;
}

export interface FlowDrawing {
  /** Lines and arrowhead points from src/domain/flow-arrows.ts (flowArrowFeatures). */
  features: FeatureCollection;
  scale: FlowScale;
  /** Tooltip for the flow with this key ("origin>destination"). */
  describe(key: string): TooltipContent | null;
}

export interface MapLabel {
  text: string;
  /** CSS pixels from the map's top left. */
  x: number;
  y: number;
}

export interface MapSnapshot {
  /** The map's pixels as a PNG data URL, at the device pixel ratio. */
  dataUrl: string;
  /** CSS pixel size of the map. */
  width: number;
  height: number;
  pixelRatio: number;
  /** Labels to draw on top (the picture has none of its own); [] when they are in the pixels. */
  labels: MapLabel[];
}

export interface MapHandlers {
  onHover(area: AreaCode | null): void;
  onClick(area: AreaCode | null): void;
  /** A region's name on the map was clicked. */
  onRegionClick?(region: RegionId): void;
  /** After a move the user made (not a programmatic one). */
  onViewport?(viewport: MapViewport): void;
  /** The flow arrow under the pointer ("origin>destination"), or null when it leaves. */
  onFlowHover?(key: string | null): void;
}

/** "busy" from a change or a move until the renderer has drawn it, then "idle". */
export type DrawState = 'idle' | 'busy';

export interface MapView {
  /** "svg" or "webgl": which renderer this is. */
  readonly renderer: MapRenderer;
  /** Whether the latest change is on screen. */
  drawState(): DrawState;
  /** Calls `listener` each time the draw state changes. Returns the unsubscribe. */
  onDrawState(listener: (state: DrawState) => void): () => void;
  showOption(option: BoundaryOption): void;
  /** The parts to draw split areas with (null: none loaded). Each option shown, now or later,
   * that splits an area (parts/split-units.ts) is drawn part by part there: each part in its
   * region's colour, the lines between them, and region outlines along them. */
  showSplitParts(parts: PartGeometry | null): void;
  setFocused(area: AreaCode | null, content: TooltipContent | null): void;
  setSelected(area: AreaCode | null, region: RegionId | null): void;
  fitTo(bounds: [number, number, number, number]): void;
  /** Show this view; null fits England. */
  setViewport(viewport: MapViewport | null): void;
  /** The view shown now, with zoom in MapLibre's units (world = 512·2^zoom CSS px). */
  viewport(): MapViewport;
  /** Move the view by CSS pixels (positive: east and south), at once, as the user's move. */
  panBy(dx: number, dy: number): void;
  /** Zoom in (positive) or out by `delta` zoom levels around the middle, as the user's move. */
  zoomBy(delta: number): void;
  /** The map as drawn, for the PNG export. */
  snapshot(): Promise<MapSnapshot>;
  /** Hatch, outline and label the units that change region in a comparison; [] for none. A
   * part's hatch is drawn on its own shape once the parts are given (showSplitParts). */
  showChanges(changes: ChangedArea[]): void;
  /** part boundaries (fetched lazily, so passed in): all, one area's, or none. */
  showParts(shapes: PartShapes | null, visible: PartVisibility): void;
  /** Flow arrows (geometry from the domain), or null to hide them. */
  showFlows(drawing: FlowDrawing | null): void;
  /** Highlight one flow and show its tooltip; null for none. */
  highlightFlow(key: string | null): void;
  destroy(): void;
}

export type MapRenderer = 'svg' | 'webgl';

/** The browser cannot draw this renderer (no WebGL, context creation failed). */
export class MapUnavailableError extends Error {}
