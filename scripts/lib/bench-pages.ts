// npm run bench's pages (scripts/bench.ts): Footprint in both renderers, the two peers drawing
// the same STPs, two reference pages that are not peers (Footprint's HTML alone, a page with one
// word: the floors of the painted map), and England 2026's pages (bench-2026.ts).
import type {PageSpec} from './bench-measure';
import {PAGES_2026} from './bench-2026';
import {ONE_WORD} from './bench-usable';

/** The STP the usable-map probe hovers (Lincolnshire: mid-map, no label over it). */
const PROBE_AREA = 'E54000013';
/** The mark the renderer sets when the coloured map is first on screen; before it exists, MapLibre's first idle. */
const FOOTPRINT_PAINT = ['footprint:first-map-paint', 'footprint:map-idle'];

export const PAGES: Record<string, (base: string) => PageSpec> = {
  Footprint: (base) => ({url: base, paintMarks: FOOTPRINT_PAINT, probeArea: PROBE_AREA}),
  'Footprint (webgl)': (base) => ({
    url: `${base}?renderer=webgl`,
    paintMarks: FOOTPRINT_PAINT,
    idleMark: 'footprint:map-idle',
    createdMark: 'footprint:map-created',
  }),
  'Leaflet peer': (base) => ({
    url: `${base}peers/leaflet.html`,
    paintMarks: ['peer:first-map-paint'],
  }),
  'MapLibre peer': (base) => ({
    url: `${base}peers/maplibre.html`,
    paintMarks: ['peer:first-map-paint'],
    idleMark: 'peer:map-idle',
    createdMark: 'peer:map-created',
  }),
  // Not a peer: Footprint's own prerendered HTML with no script or style, its first contentful paint.
  'Footprint HTML alone': (base) => ({
    url: `${base}peers/footprint-static.html`,
    paintMarks: ['first-contentful-paint'],
  }),
  // Not a peer: a page with one word, its first contentful paint (the floor of any page's).
  [ONE_WORD]: (base) => ({
    url: `${base}peers/one-word.html`,
    paintMarks: ['first-contentful-paint'],
  }),
  ...PAGES_2026,
};
