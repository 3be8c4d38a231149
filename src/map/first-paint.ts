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

/** Whether this page came with the map prerendered into its HTML (set by the build). */
export function pagePrerendered(): boolean {
  return typeof document !== 'undefined' && document.documentElement.hasAttribute('data-fp-prerendered');
}

/** Resolves after the browser has painted the current frame (a requestAnimationFrame callback
 * runs just before the paint; the task after it, just after). Work started then cannot delay the
 * first paint: the app's code (src/boot.ts) and MapLibre (connect.ts) wait for it. */
export function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
