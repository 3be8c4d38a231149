// The scorecard as a CSV: one row per criterion, one column per option (titles, user-built ones
// marked), the unit, which way is better and the threshold in use. Values are written as the
// scorecard shows them (shown.ts: ratios to 0.01, whole people, counts and km²), so a
// spreadsheet's comparisons agree with the table's "Best" and flags; shares as percentages to
// 0.1 (the unit says so). An unknown value is an empty cell, never 0. A row about one region
// (lowest containment) is followed by a row naming that region under each option; the split
// districts row by one listing them with the residents on each side.
import {type CriterionRow} from '../../domain/criteria/rows';
import {shownValue} from '../../domain/criteria/shown';
import {
  DEFAULT_THRESHOLDS,
  type OptionCriteria,
  type Thresholds,
} from '../../domain/criteria/types';
import {markedTitle} from '../../domain/option-labels';
import type {BoundaryOption} from '../../domain/types';
import {regionOf} from '../scorecard/row-format';
import {withNotice} from './csv';
import {splitInWords, splitSides} from '../../domain/criteria/split-list';

function asFile(row: CriterionRow, v: number | null): number | null {
  if (v === null) return null;
  const shown = shownValue(row.unit, v);
  return row.unit === 'share' ? Number((shown * 100).toFixed(1)) : shown;
}

/**
 * `criteria[i]` belongs to `options[i]`. `all`: every option known, to name what a user option
 * was based on in the notice column (present only when a user-built option is in the file).
 */
export function criteriaCsv(
  criteria: readonly OptionCriteria[],
  options: readonly BoundaryOption[],
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
  all: readonly BoundaryOption[] = options,
  rows: readonly CriterionRow[],
): string {
  return withNotice(
    [...options],
    all,
    ['criterion', 'unit', 'better', 'threshold', ...options.map(markedTitle)],
    rows.flatMap((row) => {
      const values = [
        row.label,
        row.unitWords,
        row.better ?? '',
        row.threshold ? asFile(row, thresholds[row.threshold]) : null,
        ...criteria.map((c) => asFile(row, row.value(c, thresholds))),
      ];
      if (row.id === 'split-districts') return [values, splitsRow(row, criteria, options)];
      if (!row.region) return [values];
      return [
        values,
        [
          `${row.label}: region`,
          'region',
          '',
          null,
          ...criteria.map((c, i) => regionOf(row, c, options[i])),
        ],
      ];
    }),
  );
}

/** The row after "districts split": under each option, which districts, with the residents
 * on each side in plain digits, districts separated by " | " (issue 21, fault 10). */
function splitsRow(
  row: CriterionRow,
  criteria: readonly OptionCriteria[],
  options: readonly BoundaryOption[],
): (string | number | null)[] {
  const cell = (c: OptionCriteria, o: BoundaryOption | undefined) =>
    splitSides(c.splitDistricts, o?.regions ?? [])
      .map((s) => splitInWords(s, String))
      .join(' | ');
  return [
    `${row.label}: which, with residents on each side`,
    'district: group residents; …',
    '',
    null,
    ...criteria.map((c, i) => cell(c, options[i])),
  ];
}
