// The SVG renderer as a MapView: every call changes one immutable Scene, which the <SvgMap>
// component renders (useSyncExternalStore, so each change is drawn before the next paint).
// Pan and zoom are d3-zoom's (wheel, drag, pinch); the map's keys are in ../keyboard.ts.
import {select, type Selection} from 'd3-selection';
import {zoom as d3zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior} from 'd3-zoom';
import type {FootprintData} from '../../data/load';
import {fitView, fromWorld, toWorld, type WorldView} from '../../domain/projection';
import type {BoundaryOption, RegionId, AreaCode} from '../../domain/types';
import type {MapViewport} from '../../state/store';
import {homeViewport} from '../home';
import {afterNextFrame} from '../first-paint';
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
import {EMPTY_SCENE, fadingBetween, sameScene, transformOf, type Scene} from './scene';
import {snapshotSvg} from './snapshot';

const NO_HANDLERS: MapHandlers = {onHover: () => undefined, onClick: () => undefined};

export class SvgMapView implements MapView {
  readonly renderer = 'svg' as const;
  private scene: Scene = EMPTY_SCENE;
  private listeners = new Set<() => void>();
  private handlers: MapHandlers = NO_HANDLERS;
  private svg: Selection<SVGSVGElement, unknown, null, undefined> | null = null;
  private behaviour: ZoomBehavior<SVGSVGElement, unknown> | null = null;
  private resize: ResizeObserver | null = null;
  /** The view asked for last (null: England), kept across resizes. */
  private wanted: MapViewport | null = null;
  /** Whether the map has been drawn on screen since it was attached: until then there is
   * nothing the user saw to fade from. */
  private seen = false;

  /** `option`: the option on screen now, so the first frame is coloured like the prerendered map.
   * `size`: the map box's size in CSS pixels when known before the first render (the
   * prerendered map's box, first-paint.ts): the first render is then drawn at that size, in the
   * home view, and the box is measured only by its ResizeObserver, with no forced layout. */
  constructor(
    private data: Pick<FootprintData, 'areas' | 'areaShapes' | 'geography'>,
    option: BoundaryOption | null = null,
    size: {width: number; height: number} | null = null,
  ) {
    const {bounds} = data.geography;
    this.scene = {
      ...EMPTY_SCENE,
      option,
      size,
      ...(size && {transform: transformOf(homeViewport(bounds, size.width, size.height), size)}),
    };
  }

  // --- the external store <SvgMap> reads ---
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  getScene = (): Scene => this.scene;
  getHandlers = (): MapHandlers => this.handlers;

  /** Always idle: <SvgMap> draws each scene before the next paint (useSyncExternalStore). */
  drawState(): DrawState {
    return 'idle';
  }

  onDrawState(): () => void {
    return () => undefined;
  }

  setHandlers(handlers: MapHandlers | null): void {
    this.handlers = handlers ?? NO_HANDLERS;
    this.update({});
  }

  /** Draw the map (true) or nothing while the WebGL map stands in for it (false). */
  setActive(active: boolean): void {
    if (active !== this.scene.active) this.update({active});
  }

  /** Called by <SvgMap> once its <svg> is in the page: measure it (unless its size is known
   * already), follow its size, and let d3-zoom move it. Returns the detach function. */
  attach(svgElement: SVGSVGElement, box: HTMLElement): () => void {
    const svg = select(svgElement);
    const behaviour = d3zoom<SVGSVGElement, unknown>()
      .scaleExtent([2 ** 3, 2 ** 12])
      .on('zoom', (e: D3ZoomEvent<SVGSVGElement, unknown>) =>
        this.update({transform: {k: e.transform.k, x: e.transform.x, y: e.transform.y}}),
      )
      .on('end', (e: D3ZoomEvent<SVGSVGElement, unknown>) => {
        if (e.sourceEvent) this.userMoved();
      });
    svg.call(behaviour).on('dblclick.zoom', null);
    this.svg = svg;
    this.behaviour = behaviour;
    const measure = () => {
      const {width, height} = box.getBoundingClientRect();
      if (width < 1 || height < 1) return;
      this.update({size: {width, height}});
      this.apply(this.wanted ?? homeViewport(this.data.geography.bounds, width, height));
    };
    // A size known already (from the prerendered map, or an earlier attach): d3-zoom is only told
    // the view drawn. Reading the box now would force a layout of the whole new page, which the
    // frame lays out anyway; the ResizeObserver's first call, before that frame is painted,
    // corrects a size that is out of date.
    const size = this.scene.size;
    if (size)
      this.apply(this.wanted ?? homeViewport(this.data.geography.bounds, size.width, size.height));
    else measure();
    void afterNextFrame().then(() => (this.seen = true));
    this.resize = new ResizeObserver(measure);
    this.resize.observe(box);
    return () => {
      this.resize?.disconnect();
      svg.on('.zoom', null);
      this.svg = null;
      this.behaviour = null;
    };
  }

