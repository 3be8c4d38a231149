// Reads a link into choices. Never throws. Every parameter is checked on its own with zod,
// so one bad value costs only itself: it falls back to the default and yields a short
// message for the page to show, and the rest of the link still applies. Parameters the page
// does not read are named too (link-params.ts). What each value may be is in link-values.ts.
//
// Codes and ids are matched regardless of case (ONS codes are upper case in the data, ids
// lower case; a link typed or pasted from a spreadsheet may have either): the same code in
// another case is the same place, so this is not reading one value as another.
import type {z} from '../zod';
import type {AreaCode} from '../domain/types';
import {DEFAULT_CHOICES, type FlowSettings} from './store';
import {direction, flag, minVolumeSchema, topNSchema, viewSchema} from './link-values';
import type {DecodedLink, KnownOption, LinkChoices} from './link-types';
import {quote} from './quote';
import {LAYER_WORDS, readRenderer, unusedParamMessages} from './link-params';
import {withArticle, type Geography} from '../domain/geography';
import {codeOrigin} from '../data/geography-files';
import {PUBLISHED_WORDS} from '../domain/published-words';

/** What reading a link needs of the geography (`criteria`: its default thresholds, when known). */
export type LinkGeography = Pick<
  Geography,
  'id' | 'defaultOption' | 'place' | 'areas' | 'parts' | 'citations' | 'populationVintage'
> &
  Partial<Pick<Geography, 'criteria'>>;

const LAYER_NAMES = Object.keys(DEFAULT_CHOICES.layers) as (keyof LinkChoices['layers'])[];
const MAX_MESSAGES = 8;

const sameId = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** What one link parameter reads as, gathered into `choices`, or a message saying why not. */
interface Reader {
  get(name: string): string | null;
  choices: Partial<LinkChoices>;
  messages: string[];
}

/**
 * The choices `search` (a query string, with or without "?") asks for, and a message for each
 * part that could not be used. `known` lists every parameter the page reads (default: the
 * app's); any other parameter, and a repeated one, is reported. At most 9 messages.
 */
export function decodeChoices(
  search: string,
  knownOptions: readonly KnownOption[],
  knownAreaCodes: readonly AreaCode[],
  known: readonly string[],
  geography: LinkGeography,
): DecodedLink {
  const params = safeParams(search);
  const r: Reader = {get: (name) => params.get(name), choices: {}, messages: []};
  const option = readOption(r, knownOptions, geography.defaultOption);
  readCompare(r, knownOptions, option);
  readSelection(r, knownAreaCodes, option, geography);
  readFlows(r);
  readLayers(r);
  readField(
    r,
    'view',
    viewSchema,
    'Map view',
    `showing the whole of ${geography.place}`,
    (v) => (r.choices.viewport = v),
  );
  r.messages.push(...readRenderer(params).messages, ...unusedParamMessages(params, known));
  return {choices: r.choices, messages: capped(r.messages)};
}

function readOption(
  r: Reader,
  knownOptions: readonly KnownOption[],
  defaultOption: string,
): KnownOption | undefined {
  const fallback = knownOptions.find((o) => o.id === defaultOption);
  const raw = r.get('option');
  if (raw === null) return fallback;
  const found = knownOptions.find((o) => sameId(o.id, raw));
  if (!found)
    r.messages.push(
      `Unknown option ${quote(raw)} — showing ${fallback?.title ?? 'the default option'}`,
    );
  const option = found ?? fallback;
  if (option) r.choices.optionId = option.id;
  return option;
}

function readCompare(
  r: Reader,
  knownOptions: readonly KnownOption[],
  option: KnownOption | undefined,
): void {
  const raw = r.get('compare');
  if (raw === null) return;
  const found = knownOptions.find((o) => sameId(o.id, raw));
  if (!found) r.messages.push(`Unknown comparison option ${quote(raw)} — not comparing`);
  else if (found.id === option?.id)
    r.messages.push(`Cannot compare ${found.title} with itself — not comparing`);
  else r.choices.compareId = found.id;
}

