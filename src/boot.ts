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
    .then((page) => page.start(), showBootFailure)
    .catch((err: unknown) => console.error('Footprint could not start:', err));
}

/** A head start only (MapLibre's code and its workers): a failure to download is reported by
 * connect.ts when it imports the same module. (The catch is on the import alone, not
 * `import().then(ok, fail)`: the build moves such a .then inside its preloader, and the
 * preloader's CSS errors then escaped the handler.) */
async function warmMapLibre(): Promise<void> {
  const maplibre = await import('./map/maplibre').catch(() => null);
  maplibre?.warmWorkers();
}

/** A plain message (React has not loaded) at the top of the page, read out at once, with a
 * reload button; the browser's own error (a file name, a network code) goes to the console. */
function showBootFailure(err: unknown): void {
  console.warn('Footprint: the page\'s code did not load.', err);
  const box = document.createElement('div');
  box.className = 'fp-boot-error';
  box.setAttribute('role', 'alert');
  const words = document.createElement('p');
  words.textContent = 'Footprint could not load its code: the network may be down, or the site was updated while this page was open. The map below is a picture only.';
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.className = 'nhsuk-button nhsuk-button--secondary';
  reload.textContent = 'Reload the page';
  reload.addEventListener('click', () => location.reload());
  box.append(words, reload);
  document.body.prepend(box);
}
