// The measures the option comparison chart can show, as data over the one row model
// (src/domain/region-rows.ts): how each is read, written, changed and put on an axis.
import {pointsChange} from '../../domain/flow-regions';
import {formatCompact, formatCount, formatPercent, formatSigned} from '../../domain/format';
import type {RegionRow} from '../../domain/region-rows';
import {PUBLISHED_WORDS} from '../../domain/published-words';

export type CompareMeasureId =
  'population' | typeof PUBLISHED_WORDS.areaCount | 'containment' | 'outbound';

export interface ChartMeasure {
  id: CompareMeasureId;
  /** The choice's words. */
  label: string;
  /** The start of the chart's title, e.g. "Population of each region". */
  title: string;
  /** Where the figures come from; the flow measures name the flow data in use instead. */
  source: string;
  /** True when the figure comes from the flow data (null until it is loaded). */
  flows: boolean;
  /** null: no figure (flows not loaded, or no residents in them). */
  value(row: RegionRow): number | null;
  format(n: number): string;
  /** The change from A to B, e.g. "+730,650", "−1", "−0.3 pts", "0". */
  change(a: number, b: number): string;
  zeroBased: boolean;
  tickFormat(n: number): string;
}

const signedCount = (a: number, b: number) => formatSigned(Math.round(b - a));

export const CHART_MEASURES: readonly ChartMeasure[] = [
  {
    id: 'population',
    label: 'Population',
    title: 'Population of each {region}',
    source: '{population}',
    flows: false,
    value: (r) => r.population,
    format: formatCount,
    change: signedCount,
    zeroBased: true,
    tickFormat: formatCompact,
  },
  {
    id: PUBLISHED_WORDS.areaCount,
    label: '{Areas}',
    title: '{Areas} in each {region}',
    source: '{boundaries}',
    flows: false,
    value: (r) => r.areas,
    format: formatCount,
    change: signedCount,
    zeroBased: true,
    tickFormat: formatCount,
  },
  {
    id: 'containment',
    label: 'Flow containment',
    title: 'Flow containment of each {region}',
    source: '',
    flows: true,
    value: (r) => r.flows?.containment ?? null,
    format: (n) => formatPercent(n),
    change: pointsChange,
    // Regions sit between about 80% and 97%: from zero, a change of a point would be a pixel.
    zeroBased: false,
    tickFormat: (n) => formatPercent(n, 0),
  },
  {
    id: 'outbound',
    label: 'Residents attributed outside their {region}',
    title: 'Residents of each {region} attributed to trusts outside it',
    source: '',
    flows: true,
    value: (r) => r.flows?.outbound ?? null,
    format: formatCount,
    change: signedCount,
    zeroBased: true,
    tickFormat: formatCompact,
  },
];

export const DEFAULT_MEASURE: CompareMeasureId = 'population';

export const measureById = (id: CompareMeasureId): ChartMeasure =>
  CHART_MEASURES.find((m) => m.id === id) ?? CHART_MEASURES[0]!;
