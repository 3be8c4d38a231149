// The view in the address bar: readable query parameters that reproduce what the user sees.
// Pure (no window, no store): the sync in url-sync.ts does the I/O.
//
//   ?option=revised&compare=initial&<areaParam>=E54000020&region=midlands
//    &flows=1&min=1000&top=60&cross=1&dir=in&layers=<partsLayer>&view=52.5,-1.5,7
//
// Decoding (link-decode.ts) never throws: see there.
import type {OptionId} from '../domain/types';
import {DEFAULT_CHOICES, type FlowSettings} from './store';
import type {DecodedLink, KnownOption, LinkChoices} from './link-types';

export type {DecodedLink, KnownOption, LinkChoices};
export {CHOICE_PARAMS} from './link-params';
import {LAYER_WORDS} from './link-params';
import {PUBLISHED_WORDS} from '../domain/published-words';
export {quote} from './quote';
export {decodeChoices} from './link-decode';
export {LIMITS} from './link-values';

const LAYER_NAMES = Object.keys(DEFAULT_CHOICES.layers) as (keyof LinkChoices['layers'])[];

/** Round for a short link: 4 decimals of a degree is ~10 m, 2 of zoom is invisible. */
const round = (n: number, places: number) => Number(n.toFixed(places));

export function encodeChoices(choices: LinkChoices): string {
  const p = new URLSearchParams();
  // The option always goes in, so a link keeps its meaning if the default ever changes.
  p.set('option', choices.optionId);
  if (choices.compareId) p.set('compare', choices.compareId);
  if (choices.selectedArea) p.set(PUBLISHED_WORDS.areaParam, choices.selectedArea);
  else if (choices.selectedRegion) p.set('region', choices.selectedRegion);
  for (const [name, value] of Object.entries(flowParams(choices.flows))) p.set(name, value);
  const layers = LAYER_NAMES.filter((name) => choices.layers[name]).map(
    (name) => LAYER_WORDS[name],
  );
  if (layers.length) p.set('layers', layers.join(','));
  if (choices.viewport) {
    const [lng, lat] = choices.viewport.center;
    p.set('view', `${round(lat, 4)},${round(lng, 4)},${round(choices.viewport.zoom, 2)}`);
  }
  return p.toString();
}

/** The link parameters of flow settings that differ from the defaults (the embed dialog
 * passes the same ones on). */
export function flowParams(f: FlowSettings): Record<string, string> {
  const d = DEFAULT_CHOICES.flows;
  const p: Record<string, string> = {};
  if (f.visible !== d.visible) p.flows = f.visible ? '1' : '0';
  if (f.minVolume !== d.minVolume) p.min = String(f.minVolume);
  if (f.topN !== d.topN) p.top = String(f.topN);
  if (f.crossRegionOnly !== d.crossRegionOnly) p.cross = f.crossRegionOnly ? '1' : '0';
  if (f.direction !== d.direction) p.dir = f.direction;
  return p;
}

/** The complete choices a link describes: defaults, then the link on top. Used on load and
 * on Back/Forward, where anything the link leaves out must go back to its default. */
export function choicesFromLink(decoded: DecodedLink, fallbackOptionId: OptionId): LinkChoices {
  return {...LINK_DEFAULTS, optionId: fallbackOptionId, ...decoded.choices};
}

/** The defaults of every choice a link carries (a new choice in the store must be added
 * here, or the type check fails). */
export const LINK_DEFAULTS: LinkChoices = {
  optionId: DEFAULT_CHOICES.optionId,
  compareId: DEFAULT_CHOICES.compareId,
  selectedArea: DEFAULT_CHOICES.selectedArea,
  selectedRegion: DEFAULT_CHOICES.selectedRegion,
  layers: DEFAULT_CHOICES.layers,
  flows: DEFAULT_CHOICES.flows,
  viewport: DEFAULT_CHOICES.viewport,
};
