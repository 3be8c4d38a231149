// The view in the address bar: readable query parameters that reproduce what the user sees.
// Pure (no window, no store): the sync in url-sync.ts does the I/O.
//
//   ?option=revised&compare=initial&stp=E54000020&region=midlands
//    &flows=1&min=1000&top=60&cross=1&dir=in&layers=ccgs&view=52.5,-1.5,7
//
// Decoding never throws. Every parameter is checked on its own with zod, so one bad value
// costs only itself: it falls back to the default and yields a short message for the page to
// show, and the rest of the link still applies.
import {z} from '../data/zod';
import type {OptionId, RegionId, StpCode} from '../domain/types';
import {DEFAULT_CHOICES, type FlowDirection, type FlowSettings, type MapViewport, type ViewChoices} from './store';

/** The choices a link carries (focus is momentary, so it never goes in a link). */
export type LinkChoices = Omit<ViewChoices, 'focusedStp'>;

/** The query parameters this module owns; url-sync leaves every other parameter alone. */
export const CHOICE_PARAMS = ['option', 'compare', 'stp', 'region', 'flows', 'min', 'top', 'cross', 'dir', 'layers', 'view'] as const;

/** What decoding needs to know about an option: its id and title, and its regions' ids. */
export interface KnownOption {
  id: OptionId;
  title: string;
  regions: readonly {id: RegionId; name: string}[];
}

export interface DecodedLink {
  choices: Partial<LinkChoices>;
  messages: string[];
}

// Bounds generous enough for any real view, tight enough that no value can hurt the page.
export const LIMITS = {
  minVolume: {min: 0, max: 10_000_000},
  topN: {min: 1, max: 500},
  lat: {min: 48, max: 62},
  lng: {min: -14, max: 8},
  zoom: {min: 0, max: 16},
};
const LAYER_NAMES = Object.keys(DEFAULT_CHOICES.layers) as (keyof LinkChoices['layers'])[];
const DIRECTIONS: readonly FlowDirection[] = ['in', 'out', 'both'];

// zod/mini's functional API (src/data/zod.ts): z.pipe(a, b) is classic a.pipe(b).
const flag = z.pipe(z.enum(['0', '1']), z.transform((v) => v === '1'));
const wholeNumber = (min: number, max: number) =>
  z.pipe(
    z.pipe(z.string().check(z.regex(/^\d{1,9}$/)), z.transform(Number)),
    z.int().check(z.gte(min), z.lte(max)),
  );
const decimal = (min: number, max: number) =>
  z.pipe(
    z.pipe(z.string().check(z.regex(/^-?\d{1,3}(\.\d{1,8})?$/)), z.transform(Number)),
    z.number().check(z.gte(min), z.lte(max)),
  );
const viewSchema = z.pipe(
  z.pipe(
    z.pipe(
      z.string(),
      z.transform((s) => s.split(',')),
    ),
    z.tuple([
      decimal(LIMITS.lat.min, LIMITS.lat.max),
      decimal(LIMITS.lng.min, LIMITS.lng.max),
      decimal(LIMITS.zoom.min, LIMITS.zoom.max),
    ]),
  ),
  z.transform(([lat, lng, zoom]): MapViewport => ({center: [lng, lat], zoom})),
);

/** Round for a short link: 4 decimals of a degree is ~10 m, 2 of zoom is invisible. */
const round = (n: number, places: number) => Number(n.toFixed(places));

