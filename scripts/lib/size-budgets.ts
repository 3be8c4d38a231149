// The size budgets of issue 9 and what counts as "before the first painted map", as data:
// read by npm run size (scripts/check-size.ts) and npm run bench.
import type {FirstPaintSpec} from './dist-sizes';

/** Budgets, in KB (1,024 bytes) of gzip. The targets of issue 9. */
export const BUDGETS = {
  /** Everything index.html needs before the coloured map is on screen. */
  firstPaintGzipKB: 100,
  /** Every file in dist/ (all three pages, every lazy chunk and data file). */
  allGzipKB: 600,
};

/**
 * What the first map paint waits for. The build prerenders the map into index.html
 * (scripts/prerender.tsx), so the page paints it from the HTML, its stylesheets and the small
 * first-paint.js/.css that pick the option: no JavaScript module, MapLibre or data file.
 */
export const FIRST_PAINT: FirstPaintSpec = {
  page: 'index.html',
  dynamicModules: [],
  startData: [],
  needsScripts: false,
};
