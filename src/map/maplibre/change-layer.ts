// The "what changes" overlay: areas whose region differs between option A and option B are
// hatched (a pattern, so the change does not rest on colour alone), outlined with dashes and
// labelled, as draw-spec.ts says. The hatch image is drawn here at run time: no sprite file,
// nothing fetched.
// Also the short fade of changed areas from their old colour when the option switches.
import {
  Marker,
  type ExpressionSpecification,
  type FilterSpecification,
  type Map as MapLibreMap,
} from 'maplibre-gl';
import {regionOfArea, areasChangingColour} from '../../domain/options';
import type {BoundaryOption, Area} from '../../domain/types';
import {LAYER, SOURCE} from './layer-ids';
import {CHANGE_LABEL, CHANGE_OUTLINE, COLOURS, FILL_OPACITY, HATCH} from '../draw-spec';
import {exposeForTests} from '../test-hooks';
import {changedCodes} from '../../domain/parts/changed-units';

import type {ChangedArea} from '../map-view';
import {changeText, placeChangeLabels, type PlacedChangeLabel} from '../change-label-layout';

/** The comparison's "moves" labels placed off each other on `map`'s screen (CSS pixels from its
 * top left), as the SVG map places them (change-label-layout.ts); [] beyond
 * CHANGE_LABEL.maxShown. The region names (region-labels.ts) keep off these boxes. */
export function placedChangeLabels(
  map: MapLibreMap,
  changes: readonly ChangedArea[],
): PlacedChangeLabel[] {
  return placeChangeLabels(
    changes.map((c) => {
      const p = map.project(c.anchor);
      return {id: c.code, text: changeText(c), x: p.x, y: p.y};
    }),
  );
}

const HATCH_IMAGE = 'fp-hatch';
/** Device pixels per CSS pixel of the hatch image: crisp stripes on high-density screens. */
const HATCH_RATIO = 2;
const FADE_MS = 900;

/** HATCH's stripes on a transparent tile that repeats seamlessly, `ratio` device pixels to the
 * CSS pixel. The stripes run along the tile's diagonals (rising to the right, as rotate(45) of
 * the SVG pattern), so a tile `size` wide puts them size/√2 apart: the nearest whole sizes to
 * HATCH.spacing and HATCH.stripe (14 and 4 at ratio 2: 4.95 and 1.41 CSS px). */
export function hatchPixels(ratio = HATCH_RATIO): {
  width: number;
  height: number;
  data: Uint8Array;
} {
  const size = Math.round(HATCH.spacing * Math.SQRT2 * ratio);
  const ink = Math.round(HATCH.stripe * Math.SQRT2 * ratio);
  const rgba = [...rgbOf(HATCH.colour), Math.round(HATCH.opacity * 255)];
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if ((x + y) % size >= ink) continue;
      data.set(rgba, (y * size + x) * 4);
    }
  }
  return {width: size, height: size, data};
}

/** "#212b32" → [33, 43, 50]. */
const rgbOf = (hex: string): number[] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

const codeFilter = (codes: string[]): ExpressionSpecification => [
  'in',
  ['get', 'code'],
  ['literal', codes],
];
/** The split source's part shapes (not its edges) with these codes. */
const partFilter = (codes: string[]): FilterSpecification => [
  'all',
  ['==', ['get', 'kind'], 'part'],
  codeFilter(codes),
];

export class ChangeLayer {
  private markers: {marker: Marker; id: string}[] = [];
  private changes: ChangedArea[] = [];

  constructor(private map: MapLibreMap) {
    // The labels are placed in screen pixels: a zoom brings points closer or further apart.
    map.on('zoom', () => this.layout());
    map.addImage(HATCH_IMAGE, hatchPixels(), {pixelRatio: HATCH_RATIO});
    const none = codeFilter([]);
    map.addLayer(
      {
        id: LAYER.areaTransition,
        type: 'fill',
        source: SOURCE.areas,
        filter: none,
        paint: {
          'fill-color': ['coalesce', ['feature-state', 'fromColour'], COLOURS.noRegion],
          'fill-opacity': 0,
        },
      },
      LAYER.areaBorder,
    );
    // One hatch and one dashed outline (draw-spec.ts), on the areas' shapes and on the parts'.
    const outline = {
      layout: {'line-join': 'round'},
      // MapLibre's dashes are in line widths.
      paint: {
        'line-color': CHANGE_OUTLINE.colour,
        'line-width': CHANGE_OUTLINE.width,
        'line-dasharray': CHANGE_OUTLINE.dash.map((d) => d / CHANGE_OUTLINE.width),
      },
    } as const;
    for (const [hatch, line, source] of [
      [LAYER.areaChangedHatch, LAYER.areaChangedOutline, SOURCE.areas],
      [LAYER.partChangedHatch, LAYER.partChangedOutline, SOURCE.splitParts],
    ] as const) {
      map.addLayer(
        {id: hatch, type: 'fill', source, filter: none, paint: {'fill-pattern': HATCH_IMAGE}},
        LAYER.regionOutline,
      );
      map.addLayer({id: line, type: 'line', source, filter: none, ...outline}, LAYER.areaFocus);
    }
  }

