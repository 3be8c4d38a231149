// The scorecard's rows (issue 12) as data: what each criterion is called, its unit, which way is
// better, how to read it from OptionCriteria and which threshold (if any) it is checked against.
// The UI, the board pack and the criteria CSV all draw from this one list, in this order.
import type {OptionId} from '../types';
import type {OptionCriteria, Thresholds} from './types';

/** How a value is shown: 'ratio' (e.g. 1.88×), 'share' (0–1, shown as a percentage),
 * 'people', 'count' (STPs, CCGs, districts) or 'km2'. */
export type CriterionUnit = 'ratio' | 'share' | 'people' | 'count' | 'km2';

export type CriterionId =
  | 'population-ratio'
  | 'lowest-containment'
  | 'outside-region'
  | 'most-stps'
  | 'fewest-stps'
  | 'most-ccgs'
  | 'fewest-ccgs'
  | 'largest-area'
  | 'split-districts'
  | 'minority-residents';

export interface CriterionRow {
  id: CriterionId;
  /** Plain words for a board member, e.g. "Largest ÷ smallest region population". */
  label: string;
  unit: CriterionUnit;
  better: 'lower' | 'higher';
  /** The row's value for an option; null when it cannot be measured (e.g. flows not loaded). */
  value(c: OptionCriteria): number | null;
  /** The threshold the value is checked against, when the issue sets one. */
  threshold?: keyof Thresholds;
  /** Whether a (non-null) value is within its threshold; present exactly when `threshold` is. */
  passes?(value: number, thresholds: Thresholds): boolean;
}

/** A threshold that caps the value (`at most`) or floors it (`at least`), with its check. */
const atMost = (threshold: keyof Thresholds) => ({threshold, passes: (v: number, t: Thresholds) => v <= t[threshold]});
const atLeast = (threshold: keyof Thresholds) => ({threshold, passes: (v: number, t: Thresholds) => v >= t[threshold]});

/** The rows in scorecard order: balance, flows, span, coterminosity. "Fewest" rows count as
 * better when higher: a region with very few STPs or CCGs is the uneven end of the span. */
export const criterionRows: readonly CriterionRow[] = [
  {
    id: 'population-ratio',
    label: 'Largest ÷ smallest region population',
    unit: 'ratio',
    better: 'lower',
    value: (c) => c.populationRatio,
    ...atMost('maxPopulationRatio'),
  },
  {
    id: 'lowest-containment',
    label: 'Lowest patient-flow containment of any region',
    unit: 'share',
    better: 'higher',
    value: (c) => c.lowestContainment?.value ?? null,
    ...atLeast('minContainment'),
  },
  {id: 'outside-region', label: 'Residents attributed to a trust outside their region', unit: 'people', better: 'lower', value: (c) => c.outsideRegion},
  {
    id: 'most-stps',
    label: 'Most STPs in one region',
    unit: 'count',
    better: 'lower',
    value: (c) => c.mostStps,
    ...atMost('maxStpsPerRegion'),
  },
  {id: 'fewest-stps', label: 'Fewest STPs in one region', unit: 'count', better: 'higher', value: (c) => c.fewestStps},
  {id: 'most-ccgs', label: 'Most CCGs in one region', unit: 'count', better: 'lower', value: (c) => c.mostCcgs},
  {id: 'fewest-ccgs', label: 'Fewest CCGs in one region', unit: 'count', better: 'higher', value: (c) => c.fewestCcgs},
  {id: 'largest-area', label: 'Area of the largest region', unit: 'km2', better: 'lower', value: (c) => c.largestAreaKm2},
  {
    id: 'split-districts',
    label: 'Council districts split between regions',
    unit: 'count',
    better: 'lower',
    value: (c) => c.splitDistricts.length,
    ...atMost('maxSplitDistricts'),
  },
  {id: 'minority-residents', label: 'Residents on the minority side of a split district', unit: 'people', better: 'lower', value: (c) => c.minorityResidents},
];

/** The row with this id; throws on an unknown id (a programming error, not user input). */
export function criterionRow(id: CriterionId): CriterionRow {
  const row = criterionRows.find((r) => r.id === id);
  if (!row) throw new Error(`No criterion row "${id}"`);
  return row;
}

/**
 * The options with the best value of the row (every one on a tie, in `criteria` order); options
 * whose value is null are skipped, so the result is empty when none can be measured. Values
 * within a millionth of each other (relative) count as equal, so rounding cannot pick a winner.
 */
export function bestOptions(rowId: CriterionId, criteria: readonly OptionCriteria[]): OptionId[] {
  const row = criterionRow(rowId);
  const values = criteria.map((c) => ({id: c.optionId, value: row.value(c)})).filter((v): v is {id: OptionId; value: number} => v.value !== null);
  if (values.length === 0) return [];
  const pick = row.better === 'lower' ? Math.min : Math.max;
  const best = pick(...values.map((v) => v.value));
  const close = (v: number) => Math.abs(v - best) <= 1e-6 * Math.max(1, Math.abs(best));
  return values.filter((v) => close(v.value)).map((v) => v.id);
}
