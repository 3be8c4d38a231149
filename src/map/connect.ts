// Which renderer draws the map, and the store bound to it. The SVG map is drawn at once; where
// WebGL is wanted, MapLibre is loaded after first paint (its own chunk), bound to the store, and
// swapped in once it has drawn the same view. Without WebGL, or while its context is lost, the
// SVG map stays (or comes back), fully usable. The map box's data-map-state (for the browser
// tests) is "idle" only when the renderer that will stay has drawn the latest change, so tests
// never see a swap mid-way; this file learns that from MapView's drawState, never from the DOM.
import type {FootprintData} from '../data/load';
import type {AreaCode} from '../domain/types';
import {useFlowData} from '../state/flow-data';
import {useFootprint} from '../state/store';
import {paintUnit} from '../state/builder-actions';
import {loadedParts} from '../state/part-layer';
import {defaultOption, resolveOption} from '../state/catalogue';
import {provideMapSnapshot} from '../ui/export/map-snapshot';
import {bindFlowsToMap} from './bind-flows';
import {bindStoreToMap} from './bind-store';
import {
  MapUnavailableError,
  type MapHandlers,
  type MapRenderer,
  type MapView,
  type TooltipContent,
} from './map-view';
import type {SvgMapView} from './svg/svg-view';
import type {createMapLibreView as CreateMapLibreView} from './maplibre';
import {exposeSvgForTests} from './svg/svg-hooks';
import {listenForMapKeys, type MapKeyCallbacks} from './keyboard';
import {afterNextFrame} from './first-paint';
import {whenIdle} from './draw-state';
import {takeOverEarlyMap} from './early/early-takeover';

/** svg: the SVG map is the one to stay (asked for, or WebGL failed: see `problem`); webgl: the
 * WebGL map is shown; loading: the SVG map is shown while MapLibre loads; lost: the WebGL
 * context was lost and the SVG map stands in until it is restored. */
export type MapPhase = 'loading' | 'svg' | 'webgl' | 'lost';

export interface MapStatus {
  phase: MapPhase;
  /** Why WebGL is not used, when it was wanted ("no WebGL", "the map code did not download"). */
  problem?: string;
}

export interface ConnectArgs {
  /** The map box ([data-testid=map]): gets data-map-state and data-renderer. */
  container: HTMLElement;
  /** Where MapLibre draws, over the SVG map. */
  glBox: HTMLElement;
  svg: SvgMapView;
  data: FootprintData;
  describe: (code: AreaCode) => TooltipContent | null;
  wanted: MapRenderer;
  onStatus(status: MapStatus): void;
  keys: MapKeyCallbacks;
}

