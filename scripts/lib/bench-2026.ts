// npm run bench's England 2026 rows (issue 20): the first painted map of a link to the
// geography against the Leaflet peer drawing the same 108 units, and one merge accepted in the
// builder with the SVG map. `npm run bench -- --2026` runs only these.
import type {LoadFigures, PageSpec} from './bench-measure';
import {PEER_2026_QUERY} from './bench-peer-2026';
import type {Stats} from './bench-format';

/** A link to England 2026, as the page's chooser writes it (src/state/geography-link.ts). */
export const LINK_2026 = '?geography=england-2026';

/** An older build to time beside this one in the same run (`FOOTPRINT_BENCH_BEFORE=<folder>`: a
 * build copied into a folder of the served dist, e.g. "before"; its pages use relative paths). */
const BEFORE = process.env.FOOTPRINT_BENCH_BEFORE?.replace(/\/+$/, '');

/** Footprint opened by that link from `page` (the HTML hides its prerendered 2018 map; the
 * live-map probe times the first frame with a visible map: the 2026 early map that
 * first-paint-geography.js puts in its place, or React's drawing). */
const footprint2026 = (page: string) => (base: string) => ({
  url: `${base}${page}${LINK_2026}`,
  paintMarks: ['bench:live-map-paint'],
  liveMapProbe: true,
});

/** The cold-loaded pages: Footprint by that link (and the older build's, if asked), and the
 * Leaflet peer (last). */
export const PAGES_2026: Record<string, (base: string) => PageSpec> = {
  'Footprint, England 2026 link': footprint2026(''),
  ...(BEFORE
    ? {[`Footprint before (${BEFORE}/), England 2026 link`]: footprint2026(`${BEFORE}/index.html`)}
    : {}),
  'Leaflet peer, 2026 units': (base) => ({
    url: `${base}peers/leaflet.html${PEER_2026_QUERY}`,
    paintMarks: ['peer:first-map-paint'],
  }),
};

/** Formatting helpers (bench-format.ts). */
export interface Format {
  stats(xs: number[]): Stats;
  ms(s: Stats): string;
  ratioRange(a: Stats, b: Stats): string;
}

/** The ratio rows: each Footprint page's 2026 first painted map against the peer's, from `loads`. */
export function paint2026Rows(loads: Map<string, LoadFigures[]>, f: Format): string[] {
  const names = Object.keys(PAGES_2026);
  const [peer] = names.slice(-1).map((name) => f.stats(loads.get(name)!.map((l) => l.firstPaint)));
  return [
    '| England 2026 (108 units, the 36 ICBs) | Footprint first painted map | Leaflet peer, same units | ratio (range) | target |',
    '| --- | --- | --- | --- | --- |',
    ...names.slice(0, -1).map((name) => {
      const app = f.stats(loads.get(name)!.map((l) => l.firstPaint));
      return `| ${name}: a link \`${LINK_2026}\` (the probe marks the first frame with a visible map: the early map from dist/prerendered/, or React's) | ${f.ms(app)} | ${f.ms(peer!)} | ${f.ratioRange(app, peer!)} | ≤ 1.0× |`;
    }),
  ];
}

/** The merge row (builderMerges' figures, ms). */
export function mergeRows(merges: number[], count: number, f: Format): string[] {
  return [
    `Builder on England 2026: one merge of two ICBs accepted (Lincolnshire + Derby and Derbyshire, from the 42 of 2023), then undone, ${count} times; timed in the page from the click on Accept until the map, the Regions table and the checks have changed and the map reports idle; ms median (min–max); target ≤ 16 with the SVG map:`,
    '',
    '| renderer | merge accepted → map, Regions table and checks updated |',
    '| --- | --- |',
    `| \`?renderer=svg\` | ${f.ms(f.stats(merges))} |`,
  ];
}
