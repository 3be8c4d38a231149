// The size budgets of issue 9 and what counts as "before the first painted map", as data:
// read by npm run size (scripts/check-size.ts) and npm run bench.
import type {FirstPaintSpec} from './dist-sizes';

/** Budgets, in KB (1,024 bytes) of gzip. */
export const BUDGETS = {
  /** Everything index.html needs before the coloured map is on screen (issue 9's target). */
  firstPaintGzipKB: 100,
  /**
   * Every file in dist/ (all three pages, every lazy chunk and data file). Issue 9 asks for 600;
   * MapLibre alone (chunk and worker, a fixed choice) is 429 of it, and React, the app and its
   * data are about 290 more, so 600 is not reachable without dropping one of those. Until it
   * is, this is a ratchet at today's size plus a little room: the total cannot grow
   * unnoticed. 718 KB before issue 11; the option builder (its panel, checks, preview, palette
   * with colour-vision checks, link and file formats) added 20.5 KB, to 741.5 KB; the criteria
   * scorecard (issue 12: its domain, table, thresholds, board-pack sheet and the districts'
   * residents) 8.3 KB more, to 749.8 KB. Issue 13's charts: the region charts, their PNGs and
   * the board pack's glance sheet 9.1 KB, to 758.9 KB; the scorecard chart (with the scorecard's
   * one row list, shown values and live flag count) 2.1 KB more, to 761.0 KB; the comparison
   * dumbbell, the embed's charts and the review's fixes 7.1 KB more, to 768.1 KB. Issue 19's CCG
   * figures for options that move single CCGs (each trust's HQ CCG, districts' residents per CCG,
   * each CCG's area and label point; data only, the code is not wired in yet) 5.2 KB more, from
   * 772.1 to 777.3 KB. Issue 19's geography as data (the manifest, the loader, the words from the
   * manifest) and CCG moves wired into the builder (move box, part preview, part-level rows),
   * 7.0 KB more, to 784.3 KB. Issue 19's single-CCG moves drawn on every map, worded, compared,
   * exported, with flows and the scorecard CCG by CCG, 6.4 KB more, to 790.7 KB. Issue 20's
   * code (the geography chooser, each option's noun for its groups, unconfirmed clusters marked,
   * the 2023 → 2026 change sentences, the manifest's criteria with population, combined-authority
   * and trust rows) and the label layout that never overlaps, 4.9 KB more, to 795.6 KB. Issue 21's early map (the prerendered map answering before the app), the
   * board pack's fitted sheets, the tab merge, the one number parser, and issue 19/20's part
   * flows, part hatch, merger builder, 2026 flow-file codes, split-district lists and group words,
   * 14.1 KB more, to 809.7 KB. The early map's Shift+arrow moves (each area's point and
   * neighbours written into index.html and embed.html, about 0.8 KB gzip each, and its key code)
   * and the areas' names on hover restored there (the build had stopped writing them when React
   * began closing empty paths with </path>: 0.8 KB each), 3.8 KB more, to 813.5 KB. The regions
   * GeoJSON by finest units, the moves labels' one layout, the 2026 early map's loader, the
   * builder's caches and the last group words on 2026 (embed, link reader, board pack), 2.9 KB
   * more, to 816.4 KB. Names kept inside their own groups (group-inside.ts, group-room.ts,
   * label-text.ts: the even–odd test, roomy spots and wrapping, in the app and the embed), the
   * board pack's continued sheets (sheet-flow.ts, ContinuedSheet.tsx) and the panels one render
   * later (later-panels.tsx), 4.4 KB more, to 820.8 KB. The SVG map's label layout kept by
   * what it is made from (group-places-cache.ts, region-label-layout.ts: a builder step 4–10×
   * faster), the address written after a step's frame (address-behind.ts, after-paint.ts) and
   * the scorecard's words for several options' groups (cellMarks, jointNoun), 1.3 KB more, to
   * 822.1 KB. The tab's behind note naming the address it stands for, used up once read and
   * kept per page (a reload just after deleting an option had brought it back), 0.4 KB more, to
   * 822.5 KB. The start-up data fetched beside the app's code (startup-fetch.ts: its own small
   * chunk, holding the data files' URLs that the app's chunk held before; the app drawn 1,095 →
   * 960 ms with 100 ms of network latency) and the SVG map's first drawing at the prerendered
   * map's size, 0.9 KB more, to 823.4 KB. The prerendered app page given the app's map box at
   * every width (the geography chooser's space in its header, hidden, and two CSS rules), 0.1
   * KB more, to 823.5 KB. The embed's frame prerendered around its map (prerender-embed.tsx:
   * title bar, option switch, map in words, legend column and footer, once per option and legend
   * kind, so its map keeps its box when the code arrives: at 360 × 740 it was 525 px tall in the
   * HTML against 240 live; with its own first-paint script and sheet, so the app's page carries
   * none of it), 2.2 KB more, to 825.9 KB. The other
   * built-in geographies' data files are counted apart (otherGeographyGzipKB): they are fetched
   * only when chosen. The target stays in TARGETS and `npm run size` prints both.
   */
  allGzipKB: 826.0,
  /** Each built-in geography other than the default: its data files (data/<id>/), which a page
   * fetches only when a link or the geography choice asks for it. England 2026 (issue 20):
   * 43 KB, then 48.3; its criteria (issue 20's "Criteria for this geography") add the combined
   * authorities with their residents per area (1.1 KB), the 139 acute trusts with their HQ area
   * and name (2.4 KB, of which the names are 1.7) and the manifest's criteria (0.2 KB): 52.0 KB,
   * so 50 → 52.5. Dropping the trusts' names would bring it to 50.3. */
  otherGeographyGzipKB: 52.5,
  /** Each built-in geography other than the default: its prerendered map
   * (dist/prerendered/<id>.html, scripts/prerender.tsx), fetched by first-paint-geography.js
   * only for a link to that geography, so it paints before the app. England 2026 (issue 20):
   * the 108 units' paths, the 36 ICBs' names and the units' names as <title>s, 16.3 KB. */
  earlyMapGzipKB: 17,
};

/** Issue 9's targets, printed beside the budgets so the gap stays visible. */
export const TARGETS = {firstPaintGzipKB: 100, allGzipKB: 600};

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