/** Binds the store to the SVG map now, and to MapLibre later if wanted. Returns the cleanup. */
export function connectMap({
  container,
  glBox,
  svg,
  data,
  describe,
  wanted,
  onStatus,
  keys,
}: ConnectArgs): () => void {
  // For npm run bench (bench-idle.ts): when the app's page, with its map box, is drawn.
  if (performance.getEntriesByName('footprint:app-map').length === 0)
    performance.mark('footprint:app-map');
  let live = true;
  let active: MapView = svg;
  const stopKeys = listenForMapKeys(container, data, () => active, describe, keys);
  const handlers = storeHandlers(data);
  const bind = (view: MapView) => {
    const unbindStore = bindStoreToMap(view, data, describe);
    const unbindFlows = bindFlowsToMap(view, data);
    const withdraw = provideMapSnapshot(() => view.snapshot());
    return () => (withdraw(), unbindFlows(), unbindStore());
  };
  const setState = (state: string, renderer: MapRenderer) => {
    container.dataset.mapState = state;
    container.dataset.renderer = renderer;
  };
  const showSvg = (phase: MapPhase, problem?: string) => {
    active = svg;
    svg.setActive(true);
    svg.setHandlers(handlers);
    exposeSvgForTests(svg, container);
    glBox.hidden = true;
    setState(phase === 'loading' ? 'busy' : 'idle', 'svg');
    onStatus({phase, problem});
  };

  let unbindSvg: (() => void) | null = bind(svg);
  showSvg(wanted === 'svg' ? 'svg' : 'loading');
  // What was clicked and pressed on the prerendered map, before this code arrived. The HTML's
  // map is the default geography's and option's: an area or region this page does not have (a
  // link to another geography or option, clicked before its own map came) is dropped, not
  // selected into the page and its link.
  const isArea = new Set(data.areas.map((a) => a.code));
  const known = (code: AreaCode | null) => code === null || isArea.has(code);
  takeOverEarlyMap(container, {
    click: (code) => known(code) && handlers.onClick(code),
    region: (region) => shownRegions(data).has(region) && handlers.onRegionClick?.(region),
    focus: (code) => known(code) && useFootprint.getState().focusArea(code),
  });
  if (wanted === 'svg') return () => (stopKeys(), unbindSvg?.(), svg.setHandlers(null));

  let cleanup = () => undefined as void;
  /** Stops waiting for a MapLibre map to be idle (nothing to swap in any more). */
  let cancelSwap = () => undefined as void;
  let current: unknown = null;
  const startGl = async (createMapLibreView: typeof CreateMapLibreView): Promise<void> => {
    const gl = await createMapLibreView(glBox, data, handlers, svg.viewport(), {
      onLost: () => {
        // Nothing is drawn until the context comes back: show the SVG map at the same view.
        cancelSwap();
        svg.setViewport(gl.viewport());
        if (!unbindSvg) unbindSvg = bind(svg);
        showSvg('lost');
      },
      // MapLibre's own restore rebuilds its style without the region colours (feature-state)
      // and the images drawn at run time: start a fresh map instead (after this event has
      // finished), and swap it in once it has drawn the same view.
      onRestored: () =>
        setTimeout(() => {
          if (!live) return;
          cleanup();
          cleanup = () => undefined;
          startGl(createMapLibreView).catch(
            (err: unknown) => live && showSvg('svg', problemOf(err)),
          );
        }),
    });
    if (!live) return gl.destroy();
    current = gl;
    const unbindGl = bind(gl);
    // While the WebGL map is shown, the map box's state is MapLibre's.
    const stopMirror = gl.onDrawState((state) => {
      if (active === gl) container.dataset.mapState = state;
    });
    cleanup = () => (cancelSwap(), stopMirror(), unbindGl(), gl.destroy());
    cancelSwap = whenIdle(gl, () => {
      if (!live || current !== gl) return;
      unbindSvg?.();
      unbindSvg = null;
      svg.setActive(false);
      active = gl;
      gl.exposeForTests();
      glBox.hidden = false;
      setState(gl.drawState(), 'webgl');
      onStatus({phase: 'webgl'});
      // For npm run bench: when the WebGL map took the SVG map's place on screen.
      if (performance.getEntriesByName('footprint:map-shown').length === 0)
        performance.mark('footprint:map-shown');
    });
  };
  // After React's first drawing of the page is on screen: the order, and the orders measured
  // against it, are in src/boot.ts.
  afterNextFrame()
    .then(() => import('./maplibre'))
    .then(
      ({createMapLibreView}) => (live ? startGl(createMapLibreView) : undefined),
      // Any failure to import (offline, a new deployment replaced the file, a blocked CSS
      // preload) means the code did not arrive: say so, not "no WebGL".
      () => live && showSvg('svg', 'its code did not download'),
    )
    .catch((err: unknown) => live && showSvg('svg', problemOf(err)));

  return () => {
    live = false;
    stopKeys();
    unbindSvg?.();
    svg.setHandlers(null);
    cleanup();
  };
}

/** The region ids of the option the page shows now. */
function shownRegions(data: FootprintData): Set<string> {
  const option = resolveOption(data, useFootprint.getState().optionId) ?? defaultOption(data);
  return new Set(option.regions.map((r) => r.id));
}

function storeHandlers(data: FootprintData): MapHandlers {
  const store = useFootprint;
  return {
    onHover: (code) => store.getState().focusArea(code),
    // In the builder's paint mode a click moves the area instead of selecting it.
    onClick: (code) =>
      code
        ? paintUnit(data, code, loadedParts()) || store.getState().selectArea(code)
        : store.getState().clearSelection(),
    onRegionClick: (region) => store.getState().selectRegion(region),
    onViewport: (viewport) => store.getState().setViewport(viewport),
    onFlowHover: (key) => useFlowData.getState().highlight(key),
  };
}

/** A short reason for the note under the map (MapLibre's own messages are long and technical). */
function problemOf(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  if (err instanceof MapUnavailableError || /webgl/i.test(message))
    return 'WebGL is turned off or not supported';
  return 'it could not be drawn';
}
