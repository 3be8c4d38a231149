// npm run bench's England 2026 rows (issue 20): the first painted map of a link to the
// geography against the Leaflet peer drawing the same 108 units, and one merge accepted in the
// builder with the SVG map. `npm run bench -- --2026` runs only these.
import type {LoadFigures, PageSpec} from './bench-measure';
import {PEER_2026_QUERY} from './bench-peer-2026';
import type {Stats} from './bench-format';

/** A link to England 2026, as the page's chooser writes it (src/state/geography-link.ts). */
export const LINK_2026 = '?geography=england-2026';

/** The two cold-loaded pages: Footprint opened by that link (the HTML hides its prerendered
 * 2018 map; the live-map probe times the first frame with a visible map: the 2026 early map
 * first-paint-geography.js puts in its place, or React's drawing), and the Leaflet peer. */
export const PAGES_2026: Record<string, (base: string) => PageSpec> = {
  'Footprint, England 2026 link': (base) => ({
    url: `${base}${LINK_2026}`,
    paintMarks: ['bench:live-map-paint'],
    liveMapProbe: true,
  }),
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

/** The ratio row: Footprint's 2026 first painted map against the peer's, from `loads`. */
export function paint2026Rows(loads: Map<string, LoadFigures[]>, f: Format): string[] {
  const [app, peer] = Object.keys(PAGES_2026).map((name) =>
    f.stats(loads.get(name)!.map((l) => l.firstPaint)),
  );
  return [
    '| England 2026 (108 units, the 36 ICBs) | Footprint first painted map | Leaflet peer, same units | ratio (range) | target |',
    '| --- | --- | --- | --- | --- |',
    `| a link \`${LINK_2026}\` (the probe marks the first frame with a visible map: the early map from dist/prerendered/, or React's) | ${f.ms(app!)} | ${f.ms(peer!)} | ${f.ratioRange(app!, peer!)} | ≤ 1.0× |`,
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
