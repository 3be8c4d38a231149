// The scorecard in a link: `scorecard=1` opens it, and each threshold that differs from its
// default goes in as its own parameter, in the units the controls show:
//
//   ?scorecard=1&ratio=1.8&containment=85&maxstps=10&splits=3
//
// `containment` is a percentage (85 means 0.85), as typed in the control. Decoding never
// throws: a bad value costs only itself, keeps the default and yields a message.
import {z} from '../zod';
import {THRESHOLD_WORDS} from '../domain/criteria/threshold-words';
import {DEFAULT_THRESHOLDS, type Thresholds} from '../domain/criteria/types';
import type {ScorecardChoices} from './thresholds';
import {quote} from './quote';

/** Every scorecard parameter (declared with the view's parameters in link-params.ts). */
export const SCORECARD_PARAMS = ['scorecard', 'ratio', 'containment', 'maxstps', 'splits', 'minpop', 'casplits', 'mintrusts'] as const;

/** One threshold: its link name, the range a user may choose (in the control's unit), whether
 * it is whole, and the factor from the control's unit to the Thresholds value. */
export interface ThresholdSpec {
  key: keyof Thresholds;
  param: (typeof SCORECARD_PARAMS)[number];
  min: number;
  max: number;
  whole: boolean;
  /** Thresholds value = control value × scale (containment: percent → 0–1). */
  scale: number;
}

export const THRESHOLD_SPECS: readonly ThresholdSpec[] = [
  {key: 'maxPopulationRatio', param: 'ratio', min: 1, max: 100, whole: false, scale: 1},
  {key: 'minContainment', param: 'containment', min: 0, max: 100, whole: false, scale: 0.01},
  {key: 'maxAreasPerRegion', param: 'maxstps', min: 1, max: 100, whole: true, scale: 1},
  {key: 'maxSplitDistricts', param: 'splits', min: 0, max: 1000, whole: true, scale: 1},
  {key: 'minRegionPopulation', param: 'minpop', min: 0, max: 100_000_000, whole: true, scale: 1},
  {key: 'maxSplitAuthorities', param: 'casplits', min: 0, max: 1000, whole: true, scale: 1},
  {key: 'minTrustsPerRegion', param: 'mintrusts', min: 0, max: 100, whole: true, scale: 1},
];

/** The threshold in the control's unit (containment 0.9 → 90), without float noise. */
export function controlValue(spec: ThresholdSpec, thresholds: Thresholds): number {
  return Number((thresholds[spec.key] / spec.scale).toFixed(6));
}

// Built once per threshold: building a zod schema costs far more than parsing with it.
const schemas = new Map<ThresholdSpec, z.ZodMiniType<number>>();
function schemaOf(spec: ThresholdSpec): z.ZodMiniType<number> {
  let schema = schemas.get(spec);
  if (!schema) {
    const pattern = spec.whole ? /^\s*\d{1,9}\s*$/ : /^\s*\d{1,6}(\.\d{1,6})?\s*$/;
    schema = z.pipe(z.pipe(z.string().check(z.regex(pattern)), z.transform(Number)), z.number().check(z.gte(spec.min), z.lte(spec.max)));
    schemas.set(spec, schema);
  }
  return schema;
}

/** A control's text as a threshold, or a message saying why not (never throws). */
export function parseThreshold(spec: ThresholdSpec, text: string): {value: number} | {error: string} {
  const parsed = schemaOf(spec).safeParse(text);
  if (parsed.success) return {value: Number((parsed.data * spec.scale).toFixed(8))};
  return {error: `Use ${spec.whole ? 'a whole number' : 'a number'} from ${spec.min} to ${spec.max}`};
}

/** The link parameters of these choices: only what differs from the defaults (the geography's
 * when given, as the store holds them). */
export function scorecardParams(choices: ScorecardChoices & {defaults?: Thresholds}): Record<string, string> {
  const defaults = choices.defaults ?? DEFAULT_THRESHOLDS;
  const p: Record<string, string> = {};
  if (choices.open) p.scorecard = '1';
  for (const spec of THRESHOLD_SPECS) {
    if (choices.thresholds[spec.key] !== defaults[spec.key]) p[spec.param] = String(controlValue(spec, choices.thresholds));
  }
  return p;
}

/** The scorecard choices `search` asks for (only those it names), and a message per bad value. */
export function decodeScorecard(
  search: string | URLSearchParams,
  defaults: Thresholds = DEFAULT_THRESHOLDS,
): {choices: Partial<ScorecardChoices>; messages: string[]} {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const choices: Partial<ScorecardChoices> = {};
  const messages: string[] = [];
  const open = params.get('scorecard');
  if (open === '1') choices.open = true;
  else if (open === '0') choices.open = false;
  else if (open !== null) messages.push(`Scorecard setting ${quote(open)} is not valid — use 0 or 1`);
  const thresholds: Thresholds = {...defaults};
  let any = false;
  for (const spec of THRESHOLD_SPECS) {
    const raw = params.get(spec.param);
    if (raw === null) continue;
    const parsed = parseThreshold(spec, raw);
    if ('value' in parsed) {
      thresholds[spec.key] = parsed.value;
      any = true;
    } else {
      const fallback = controlValue(spec, defaults);
      messages.push(`${THRESHOLD_WORDS[spec.key].label} threshold ${quote(raw)} is not valid — using ${fallback}${spec.param === 'containment' ? '%' : ''}`);
    }
  }
  if (any) choices.thresholds = thresholds;
  return {choices, messages};
}