  /** (Re)install the browser tests' window into these layers. */
  expose(): void {
    exposeChangesForTests(this.map);
  }

  /** The "moves" labels off the map (HTML markers, no style change). */
  removeLabels(): void {
    for (const m of this.markers) m.marker.remove();
    this.markers = [];
  }

  show(changes: ChangedArea[]): void {
    const areas = codeFilter([...changedCodes(changes, 'area')]);
    const parts = partFilter([...changedCodes(changes, 'part')]);
    for (const id of [LAYER.areaChangedHatch, LAYER.areaChangedOutline])
      this.map.setFilter(id, areas);
    for (const id of [LAYER.partChangedHatch, LAYER.partChangedOutline])
      this.map.setFilter(id, parts);
    this.removeLabels();
    this.changes = changes;
    this.markers = placedChangeLabels(this.map, changes).map((l) => ({
      marker: this.label(changes.find((c) => c.code === l.id)!),
      id: l.id,
    }));
    this.layout();
  }

  /** Each "moves" label at its placed spot: shifted from its usual one above the point. */
  private layout(): void {
    if (this.markers.length === 0) return;
    const placed = new Map(placedChangeLabels(this.map, this.changes).map((l) => [l.id, l]));
    for (const {marker, id} of this.markers) {
      const l = placed.get(id);
      if (l) marker.setOffset([l.dx, l.dy - CHANGE_LABEL.above]);
    }
  }

  /** Changed areas start in their old colour and fade into the new one; nothing moves for
   * people who ask for reduced motion. Call before the new colours are set. */
  fadeBetween(previous: BoundaryOption | null, next: BoundaryOption, areas: readonly Area[]): void {
    if (
      !previous ||
      previous === next ||
      window.matchMedia?.('(prefers-reduced-motion: reduce)').matches
    )
      return;
    const fading = areasChangingColour(previous, next, areas);
    if (!fading.length) return;
    for (const s of fading)
      this.map.setFeatureState(
        {source: SOURCE.areas, id: s.code},
        {fromColour: regionOfArea(previous, s.code)?.colour ?? null},
      );
    const id = LAYER.areaTransition;
    this.map.setFilter(id, codeFilter(fading.map((s) => s.code)));
    this.map.setPaintProperty(id, 'fill-opacity-transition', {duration: 0, delay: 0});
    this.map.setPaintProperty(id, 'fill-opacity', FILL_OPACITY.normal);
    // Once the old colour is on screen, let it go; MapLibre animates the paint change.
    this.map.once('render', () => {
      this.map.setPaintProperty(id, 'fill-opacity-transition', {duration: FADE_MS, delay: 200});
      this.map.setPaintProperty(id, 'fill-opacity', 0);
    });
  }

  private label(c: ChangedArea): Marker {
    const el = document.createElement('div');
    el.className = 'fp-change-label';
    el.textContent = changeText(c);
    // The summary names every move for assistive technology; this is for the eye.
    el.setAttribute('aria-hidden', 'true');
    // Above the area's point: region names sit on their own points, often just below.
    return new Marker({element: el, anchor: 'bottom', offset: [0, -CHANGE_LABEL.above]})
      .setLngLat(c.anchor)
      .addTo(this.map);
  }
}

const codesIn = (filter: unknown): string[] =>
  (filter as [string, unknown, [string, string[]]])[2][1];
const partCodesIn = (filter: unknown): string[] =>
  codesIn((filter as [string, unknown, unknown])[2]);

/** For the browser tests: which units the map hatches (areas, then parts), read from the map itself. */
function exposeChangesForTests(map: MapLibreMap): void {
  const hatches = [LAYER.areaChangedHatch, LAYER.partChangedHatch];
  exposeForTests('__footprintChanges', {
    hatched: () =>
      [
        ...codesIn(map.getFilter(LAYER.areaChangedHatch)),
        ...partCodesIn(map.getFilter(LAYER.partChangedHatch)),
      ].sort(),
    /** Areas the last option switch faded from their old colour (none under reduced motion). */
    fading: () => codesIn(map.getFilter(LAYER.areaTransition)),
    rendered: () =>
      [
        ...new Set(
          map.queryRenderedFeatures({layers: hatches}).map((f) => f.properties.code as string),
        ),
      ].sort(),
  });
}