function readSelection(
  r: Reader,
  knownAreaCodes: readonly AreaCode[],
  option: KnownOption | undefined,
  g: LinkGeography,
): void {
  const rawArea = r.get(PUBLISHED_WORDS.areaParam);
  const area = g.areas.noun.one;
  if (rawArea !== null) {
    const code = rawArea.trim().toUpperCase();
    const origin = knownAreaCodes.includes(code)
      ? null
      : codeOrigin(code, {id: g.id, areaNoun: area});
    if (knownAreaCodes.includes(code)) r.choices.selectedArea = code;
    else if (origin)
      r.messages.push(
        `${quote(rawArea)} is ${origin}, not ${withArticle(area)} of this map — no ${area} selected`,
      );
    else r.messages.push(`Unknown ${area} code ${quote(rawArea)} — no ${area} selected`);
  }
  const rawRegion = r.get('region');
  if (rawRegion === null) return;
  const region = option?.regions.find((reg) => sameId(reg.id, rawRegion));
  if (!region)
    r.messages.push(
      `Unknown region ${quote(rawRegion)} in ${option?.title ?? 'this option'} — no region selected`,
    );
  else if (r.choices.selectedArea)
    r.messages.push(`The link names both ${withArticle(area)} and a region — showing the ${area}`);
  else r.choices.selectedRegion = region.id;
}

function readFlows(r: Reader): void {
  const flows: Partial<FlowSettings> = {};
  const d = DEFAULT_CHOICES.flows;
  readField(r, 'flows', flag, 'Flows setting', 'use 0 or 1', (v) => (flows.visible = v));
  readField(
    r,
    'min',
    minVolumeSchema,
    'Smallest flow',
    `using ${d.minVolume}`,
    (v) => (flows.minVolume = v),
  );
  readField(r, 'top', topNSchema, 'Number of flows', `using ${d.topN}`, (v) => (flows.topN = v));
  readField(
    r,
    'cross',
    flag,
    'Cross-region setting',
    'use 0 or 1',
    (v) => (flows.crossRegionOnly = v),
  );
  readField(
    r,
    'dir',
    direction,
    'Flow direction',
    'use in, out or both',
    (v) => (flows.direction = v),
  );
  if (Object.keys(flows).length) r.choices.flows = {...d, ...flows};
}

function readLayers(r: Reader): void {
  const raw = r.get('layers');
  if (raw === null) return;
  const layers = {...DEFAULT_CHOICES.layers};
  for (const name of raw.split(',').filter(Boolean)) {
    const layer = LAYER_NAMES.find((l) => sameId(LAYER_WORDS[l], name) || sameId(l, name));
    if (layer) layers[layer] = true;
    else r.messages.push(`Unknown map layer ${quote(name)} — ignored`);
  }
  r.choices.layers = layers;
}

function readField<T>(
  r: Reader,
  name: string,
  schema: z.ZodMiniType<T>,
  what: string,
  fallback: string,
  set: (v: T) => void,
): void {
  const raw = r.get(name);
  if (raw === null) return;
  const parsed = schema.safeParse(raw);
  if (parsed.success) set(parsed.data);
  else r.messages.push(`${what} ${quote(raw)} is not valid — ${fallback}`);
}

/** Only links never made by encodeChoices have this many problems: a few words are enough. */
function capped(messages: string[]): string[] {
  if (messages.length <= MAX_MESSAGES) return messages;
  return [
    ...messages.slice(0, MAX_MESSAGES),
    `…and ${messages.length - MAX_MESSAGES} more problems in the link`,
  ];
}

/** URLSearchParams never throws on odd input, but a malformed %-escape should not matter either. */
function safeParams(search: string): URLSearchParams {
  try {
    return new URLSearchParams(search);
  } catch {
    return new URLSearchParams();
  }
}
