// How an option's value of a criterion row is judged: the best options of a row, and the values
// past their thresholds. Split from rows.ts (the rows themselves), which these only read.
import type {OptionId} from '../types';
import {shownValue} from './shown';
import type {OptionCriteria, Thresholds} from './types';
import type {CriterionId} from './ids';
import type {CriterionRow} from './row-type';

/**
 * The options with the best value of `row`, compared as shown (shown.ts), every one on a tie,
 * in `criteria` order. None when the row has no better direction, or when fewer than two
 * different values are known (all equal, or one known: nothing to choose between); options
 * whose value is null are never compared.
 */
export function bestOptions(
  row: CriterionRow,
  criteria: readonly OptionCriteria[],
  thresholds: Thresholds,
): OptionId[] {
  if (row.better === null) return [];
  const known = criteria.flatMap((c) => {
    const v = row.value(c, thresholds);
    return v === null ? [] : [{id: c.optionId, shown: shownValue(row.unit, v)}];
  });
  const shown = known.map((k) => k.shown);
  if (new Set(shown).size < 2) return [];
  const best = row.better === 'lower' ? Math.min(...shown) : Math.max(...shown);
  return known.filter((k) => k.shown === best).map((k) => k.id);
}

/** Whether `value` is past the row's threshold (as shown); false for null and rows without one. */
export function isFlagged(
  row: CriterionRow,
  value: number | null,
  thresholds: Thresholds,
): boolean {
  return value !== null && row.passes !== undefined && !row.passes(value, thresholds);
}

/** Every flagged value, row by row then option by option (what a threshold change re-flags). */
export function flaggedValues(
  criteria: readonly OptionCriteria[],
  thresholds: Thresholds,
  rows: readonly CriterionRow[],
): {rowId: CriterionId; optionId: OptionId}[] {
  return rows.flatMap((row) =>
    criteria
      .filter((c) => isFlagged(row, row.value(c, thresholds), thresholds))
      .map((c) => ({rowId: row.id, optionId: c.optionId})),
  );
}
