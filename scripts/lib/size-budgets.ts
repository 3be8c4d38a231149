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
 * What the first map paint waits for, besides index.html and its static imports. Today the
 * map is MapLibre, which main.tsx imports at start (src/map/index.ts, with its worker); when
 * the first paint no longer needs it, take it out of this list. The data files are those
 * loadFootprintData (src/data/load.ts) fetches before the map can be drawn.
 */
export const FIRST_PAINT: FirstPaintSpec = {
  page: 'index.html',
  dynamicModules: ['src/map/index.ts'],
  startData: ['data/stps.topo.json', 'data/context.topo.json', 'data/options.json'],
};
