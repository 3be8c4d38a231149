// Which renderer draws the map, and the store bound to it. The SVG map is drawn at once; where
// WebGL is wanted, MapLibre is loaded after first paint (its own chunk), bound to the store, and
// swapped in once it has drawn the same view. Without WebGL, or while its context is lost, the
// SVG map stays (or comes back), fully usable. The map box's data-map-state is "idle" only when
// the renderer that will stay has drawn the latest change, so tests never see a swap mid-way.
import type {FootprintData} from '../data/load';
import type {StpCode} from '../domain/types';
import {useFlowData} from '../state/flow-data';
import {useFootprint} from '../state/store';
import {paintUnit} from '../state/builder-actions';
import {provideMapSnapshot} from '../ui/export/map-snapshot';
import {bindFlowsToMap} from './bind-flows';
import {bindStoreToMap} from './bind-store';
import {MapUnavailableError, type MapHandlers, type MapRenderer, type MapView, type TooltipContent} from './map-view';
import type {SvgMapView} from './svg/svg-view';
import type {createMapLibreView as CreateMapLibreView} from './maplibre';
import {exposeSvgForTests} from './svg/svg-hooks';
import {listenForMapKeys, type MapKeyCallbacks} from './keyboard';
import {afterNextFrame} from './first-paint';

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
  describe: (code: StpCode) => TooltipContent | null;
  wanted: MapRenderer;
  onStatus(status: MapStatus): void;
  keys: MapKeyCallbacks;
}

/** Binds the store to the SVG map now, and to MapLibre later if wanted. Returns the cleanup. */
export function connectMap({container, glBox, svg, data, describe, wanted, onStatus, keys}: ConnectArgs): () => void {
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
  if (wanted === 'svg') return () => (stopKeys(), unbindSvg?.(), svg.setHandlers(null));

  let cleanup = () => undefined as void;
  /** Stops waiting for a MapLibre map to be idle (nothing to swap in any more). */
  let cancelSwap = () => undefined as void;
  let current: unknown = null;
  const startGl = async (createMapLibreView: typeof CreateMapLibreView): Promise<void> => {
    glBox.dataset.mapState = 'busy';
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
          startGl(createMapLibreView).catch((err: unknown) => live && showSvg('svg', problemOf(err)));
        }),
    });
    if (!live) return gl.destroy();
    current = gl;
    const unbindGl = bind(gl);
    cleanup = () => (cancelSwap(), unbindGl(), gl.destroy());
    cancelSwap = whenIdle(glBox, () => {
      if (!live || current !== gl) return;
      unbindSvg?.();
      unbindSvg = null;
      svg.setActive(false);
      active = gl;
      gl.exposeForTests();
      glBox.hidden = false;
      setState(glBox.dataset.mapState ?? 'idle', 'webgl');
      onStatus({phase: 'webgl'});
    });
  };
  const stopMirror = mirrorState(glBox, container);
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
    stopMirror();
    unbindSvg?.();
    svg.setHandlers(null);
    cleanup();
  };
}

function storeHandlers(data: FootprintData): MapHandlers {
  const store = useFootprint;
  return {
    onHover: (code) => store.getState().focusStp(code),
    // In the builder's paint mode a click moves the STP instead of selecting it.
    onClick: (code) => (code ? paintUnit(data, code) || store.getState().selectStp(code) : store.getState().clearSelection()),
    onRegionClick: (region) => store.getState().selectRegion(region),
    onViewport: (viewport) => store.getState().setViewport(viewport),
    onFlowHover: (key) => useFlowData.getState().highlight(key),
  };
}

/** A short reason for the note under the map (MapLibre's own messages are long and technical). */
function problemOf(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  if (err instanceof MapUnavailableError || /webgl/i.test(message)) return 'WebGL is turned off or not supported';
  return 'it could not be drawn';
}

/** Calls `then` once `box` reports data-map-state="idle" (MapLibre's idle event). Returns a
 * function that stops waiting. */
function whenIdle(box: HTMLElement, then: () => void): () => void {
  if (box.dataset.mapState === 'idle') {
    then();
    return () => undefined;
  }
  const watch = new MutationObserver(() => {
    if (box.dataset.mapState !== 'idle') return;
    watch.disconnect();
    then();
  });
  watch.observe(box, {attributes: true, attributeFilter: ['data-map-state']});
  return () => watch.disconnect();
}

/** While the WebGL map is shown, the map box's state is MapLibre's. Returns the disconnect. */
function mirrorState(from: HTMLElement, to: HTMLElement): () => void {
  const observer = new MutationObserver(() => {
    if (to.dataset.renderer === 'webgl' && from.dataset.mapState) to.dataset.mapState = from.dataset.mapState;
  });
  observer.observe(from, {attributes: true, attributeFilter: ['data-map-state']});
  return () => observer.disconnect();
}