export function encodeChoices(choices: LinkChoices): string {
  const p = new URLSearchParams();
  // The option always goes in, so a link keeps its meaning if the default ever changes.
  p.set('option', choices.optionId);
  if (choices.compareId) p.set('compare', choices.compareId);
  if (choices.selectedStp) p.set('stp', choices.selectedStp);
  else if (choices.selectedRegion) p.set('region', choices.selectedRegion);
  for (const [name, value] of Object.entries(flowParams(choices.flows))) p.set(name, value);
  const layers = LAYER_NAMES.filter((name) => choices.layers[name]);
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

/** Shows a user's bad value safely and briefly: React escapes it, this keeps it short. */
export function quote(value: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
  return `'${clean.length > 40 ? `${clean.slice(0, 39)}…` : clean}'`;
}

export function decodeChoices(
  search: string,
  knownOptions: readonly KnownOption[],
  knownStpCodes: readonly StpCode[],
): DecodedLink {
  const params = safeParams(search);
  const messages: string[] = [];
  const choices: Partial<LinkChoices> = {};
  const get = (name: string): string | null => params.get(name);
  const fallbackOption =
    knownOptions.find((o) => o.id === DEFAULT_CHOICES.optionId) ?? knownOptions[knownOptions.length - 1];

  const rawOption = get('option');
  let option = fallbackOption;
  if (rawOption !== null) {
    const found = knownOptions.find((o) => o.id === rawOption);
    if (found) {
      option = found;
      choices.optionId = found.id;
    } else {
      messages.push(`Unknown option ${quote(rawOption)} — showing ${fallbackOption?.title ?? 'the default option'}`);
      if (fallbackOption) choices.optionId = fallbackOption.id;
    }
  }

  const rawCompare = get('compare');
  if (rawCompare !== null) {
    const found = knownOptions.find((o) => o.id === rawCompare);
    if (!found) messages.push(`Unknown comparison option ${quote(rawCompare)} — not comparing`);
    else if (found.id === option?.id) messages.push(`Cannot compare ${found.title} with itself — not comparing`);
    else choices.compareId = found.id;
  }

  const rawStp = get('stp');
  if (rawStp !== null) {
    if (knownStpCodes.includes(rawStp)) choices.selectedStp = rawStp;
    else messages.push(`Unknown STP code ${quote(rawStp)} — no STP selected`);
  }
  const rawRegion = get('region');
  if (rawRegion !== null) {
    const region = option?.regions.find((r) => r.id === rawRegion);
    if (!region) messages.push(`Unknown region ${quote(rawRegion)} in ${option?.title ?? 'this option'} — no region selected`);
    else if (choices.selectedStp) messages.push(`The link names both an STP and a region — showing the STP`);
    else choices.selectedRegion = region.id;
  }

  const flows: Partial<FlowSettings> = {};
  const field = <T>(name: string, schema: z.ZodMiniType<T>, what: string, fallback: string, set: (v: T) => void) => {
    const raw = get(name);
    if (raw === null) return;
    const parsed = schema.safeParse(raw);
    if (parsed.success) set(parsed.data);
    else messages.push(`${what} ${quote(raw)} is not valid — ${fallback}`);
  };
  const d = DEFAULT_CHOICES.flows;
  field('flows', flag, 'Flows setting', 'use 0 or 1', (v) => (flows.visible = v));
  field('min', wholeNumber(LIMITS.minVolume.min, LIMITS.minVolume.max), 'Smallest flow', `using ${d.minVolume}`, (v) => (flows.minVolume = v));
  field('top', wholeNumber(LIMITS.topN.min, LIMITS.topN.max), 'Number of flows', `using ${d.topN}`, (v) => (flows.topN = v));
  field('cross', flag, 'Cross-region setting', 'use 0 or 1', (v) => (flows.crossRegionOnly = v));
  field('dir', z.enum(DIRECTIONS as [FlowDirection, ...FlowDirection[]]), 'Flow direction', 'use in, out or both', (v) => (flows.direction = v));
  if (Object.keys(flows).length) choices.flows = {...d, ...flows};

  const rawLayers = get('layers');
  if (rawLayers !== null) {
    const layers = {...DEFAULT_CHOICES.layers};
    for (const name of rawLayers.split(',').filter(Boolean)) {
      if ((LAYER_NAMES as string[]).includes(name)) layers[name as keyof typeof layers] = true;
      else messages.push(`Unknown map layer ${quote(name)} — ignored`);
    }
    choices.layers = layers;
  }

  field('view', viewSchema, 'Map view', 'showing the whole of England', (v) => (choices.viewport = v));

  // Only reached by links that were never made by encodeChoices; a few words are enough.
  if (messages.length > 8) messages.splice(8, messages.length - 8, `…and ${messages.length - 8} more problems in the link`);
  return {choices, messages};
}

/** URLSearchParams never throws on odd input, but a malformed %-escape should not matter either. */
function safeParams(search: string): URLSearchParams {
  try {
    return new URLSearchParams(search);
  } catch {
    return new URLSearchParams();
  }
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
  selectedStp: DEFAULT_CHOICES.selectedStp,
  selectedRegion: DEFAULT_CHOICES.selectedRegion,
  layers: DEFAULT_CHOICES.layers,
  flows: DEFAULT_CHOICES.flows,
  viewport: DEFAULT_CHOICES.viewport,
};
