// What an entry page runs before its app's code: nothing that could hold up the prerendered
// map. After the browser has painted it, the app's code is fetched, and MapLibre with it when
// the WebGL map is wanted, so the WebGL map is not kept waiting for the app's data and first
// render. Imports here stay tiny (no React, zod or d3): they load before the first paint.
import {afterFirstContentfulPaint} from './map/first-paint';
import type {MapRenderer} from './map/map-view';
import {chooseRenderer} from './map/renderer-choice';

/** An entry module: `start()` draws the page. */
export interface PageModule {
  start(): void;
}

/**
 * After the first paint: `load()` the page's code and start it; when the link or
 * `defaultRenderer` asks for WebGL, start fetching MapLibre alongside (connect.ts still decides,
 * and reports, whether it is used). If the code cannot be fetched (offline, or a new deployment
 * replaced the files), the page says so above the prerendered map and asks for a reload.
 */
export function bootAfterFirstPaint(load: () => Promise<PageModule>, defaultRenderer: MapRenderer): void {
  afterFirstContentfulPaint()
    .then(() => {
      if (chooseRenderer(location.search, defaultRenderer) === 'webgl') void warmMapLibre();
      return load();
    })
    .then((page) => page.start(), showBootFailure);
}

/** A head start only (MapLibre's code and its workers): a failure here is reported by connect.ts
 * when it imports the same module. (A try around the awaited import, not .then(ok, fail): the
 * build wraps `import().then()` in its preloader, whose CSS errors would escape the handler.) */
async function warmMapLibre(): Promise<void> {
  try {
    (await import('./map/maplibre')).prewarm();
  } catch {
    // connect.ts says "its code did not download" when it tries the same import.
  }
}

/** A plain message (React has not loaded) at the top of the page, read out at once. */
function showBootFailure(err: unknown): void {
  const message = document.createElement('p');
  message.className = 'fp-boot-error';
  message.setAttribute('role', 'alert');
  message.textContent = `Footprint could not load its code (${err instanceof Error ? err.message : String(err)}). The map below is a picture only: reload the page to try again.`;
  document.body.prepend(message);
}
