// The per-region bar charts' data (issue 13), read from the one row model per option
// (src/domain/region-rows.ts): the same numbers as the Regions table and its CSV. Pure, so the
// unit tests check sorting, markers, nulls and the summary sentence.
import {capitalise, formatCompact, formatCount, formatPercent} from '../../domain/format';
import type {OptionRows, RegionRow} from '../../domain/region-rows';
import type {Bar, Marker} from './chart-types';
import {measureLabel, type FlowDataset} from '../../domain/flow-dataset';
import {largestFirst} from '../../domain/order';
import {inWordsOf, wordsIn} from '../../domain/geography';
import {PUBLISHED_WORDS} from '../../domain/published-words';

export type RegionMeasureId =
  'population' | typeof PUBLISHED_WORDS.areaCount | 'containment' | 'outside';

export interface RegionMeasure {
  id: RegionMeasureId;
  title: string;
  /** Column heading of the text alternative's value column. */
  column: string;
  value(r: RegionRow): number | null;
  /** As written at a bar's end (compact where the table has the full figure beside it). */
  short(n: number): string;
  /** As written in the text alternative: the Regions table's own format. */
  full(n: number): string;
  source: string;
  /** Needs the flow data: null values mean "loading" or "not loaded", never zero. */
  flows?: true;
}

export const REGION_MEASURES: readonly RegionMeasure[] = [
  {
    id: 'population',
    title: 'Population by {region}',
    column: 'Population',
    value: (r) => r.population,
    short: formatCompact,
    full: formatCount,
    source: '{population}',
  },
  {
    id: PUBLISHED_WORDS.areaCount,
    title: '{Areas} in each {region}',
    column: '{Areas}',
    value: (r) => r.areas,
    short: formatCount,
    full: formatCount,
    source: '{boundaries}',
  },
  {
    id: 'containment',
    title: 'Flow containment by {region}',
    column: 'Flow containment',
    value: (r) => r.flows?.containment ?? null,
    short: (n) => formatPercent(n),
    full: (n) => formatPercent(n),
    source: '{flows}',
    flows: true,
  },
  {
    id: 'outside',
    title: 'Residents attributed to a trust outside their {region}',
    column: 'Residents outside their {region}',
    value: (r) => r.flows?.outbound ?? null,
    short: formatCompact,
    full: formatCount,
    source: '{flows}',
    flows: true,
  },
];

/** `measure` as it reads for the flow data in use: a user's file is named with its unit and
 * file, never credited to PHE (the built-in data keeps the words above). */
export function measureForFlows(
  measure: RegionMeasure,
  dataset: FlowDataset | null,
): RegionMeasure {
  if (!measure.flows || !dataset || dataset.kind === 'builtin') return measure;
  const unit = capitalise(dataset.unit);
  const source = measureLabel(dataset);
  return measure.id === 'outside'
    ? {
        ...measure,
        title: `${unit} to other {regions}`,
        column: `${unit} to other {regions}`,
        source,
      }
    : {...measure, title: `Flow containment by {region} (${dataset.unit})`, source};
}

export interface RegionChart {
  measure: RegionMeasure;
  /** Largest first; unknown values last, in the option's order. */
  bars: Bar[];
  marker: Marker | null;
  summary: string;
}

/** The chart of `measure` for `rows` in the geography `g`'s words (give `regionNoun` as the
 * option's group noun, groupNounOf, so a cluster option's charts say "cluster"); `missing` is what a null
 * value says ("loading…" while the flow data loads, "not known" when it failed). */
export function regionChart(
  rows: OptionRows,
  measure: RegionMeasure,
  g: Words,
  missing = 'not known',
): RegionChart {
  const chart = regionChartIn(rows, measure, missing);
  const marker = chart.marker && {...chart.marker, label: wordsIn(chart.marker.label, g)};
  const bars = chart.bars.map((b) => ({...b, valueText: wordsIn(b.valueText, g)}));
  return {measure: inWordsOf(chart.measure, g), bars, marker, summary: wordsIn(chart.summary, g)};
}

type Words = Parameters<typeof wordsIn>[1];

function regionChartIn(rows: OptionRows, measure: RegionMeasure, missing: string): RegionChart {
  const bars = rows.rows.map((r): Bar => {
    const value = measure.value(r);
    // An empty region has no residents to measure: say so rather than "not known".
    const none = value === null ? (r.areas === 0 ? 'no {areas}' : missing) : null;
    return {
      key: r.region.id,
      label: r.region.name,
      value,
      valueText: none ?? measure.short(value!),
      fill: {colour: r.region.colour},
    };
  });
  bars.sort(largestFirst((b) => b.value));
  return {
    measure,
    bars,
    marker: markerOf(rows, measure),
    summary: summaryOf(bars, rows, measure, missing),
  };
}

/** England's reference where it means something: an equal share of the population, the
 * average areas per region, England's containment. None for residents outside (a total). */
function markerOf(rows: OptionRows, measure: RegionMeasure): Marker | null {
  const peopled = rows.rows.filter((r) => r.areas > 0).length;
  const e = rows.england;
  if (measure.id === 'population' && e.equalShare !== null)
    return {value: e.equalShare, label: `Equal share ${formatCompact(e.equalShare)}`};
  if (measure.id === PUBLISHED_WORDS.areaCount && peopled > 0)
    return {value: e.areas / peopled, label: `Average ${(e.areas / peopled).toFixed(1)}`};
  if (measure.id === 'containment' && e.containment !== null)
    return {value: e.containment, label: `{place} ${formatPercent(e.containment)}`};
  return null;
}

function summaryOf(
  bars: readonly Bar[],
  rows: OptionRows,
  measure: RegionMeasure,
  missing: string,
): string {
  const known = bars.filter((b) => b.value !== null);
  if (known.length === 0) return `${measure.column}: ${missing}.`;
  let [top, bottom] = [known[0]!, known[known.length - 1]!];
  const f = (b: Bar) => measure.full(b.value!);
  switch (measure.id) {
    case 'population': {
      // An empty region (a user's, with no areas yet) is not the smallest: it has no share.
      const peopled = known.filter((b) => rows.rows.find((r) => r.region.id === b.key)!.areas > 0);
      if (peopled.length > 0) [top, bottom] = [peopled[0]!, peopled[peopled.length - 1]!];
      const ratio =
        bottom.value! > 0 ? `, ${(top.value! / bottom.value!).toFixed(2)}× the smallest` : '';
      return `Largest ${top.label} (${f(top)})${ratio}${ratio ? ',' : '; smallest'} ${bottom.label} (${f(bottom)}).`;
    }
    case PUBLISHED_WORDS.areaCount:
      return `From ${f(bottom)} ${bottom.value === 1 ? '{area}' : '{areas}'} (${bottom.label}) to ${f(top)} (${top.label}); ${rows.england.areas} in all.`;
    case 'containment':
      return `Lowest ${bottom.label} (${f(bottom)} of its residents treated in the {region}); highest ${top.label} (${f(top)}).`;
    case 'outside':
      return `Most in ${top.label} (${f(top)}); ${formatCount(rows.england.crossRegion ?? 0)} across all {regions}.`;
  }
}
