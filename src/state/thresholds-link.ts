// The scorecard in a link: `scorecard=1` opens it, and each threshold that differs from its
// default goes in as its own parameter, in the units the controls show:
//
//   ?scorecard=1&ratio=1.8&containment=85&<maxAreasParam>=10&splits=3
//
// `containment` is a percentage (85 means 0.85), as typed in the control; a value from 0 to 1
// is still a percentage (old links keep their meaning) and the link message says so. Decoding
// never throws: a bad value costs only itself, keeps the default and yields a message; a value
// read in another form ("2,5") is kept and the message says how it was read.
import {readTypedNumber} from '../domain/typed-number';
import {THRESHOLD_WORDS} from '../domain/criteria/threshold-words';
import {DEFAULT_THRESHOLDS, type Thresholds} from '../domain/criteria/types';
import type {ScorecardChoices} from './thresholds';
import {quote} from './quote';
import {PUBLISHED_WORDS} from '../domain/published-words';

/** Every scorecard parameter (declared with the view's parameters in link-params.ts). */
export const SCORECARD_PARAMS = [
  'scorecard',
  'ratio',
  'containment',
  PUBLISHED_WORDS.maxAreasParam,
  'splits',
  'minpop',
  'casplits',
  'mintrusts',
] as const;

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
  {
    key: 'maxAreasPerRegion',
    param: PUBLISHED_WORDS.maxAreasParam,
    min: 1,
    max: 100,
    whole: true,
    scale: 1,
  },
  {key: 'maxSplitDistricts', param: 'splits', min: 0, max: 1000, whole: true, scale: 1},
  {key: 'minRegionPopulation', param: 'minpop', min: 0, max: 100_000_000, whole: true, scale: 1},
  {key: 'maxSplitAuthorities', param: 'casplits', min: 0, max: 1000, whole: true, scale: 1},
  {key: 'minTrustsPerRegion', param: 'mintrusts', min: 0, max: 100, whole: true, scale: 1},
];

/** The threshold in the control's unit (containment 0.9 → 90), without float noise. */
export function controlValue(spec: ThresholdSpec, thresholds: Thresholds): number {
  return Number((thresholds[spec.key] / spec.scale).toFixed(6));
}

/**
 * A control's text (or a link's value) as a threshold, or a message saying why not (never
 * throws). Read by readTypedNumber: "2,5" is 2.5 and "1,000,000" is 1000000, never another
 * number. `note` says how the text was read when it differs from the app's own form ("read as
 * 2.5"), or, for containment from 0 to 1, that it is a percentage (0.9 is 0.9%, not 90%).
 */
export function parseThreshold(
  spec: ThresholdSpec,
  text: string,
): {value: number; note: string | null} | {error: string} {
  const typed = readTypedNumber(text, {whole: spec.whole});
  const range = `${spec.whole ? 'a whole number' : 'a number'} from ${spec.min} to ${spec.max}`;
  if (!typed.ok) return {error: `${typed.message}. The box takes ${range}`};
  if (typed.value < spec.min || typed.value > spec.max) return {error: `Use ${range}`};
  return {
    value: Number((typed.value * spec.scale).toFixed(8)),
    note: typed.note ?? percentNote(spec, typed.value),
  };
}

/** Containment is a percentage: a value from 0 to 1 may have been meant as a fraction. */
function percentNote(spec: ThresholdSpec, value: number): string | null {
  if (spec.param !== 'containment' || value <= 0 || value > 1) return null;
  return `read as ${value}%, a percentage; for ${Number((value * 100).toFixed(4))}% write ${Number((value * 100).toFixed(4))}`;
}

/** The link parameters of these choices: only what differs from the defaults (the geography's
 * when given, as the store holds them). */
export function scorecardParams(
  choices: ScorecardChoices & {defaults?: Thresholds},
): Record<string, string> {
  const defaults = choices.defaults ?? DEFAULT_THRESHOLDS;
  const p: Record<string, string> = {};
  if (choices.open) p.scorecard = '1';
  for (const spec of THRESHOLD_SPECS) {
    if (choices.thresholds[spec.key] !== defaults[spec.key])
      p[spec.param] = String(controlValue(spec, choices.thresholds));
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
  else if (open !== null)
    messages.push(`Scorecard setting ${quote(open)} is not valid — use 0 or 1`);
  const thresholds: Thresholds = {...defaults};
  let any = false;
  for (const spec of THRESHOLD_SPECS) {
    const raw = params.get(spec.param);
    if (raw === null) continue;
    const parsed = parseThreshold(spec, raw);
    if ('value' in parsed) {
      thresholds[spec.key] = parsed.value;
      any = true;
      if (parsed.note)
        messages.push(`${THRESHOLD_WORDS[spec.key].label} threshold ${quote(raw)} ${parsed.note}`);
    } else {
      const fallback = controlValue(spec, defaults);
      messages.push(
        `${THRESHOLD_WORDS[spec.key].label} threshold ${quote(raw)} is not valid — using ${fallback}${spec.param === 'containment' ? '%' : ''}`,
      );
    }
  }
  if (any) choices.thresholds = thresholds;
  return {choices, messages};
}
