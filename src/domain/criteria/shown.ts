// A criterion's value as the scorecard shows it. "Best" and the threshold flags compare these,
// not the unrounded figures, so a table never marks two equal-looking numbers differently
// (1.801× and 1.799× are both "1.80×": both best, or neither).

/** How a value is shown: 'ratio' (1.85×), 'share' (0–1, shown as a percentage, 88.2%),
 * 'people' (1,234), 'count' (areas, parts, districts) or 'km2' (1,234 km²). */
export type CriterionUnit = 'ratio' | 'share' | 'people' | 'count' | 'km2';

/** Decimal places each unit is shown to, in the value's own scale: a ratio to 0.01, a share to
 * 0.001 (a tenth of a percentage point), people, counts and areas whole. The scorecard's
 * formatters (src/ui/scorecard/row-format.ts) write exactly these places. */
export const UNIT_PLACES: Readonly<Record<CriterionUnit, number>> = {
  ratio: 2,
  share: 3,
  people: 0,
  count: 0,
  km2: 0,
};

/**
 * `value` rounded to what the scorecard shows for `unit`, halves up: shownValue('ratio', 1.855)
 * is 1.86, shownValue('share', 0.88249) is 0.882. Float noise is removed first (2.675 × 100 is
 * 267.49999999999997 in binary), so a figure rounds the way its decimal digits say.
 */
export function shownValue(unit: CriterionUnit, value: number): number {
  const factor = 10 ** UNIT_PLACES[unit];
  return Math.round(Number((value * factor).toPrecision(12))) / factor;
}
