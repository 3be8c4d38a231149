// The scorecard's rows: what each criterion is called, its unit, how it is written, which way
// is better and which threshold flags it. Presentational and ours until the domain's
// `criterionRows` lands (same shape: swap the import, keep `format` and `flagWords` here).
import type {OptionCriteria, Thresholds} from '../../domain/criteria/types';
import {formatArea, formatCount, formatPercent} from '../../domain/format';

export interface ScorecardRow {
  id: string;
  label: string;
  /** Shown after the label, e.g. "largest ÷ smallest"; also the CSV's unit column. */
  unit: string;
  /** Which way is better; null where neither is (no "Best" mark). */
  better: 'lower' | 'higher' | null;
  /** The value of an option; null when it cannot be known (e.g. no flow data). */
  value(c: OptionCriteria): number | null;
  /** For people, with its unit: "1.85×", "88.2%", "1,234 km²". */
  format(v: number): string;
  /** The threshold that flags this row, if any. */
  threshold?: keyof Thresholds;
  /** The value is a share 0–1, written as a percentage in files. */
  percent?: true;
}

const ratio = (v: number) => `${v.toFixed(2)}×`;
const count = (v: number) => formatCount(v);

export const SCORECARD_ROWS: readonly ScorecardRow[] = [
  {id: 'population-ratio', label: 'Population balance', unit: 'largest ÷ smallest region', better: 'lower', value: (c) => c.populationRatio, format: ratio, threshold: 'maxPopulationRatio'},
  {id: 'lowest-containment', label: 'Lowest flow containment', unit: '% of residents treated in their own region', better: 'higher', value: (c) => c.lowestContainment?.value ?? null, format: (v) => formatPercent(v), threshold: 'minContainment', percent: true},
  {id: 'outside-region', label: 'Residents attributed outside their region', unit: 'residents', better: 'lower', value: (c) => c.outsideRegion, format: count},
  {id: 'most-stps', label: 'Most STPs in a region', unit: 'STPs', better: 'lower', value: (c) => c.mostStps, format: count, threshold: 'maxStpsPerRegion'},
  {id: 'fewest-stps', label: 'Fewest STPs in a region', unit: 'STPs', better: null, value: (c) => c.fewestStps, format: count},
  {id: 'most-ccgs', label: 'Most CCGs in a region', unit: 'CCGs', better: 'lower', value: (c) => c.mostCcgs, format: count},
  {id: 'fewest-ccgs', label: 'Fewest CCGs in a region', unit: 'CCGs', better: null, value: (c) => c.fewestCcgs, format: count},
  {id: 'largest-area', label: 'Largest region by area', unit: 'km²', better: 'lower', value: (c) => c.largestAreaKm2, format: formatArea},
  {id: 'split-districts', label: 'Local authority districts split between regions', unit: 'districts', better: 'lower', value: (c) => c.splitDistricts.length, format: count, threshold: 'maxSplitDistricts'},
  {id: 'minority-residents', label: 'Residents on the minority side of a split district', unit: 'residents', better: 'lower', value: (c) => c.minorityResidents, format: count},
];

/** Whether `value` passes the row's threshold (true when the row has none). Thresholds of
 * 'lower is better' rows are maxima, of 'higher is better' rows minima. */
export function passes(row: ScorecardRow, value: number, thresholds: Thresholds): boolean {
  if (!row.threshold) return true;
  const limit = thresholds[row.threshold];
  return row.better === 'higher' ? value >= limit : value <= limit;
}

/** The flag's words for a value past its threshold: "Over 2.00×", "Under 90.0%". */
export function flagWords(row: ScorecardRow, thresholds: Thresholds): string {
  if (!row.threshold) return '';
  return `${row.better === 'higher' ? 'Under' : 'Over'} ${row.format(thresholds[row.threshold])}`;
}

/** The indexes of the best values in `values` (ties all best); none when the row has no
 * better direction or fewer than two different values (nothing to choose between). */
export function bestIndexes(row: ScorecardRow, values: readonly (number | null)[]): Set<number> {
  const known = values.filter((v): v is number => v !== null);
  if (row.better === null || new Set(known).size < 2) return new Set();
  const best = row.better === 'lower' ? Math.min(...known) : Math.max(...known);
  return new Set(values.flatMap((v, i) => (v === best ? [i] : [])));
}
