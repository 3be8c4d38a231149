// The performance mark `footprint:first-map-paint` (read by `npm run bench`): when the coloured
// map was first on screen. With the build's prerendered map that is the page's first contentful
// paint (the map is in the HTML); without it (dev server) the frame after React drew the map.
const MARK = 'footprint:first-map-paint';

export function markFirstMapPaint(prerendered: boolean): void {
  if (typeof performance === 'undefined' || performance.getEntriesByName(MARK).length) return;
  if (prerendered && typeof PerformanceObserver !== 'undefined') {
    const observer = new PerformanceObserver((list) => {
      const fcp = list.getEntriesByName('first-contentful-paint')[0];
      if (!fcp || performance.getEntriesByName(MARK).length) return;
      performance.mark(MARK, {startTime: fcp.startTime});
      observer.disconnect();
    });
    observer.observe({type: 'paint', buffered: true});
    return;
  }
  requestAnimationFrame(() => performance.getEntriesByName(MARK).length || performance.mark(MARK));
}

/** Whether the map prerendered into this page's HTML is the one on screen: not for a link to
 * another geography or to an option the HTML does not draw (a user-built one), whose HTML hides
 * it (scripts/prerender.tsx sets data-fp-geography-other or data-fp-option-other), so that
 * map's first paint is not the page's first contentful paint: first-paint-geography.js marks it
 * when it shows that geography's early map, else it is React's drawing. */
export function prerenderedMapShown(): boolean {
  const html = pagePrerendered() ? document.documentElement : null;
  return (
    !!html &&
    !html.hasAttribute('data-fp-geography-other') &&
    !html.hasAttribute('data-fp-option-other')
  );
}

/** Whether this page came with the map prerendered into its HTML (set by the build). */
export function pagePrerendered(): boolean {
  return (
    typeof document !== 'undefined' && document.documentElement.hasAttribute('data-fp-prerendered')
  );
}

/** Resolves after the browser has painted the current frame (a requestAnimationFrame callback
 * runs just before the paint; the task after it, just after). MapLibre (connect.ts) waits for
 * it, so React's first drawing of the app is on screen before MapLibre's code runs. */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * Resolves once the browser reports the page's first contentful paint (for a prerendered page,
 * the map is on screen: its pixels, not just a frame handed to the compositor, which on a
 * 2-core machine can still be rasterising when the next task runs), or after the next frame
 * where paint timing is not supported. `capMs` (ms after the call) bounds the wait: an
 * off-screen iframe paints nothing and must still start its app (a hidden tab starts at once).
 */
export function afterFirstContentfulPaint(capMs = 1000): Promise<void> {
  return new Promise((resolve) => {
    let observer: PerformanceObserver | null = null;
    const finish = () => {
      clearTimeout(timer);
      observer?.disconnect();
      resolve();
    };
    const timer = setTimeout(finish, capMs);
    // A tab opened in the background paints nothing until shown: start its app now.
    if (typeof document !== 'undefined' && document.visibilityState === 'hidden') return finish();
    // Nothing prerendered (the dev server), or no paint timing: wait for the next frame only.
    if (
      !pagePrerendered() ||
      typeof PerformanceObserver === 'undefined' ||
      !PerformanceObserver.supportedEntryTypes?.includes('paint')
    ) {
      return void afterNextFrame().then(finish);
    }
    observer = new PerformanceObserver(
      (list) => list.getEntriesByName('first-contentful-paint').length > 0 && finish(),
    );
    observer.observe({type: 'paint', buffered: true});
  });
}

/** The prerendered map's box in CSS pixels ({width, height}), while the page's prerendered HTML
 * is still in place (before React's first commit replaces it); null without one, or when it is
 * not laid out (0 × 0). Read after the first paint, so the page is laid out already (only the
 * app's stylesheets, if they have just arrived, can make the read lay it out again). The app
 * page's map box is laid out the same way (app.scss), so its first drawing can be at its real
 * size: the SVG map then lays out its names and paths once, not twice (issue 21). Where the
 * two boxes differ, the map's ResizeObserver redraws it before the first frame, as before. */
export function prerenderedMapBox(): {width: number; height: number} | null {
  if (!pagePrerendered()) return null;
  const host = document.querySelector('.fp-prerender .fp-map .fp-svgmap-host');
  const box = host?.getBoundingClientRect();
  return box && box.width >= 1 && box.height >= 1 ? {width: box.width, height: box.height} : null;
}
