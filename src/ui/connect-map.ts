// Lazily loads the map module (MapLibre is most of the bundle) and wires it to the store.
// Kept out of the component so the component stays about layout.
import type {FootprintData} from '../data/load';
import type {StpCode} from '../domain/types';
import {useFootprint} from '../state/store';
import type {MapStatus} from './MapPanel';
import {provideMapSnapshot} from './export/map-snapshot';
import {useFlowData} from '../state/flow-data';

type TooltipContent = {title: string; lines: string[]} | null;

export function connectMap(
  container: HTMLElement,
  data: FootprintData,
  describe: (code: StpCode) => TooltipContent,
  onStatus: (status: MapStatus, message?: string) => void,
): () => void {
  let cleanup: (() => void) | null = null;
  let cancelled = false;
  container.dataset.mapState = 'loading'; // again, on a retry
  const failed = (status: MapStatus, err: unknown) => {
    if (cancelled) return;
    container.dataset.mapState = status;
    onStatus(status, err instanceof Error ? err.message : String(err));
  };
  import('../map').then(
    async ({createMapView, bindStoreToMap, bindFlowsToMap, MapUnavailableError}) => {
      try {
        const store = useFootprint.getState();
        const view = await createMapView(container, data, {
          onHover: (code) => useFootprint.getState().focusStp(code),
          onClick: (code) => (code ? store.selectStp(code) : store.clearSelection()),
          onRegionClick: (region) => store.selectRegion(region),
          onViewport: (viewport) => useFootprint.getState().setViewport(viewport),
          onFlowHover: (key) => useFlowData.getState().highlight(key),
        });
        if (cancelled) {
          view.destroy();
          return;
        }
        const unbindStore = bindStoreToMap(view, data, describe);
        const unbindFlows = bindFlowsToMap(view, data);
        const unbind = () => {
          unbindFlows();
          unbindStore();
        };
        const withdrawSnapshot = provideMapSnapshot(() => view.snapshot());
        cleanup = () => {
          withdrawSnapshot();
          unbind();
          view.destroy();
        };
        onStatus('ready');
      } catch (err) {
        // No WebGL is the browser's limit; anything else is a fault in drawing the map.
        failed(err instanceof MapUnavailableError ? 'unavailable' : 'failed', err);
      }
    },
    // The map code did not arrive (offline, a new deployment replaced the file): worth a retry.
    (err: unknown) => failed('load-failed', err),
  );
  return () => {
    cancelled = true;
    cleanup?.();
  };
}
