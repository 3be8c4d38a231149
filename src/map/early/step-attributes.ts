// The attributes the build (scripts/prerender-steps.ts) writes into the prerendered map for its
// early script's Shift+arrow moves (early-keys.ts), named once for both. Imports nothing: it
// loads before the first paint.

export const STEP_ATTRIBUTES = {
  /** On each area's <path>: its interior point, "x y" in world pixels at zoom 0 (Web
   * Mercator), to 0.001 (about 1/10,000 of England's width; tests/unit/prerender-steps.test.ts
   * checks every move made from them is still the app's). */
  point: 'data-at',
  /** On each area's <path>: the codes of the areas touching it, space-separated. */
  neighbours: 'data-next',
  /** On the areas' <g>: the area nearest the map's centre, where a first move starts. */
  start: 'data-start',
} as const;
