// The scorecard as a CSV: one row per criterion, one column per option (titles, user-built ones
// marked), the unit, which way is better and the threshold in use. Shares are written as
// percentages (the unit says so); an unknown value is an empty cell, never 0.
import {DEFAULT_THRESHOLDS, type OptionCriteria, type Thresholds} from '../../domain/criteria/types';
import {markedTitle} from '../../domain/option-labels';
import type {BoundaryOption} from '../../domain/types';
import {SCORECARD_ROWS, type ScorecardRow} from '../scorecard/rows';
import {withNotice} from './csv';

const asFile = (row: ScorecardRow, v: number | null) => (v === null ? null : row.percent ? Math.round(v * 1000) / 10 : v);

/**
 * `criteria[i]` belongs to `options[i]`. `all`: every option known, to name what a user option
 * was based on in the notice column (present only when a user-built option is in the file).
 */
export function criteriaCsv(
  criteria: readonly OptionCriteria[],
  options: readonly BoundaryOption[],
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
  all: readonly BoundaryOption[] = options,
  rows: readonly ScorecardRow[] = SCORECARD_ROWS,
): string {
  return withNotice(
    [...options],
    all,
    ['criterion', 'unit', 'better', 'threshold', ...options.map(markedTitle)],
    rows.map((row) => [
      row.label,
      row.unit,
      row.better ?? '',
      row.threshold ? asFile(row, thresholds[row.threshold]) : null,
      ...criteria.map((c) => asFile(row, row.value(c))),
    ]),
  );
}