  showOption(option: BoundaryOption): void {
    const before = this.scene.option;
    // Fade only what has been on screen: the option a link names is applied just after the
    // first render, and fading into it replayed the default option's colours over the
    // prerendered map (Northamptonshire orange for 0.7 s under ?option=initial).
    this.update({option, fading: this.seen ? fadingBetween(before, option, this.data.areas) : []});
  }

  showSplitParts(parts: PartGeometry | null): void {
    this.update({splitParts: parts});
  }

  setFocused(area: AreaCode | null, content: TooltipContent | null): void {
    const anchor = area ? this.data.areas.find((s) => s.code === area)?.anchor : undefined;
    this.update({focused: area, tooltip: anchor && content ? {anchor, content} : null});
  }

  setSelected(area: AreaCode | null, region: RegionId | null): void {
    this.update({selected: area, region});
  }

  fitTo(bounds: [number, number, number, number]): void {
    const size = this.scene.size;
    if (!size) return;
    this.apply(fitView(bounds, size.width, size.height, {padding: 40, maxZoom: 9}));
    // Zooming to a selection is the user's view from now on (as on the WebGL map).
    this.userMoved();
  }

  setViewport(viewport: MapViewport | null): void {
    this.wanted = viewport;
    const size = this.scene.size;
    if (size)
      this.apply(viewport ?? homeViewport(this.data.geography.bounds, size.width, size.height));
  }

  viewport(): MapViewport {
    const {size, transform: t} = this.scene;
    if (!size) return this.wanted ?? homeViewport(this.data.geography.bounds, 600, 700);
    const center = fromWorld([(size.width / 2 - t.x) / t.k, (size.height / 2 - t.y) / t.k]);
    return {center, zoom: Math.log2(t.k)};
  }

  snapshot(): Promise<MapSnapshot> {
    const el = this.svg?.node();
    if (!el || !this.scene.size) return Promise.reject(new Error('The map is not on screen'));
    return snapshotSvg(el, this.scene.size);
  }

  showChanges(changes: ChangedArea[]): void {
    this.update({changes});
  }

  showParts(shapes: PartShapes | null, visible: PartVisibility): void {
    this.update({parts: shapes && (visible.all || visible.area) ? {shapes, visible} : null});
  }

  showFlows(drawing: FlowDrawing | null): void {
    this.update({flows: drawing});
  }

  highlightFlow(key: string | null): void {
    this.update({highlightedFlow: key});
  }

  destroy(): void {
    this.listeners.clear();
  }

  /** Screen position (CSS px from the map's top left) of a [lon, lat]. */
  project(p: [number, number]): [number, number] {
    const [x, y] = toWorld(p);
    const t = this.scene.transform;
    return [x * t.k + t.x, y * t.k + t.y];
  }

  private update(patch: Partial<Scene>): void {
    // The same size or view again (the first ResizeObserver call, d3-zoom told the view drawn):
    // no redraw.
    if (sameScene(this.scene, patch)) return;
    this.scene = {...this.scene, ...patch};
    this.emit();
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }

  /** Moves to a view at once (a link, Back/Forward or a selection should land, not fly). */
  private apply(view: WorldView): void {
    const size = this.scene.size;
    if (!size) return;
    const t = transformOf(view, size);
    if (this.svg && this.behaviour)
      this.svg.call(this.behaviour.transform, zoomIdentity.translate(t.x, t.y).scale(t.k));
    else this.update({transform: t});
  }

  private userMoved(): void {
    const v = this.viewport();
    this.wanted = v;
    this.handlers.onViewport?.(v);
  }

  panBy(dx: number, dy: number): void {
    if (!this.svg || !this.behaviour) return;
    const k = this.scene.transform.k;
    this.behaviour.translateBy(this.svg, -dx / k, -dy / k);
    this.userMoved();
  }

  zoomBy(delta: number): void {
    if (!this.svg || !this.behaviour) return;
    this.behaviour.scaleBy(this.svg, 2 ** delta);
    this.userMoved();
  }
}
