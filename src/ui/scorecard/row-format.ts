// How the scorecard writes a criterion (the rows themselves are the domain's one list,
// src/domain/criteria/rows.ts): a formatter per unit, the words of a flag, the region a value
// belongs to, and the sentence naming the thresholds in use. The table, the criteria CSV, the
// board pack and the charts all write numbers through here, so they always agree.
import {type CriterionRow, type CriterionUnit} from '../../domain/criteria/rows';
import {shownValue} from '../../domain/criteria/shown';
import {THRESHOLD_WORDS, thresholdPhrase} from '../../domain/criteria/threshold-words';
import type {OptionCriteria, Thresholds} from '../../domain/criteria/types';
import {formatArea, formatCount, formatPercent} from '../../domain/format';
import type {BoundaryOption, Region} from '../../domain/types';
import {wordsIn} from '../../domain/geography';

/** What the scorecard needs of an option: its column title, whether a user built it, its noun
 * for its groups (the rows' words), and its
 * regions' names (for the row that names a region). */
export type ScorecardOption = Pick<BoundaryOption, 'id' | 'title' | 'userBuilt' | 'groupNoun'> & {
  regions: readonly Pick<Region, 'id' | 'name'>[];
};

// Each writes exactly shown.ts's UNIT_PLACES (tests/unit/criteria-shown.test.ts checks it).
const FORMATS: Readonly<Record<CriterionUnit, (v: number) => string>> = {
  ratio: (v) => `${v.toFixed(2)}×`,
  share: (v) => formatPercent(v, 1),
  people: formatCount,
  count: formatCount,
  km2: formatArea,
};

/** The value as shown, with its unit: "1.85×", "88.2%", "1,234", "1,234 km²". */
export function formatCriterion(row: Pick<CriterionRow, 'unit'>, value: number): string {
  return FORMATS[row.unit](shownValue(row.unit, value));
}

/** The flag's words for a value past its threshold: "Over 2.00×", "Under 90.0%", and for a row
 * counting regions past one, "Some under 1,000,000"; '' without one. */
export function flagWords(row: CriterionRow, thresholds: Thresholds): string {
  if (!row.threshold) return '';
  if (row.counts)
    return `Some ${THRESHOLD_WORDS[row.threshold].limit === 'at most' ? 'over' : 'under'} ${formatCount(thresholds[row.threshold])}`;
  return `${THRESHOLD_WORDS[row.threshold].limit === 'at most' ? 'Over' : 'Under'} ${formatCriterion(row, thresholds[row.threshold])}`;
}

/** A cell's marks, in reading order: "★ Best", "⚠ Over 2.00×". A best value that is also past
 * the threshold says the flag first and then "★ lowest of the options" ("highest" where more is
 * better): "★ Best ⚠ Over 0" read as a contradiction (newcomer trial). */
export function cellMarks(
  row: CriterionRow,
  best: boolean,
  flagged: boolean,
  thresholds: Thresholds,
): {kind: 'best' | 'flag'; icon: string; words: string}[] {
  const flag = {kind: 'flag' as const, icon: FLAG_ICON, words: flagWords(row, thresholds)};
  if (!best) return flagged ? [flag] : [];
  if (!flagged) return [{kind: 'best', icon: BEST_ICON, words: 'Best'}];
  const most = row.better === 'higher' ? 'highest' : 'lowest';
  return [flag, {kind: 'best', icon: BEST_ICON, words: `${most} of the options`}];
}
export const BEST_ICON = '★';
export const FLAG_ICON = '⚠';

/** The name of the region the row's value belongs to under `option` (lowest containment: "North
 * West"); null for rows about the whole option or an unknown value. Falls back to the id. */
export function regionOf(
  row: CriterionRow,
  criteria: OptionCriteria,
  option: Pick<ScorecardOption, 'regions'> | undefined,
): string | null {
  const id = row.region?.(criteria) ?? null;
  if (id === null) return null;
  return option?.regions.find((r) => r.id === id)?.name ?? id;
}

/** The value as a cell says it: "88.2% (North West)", "1.85×"; null for an unknown value. */
export function criterionText(
  row: CriterionRow,
  criteria: OptionCriteria,
  option: Pick<ScorecardOption, 'regions'> | undefined,
  thresholds: Thresholds,
): string | null {
  const value = row.value(criteria, thresholds);
  if (value === null) return null;
  const region = regionOf(row, criteria, option);
  return region === null
    ? formatCriterion(row, value)
    : `${formatCriterion(row, value)} (${region})`;
}

/** The thresholds in a sentence's words: "largest population ratio at most 2.00×; lowest flow
 * containment at least 90.0%; most areas in a region at most 12; districts split between
 * regions at most 0". */
export function thresholdsInWords(
  thresholds: Thresholds,
  g: Parameters<typeof wordsIn>[1],
  rows: readonly CriterionRow[],
): string {
  const text = rows
    .flatMap((row) =>
      row.threshold && !row.counts
        ? [
            `${thresholdPhrase(row.threshold)} ${THRESHOLD_WORDS[row.threshold].limit} ${formatCriterion(row, thresholds[row.threshold])}`,
          ]
        : [],
    )
    .join('; ');
  return wordsIn(text, g);
}

/** The live region's sentence after a threshold change: "2 values now flagged." */
export function flagNews(count: number): string {
  if (count === 0) return 'No values now flagged.';
  return `${formatCount(count)} ${count === 1 ? 'value' : 'values'} now flagged.`;
}
