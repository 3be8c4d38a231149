// The shape of one scorecard row (rows.ts lists them): its words, unit, direction, value and
// threshold. Its own file so the row pieces (row-values.ts, row-judging.ts) need not import rows.ts.
import type {RegionId} from '../types';
import type {CriterionUnit} from './shown';
import type {OptionCriteria, Thresholds} from './types';
import type {CriterionId} from './ids';

export interface CriterionRow {
  id: CriterionId;
  /** Plain words for a board member, e.g. "Population balance". */
  label: string;
  /** What the number counts, shown after the label and in the CSV's unit column, e.g.
   * "largest ÷ smallest region". */
  unitWords: string;
  unit: CriterionUnit;
  /** Which way is better; null where neither is (a region with few areas is neither good nor bad). */
  better: 'lower' | 'higher' | null;
  /** The row's value for an option; null when it cannot be measured (e.g. flows not loaded).
   * Rows that count regions past a threshold read it from `t`. */
  value(c: OptionCriteria, t: Thresholds): number | null;
  /** The region the value belongs to, for rows about one region (lowest containment); null
   * when the value is null. Absent on rows about the whole option. */
  region?(c: OptionCriteria): RegionId | null;
  /** The threshold the value is checked against, when the issue sets one. */
  threshold?: keyof Thresholds;
  /** Whether a (non-null) value is within its threshold, both as shown (shown.ts); present
   * exactly when `threshold` is. */
  passes?(value: number, thresholds: Thresholds): boolean;
  /** The value counts regions past the threshold (any is flagged), rather than being checked
   * against it itself. */
  counts?: true;
}
