// The "what changes" overlay: STPs whose region differs between option A and option B are
// hatched (a pattern, so the change does not rest on colour alone), outlined with dashes and
// labelled. The hatch image is drawn here at run time: no sprite file, nothing fetched.
// Also the short fade of changed STPs from their old colour when the option switches.
import {Marker, type FilterSpecification, type Map as MapLibreMap} from 'maplibre-gl';
import {regionOfStp, stpsChangingColour} from '../../domain/options';
import type {BoundaryOption, Stp, StpCode} from '../../domain/types';
import {LAYER, SOURCE} from './layer-ids';
import {COLOURS} from '../colours';
import {exposeForTests} from '../test-hooks';

import type {ChangedStp} from '../map-view';

const HATCH_IMAGE = 'fp-hatch';
/** More labels than this crowd the map; the summary and the table name them instead. */
const MAX_LABELS = 6;
const FADE_MS = 900;

/** Diagonal stripes in the NHS text colour on a transparent tile that repeats seamlessly. */
export function hatchPixels(size = 10, ink = 3): {width: number; height: number; data: Uint8Array} {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if ((x + y) % size >= ink) continue;
      const i = (y * size + x) * 4;
      data.set([0x21, 0x2b, 0x32, 0xd0], i);
    }
  }
  return {width: size, height: size, data};
}

const codeFilter = (codes: StpCode[]): FilterSpecification => ['in', ['get', 'code'], ['literal', codes]];

export class ChangeLayer {
  private codes: StpCode[] = [];
  private markers: Marker[] = [];

  constructor(private map: MapLibreMap) {
    // pixelRatio 2: crisp stripes on high-density screens, 5 px apart on the page.
    map.addImage(HATCH_IMAGE, hatchPixels(10, 3), {pixelRatio: 2});
    const none = codeFilter([]);
    map.addLayer(
      {
        id: LAYER.stpTransition,
        type: 'fill',
        source: SOURCE.stps,
        filter: none,
        paint: {'fill-color': ['coalesce', ['feature-state', 'fromColour'], COLOURS.noRegion], 'fill-opacity': 0},
      },
      LAYER.stpBorder,
    );
    map.addLayer({id: LAYER.stpChangedHatch, type: 'fill', source: SOURCE.stps, filter: none, paint: {'fill-pattern': HATCH_IMAGE}}, LAYER.regionOutline);
    map.addLayer(
      {
        id: LAYER.stpChangedOutline,
        type: 'line',
        source: SOURCE.stps,
        filter: none,
        layout: {'line-join': 'round'},
        paint: {'line-color': COLOURS.focus, 'line-width': 3, 'line-dasharray': [1.5, 1]},
      },
      LAYER.stpFocus,
    );
  }

  /** (Re)install the browser tests' window into these layers. */
  expose(): void {
    exposeChangesForTests(this.map);
  }

  /** The "moves" labels off the map (HTML markers, no style change). */
  removeLabels(): void {
    for (const m of this.markers) m.remove();
    this.markers = [];
  }

  show(changes: ChangedStp[]): void {
    this.codes = changes.map((c) => c.code);
    for (const id of [LAYER.stpChangedHatch, LAYER.stpChangedOutline]) this.map.setFilter(id, codeFilter(this.codes));
    this.removeLabels();
    this.markers = changes.length > MAX_LABELS ? [] : changes.map((c) => this.label(c));
  }

  /** Changed STPs start in their old colour and fade into the new one; nothing moves for
   * people who ask for reduced motion. Call before the new colours are set. */
  fadeBetween(previous: BoundaryOption | null, next: BoundaryOption, stps: readonly Stp[]): void {
    if (!previous || previous === next || window.matchMedia?.('(prefers-reduced-motion: reduce)').matches) return;
    const fading = stpsChangingColour(previous, next, stps);
    if (!fading.length) return;
    for (const s of fading) this.map.setFeatureState({source: SOURCE.stps, id: s.code}, {fromColour: regionOfStp(previous, s.code)?.colour ?? null});
    const id = LAYER.stpTransition;
    this.map.setFilter(id, codeFilter(fading.map((s) => s.code)));
    this.map.setPaintProperty(id, 'fill-opacity-transition', {duration: 0, delay: 0});
    this.map.setPaintProperty(id, 'fill-opacity', 0.92);
    // Once the old colour is on screen, let it go; MapLibre animates the paint change.
    this.map.once('render', () => {
      this.map.setPaintProperty(id, 'fill-opacity-transition', {duration: FADE_MS, delay: 200});
      this.map.setPaintProperty(id, 'fill-opacity', 0);
    });
  }

  private label(c: ChangedStp): Marker {
    const el = document.createElement('div');
    el.className = 'fp-change-label';
    el.textContent = `${c.label}: moves`;
    // The summary names every move for assistive technology; this is for the eye.
    el.setAttribute('aria-hidden', 'true');
    // Above the STP's point: region names sit on their own points, often just below.
    return new Marker({element: el, anchor: 'bottom', offset: [0, -8]}).setLngLat(c.anchor).addTo(this.map);
  }
}

const codesIn = (filter: unknown): string[] => (filter as [string, unknown, [string, string[]]])[2][1];

/** For the browser tests: which STPs the map hatches, read from the map itself. */
function exposeChangesForTests(map: MapLibreMap): void {
  exposeForTests('__footprintChanges', {
    hatched: () => codesIn(map.getFilter(LAYER.stpChangedHatch)),
    /** STPs the last option switch faded from their old colour (none under reduced motion). */
    fading: () => codesIn(map.getFilter(LAYER.stpTransition)),
    rendered: () => [...new Set(map.queryRenderedFeatures({layers: [LAYER.stpChangedHatch]}).map((f) => f.properties.code as string))].sort(),
  });
}
