// What an entry page runs before its app's code: nothing that could hold up the prerendered
// map. Once the browser has painted it, the app's code is fetched and started; MapLibre comes
// after the app is drawn (connect.ts). Why that order: the main thread has the app's work and
// MapLibre's to do either way, and the prerendered map answers meanwhile. Fetched and parsed
// beside the app's code, MapLibre put the interactive app ~380 ms later on a 2-core machine and
// brought the WebGL map only ~120 ms sooner. Constructed from here before the app (a small
// module, no React, the app adopting the map; scripts/bench-idle.ts, load average 15–23):
// beside the app's code, MapLibre's idle 1.35× the MapLibre peer's against 1.23× (4× CPU, 3
// loads); before the app's code until MapLibre's idle, 1.23× against 2.06× (4× CPU, 5 loads)
// but the app drawn at 13.5 s against 7.2 s, and at full speed the app at 14.4 s against 4.0 s
// and the WebGL map on screen later (2.62× against 2.04×): the hidden map's idle came sooner,
// the page did not (4× CPU: on screen 1.79× against 2.06×). Measured again at load 3–4 (7
// December 2026, 5 loads, bench-idle.ts): MapLibre first, its idle 1.15× the peer's at 4× CPU
// (1.41× at full speed) against 1.70× (1.78×), but the app drawn at 5.0 s against 2.9 s (3.3
// against 1.7) and the WebGL map on screen no sooner (5.7 s against 5.6). Imports stay tiny
// (eslint.config.js): they load before the first paint.
import {afterFirstContentfulPaint} from './map/first-paint';
import {startEarlyMap} from './map/early/early-map';

/** An entry module: `start()` draws the page. */
export interface PageModule {
  start(): void;
}

/**
 * After the first paint: `load()` the page's code and start it, and meanwhile `prefetch()` its
 * start-up data (src/data/startup-fetch.ts), so the data does not wait for the code. If the
 * code cannot be fetched (offline, or a new deployment replaced the files), the page says so
 * above the prerendered map and offers a reload; a failed prefetch is the loader's to retry.
 * With 100 ms of network latency (Chromium's emulation, 7 loads each) the prefetch drew the app
 * at 960 ms against 1,095 ms; from localhost it changes nothing measurable.
 */
export function bootAfterFirstPaint(
  load: () => Promise<PageModule>,
  prefetch?: () => Promise<unknown>,
): void {
  // The prerendered map answers hover, clicks and keys until the app takes it over.
  startEarlyMap();
  const painted = afterFirstContentfulPaint();
  void painted.then(prefetch).catch(() => undefined);
  painted
    .then(load)
    .then((page) => page.start(), showBootFailure)
    .catch((err: unknown) => console.error('Footprint could not start:', err));
}

/** A plain message (React has not loaded) at the top of the page, read out at once, with a
 * reload button; the browser's own error (a file name, a network code) goes to the console. */
function showBootFailure(err: unknown): void {
  console.warn("Footprint: the page's code did not load.", err);
  const box = document.createElement('div');
  box.className = 'fp-boot-error';
  box.setAttribute('role', 'alert');
  const words = document.createElement('p');
  words.textContent =
    'Footprint could not load its code: the network may be down, or the site was updated while this page was open. The map below is a picture only.';
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.className = 'nhsuk-button nhsuk-button--secondary';
  reload.textContent = 'Reload the page';
  reload.addEventListener('click', () => location.reload());
  box.append(words, reload);
  document.body.prepend(box);
}
