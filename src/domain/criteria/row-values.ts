// The pieces the criterion rows (rows.ts) are built from: threshold checks as shown, and the
// smallest, largest and trust counts of an option's regions (null when unknown).
import {shownValue, type CriterionUnit} from './shown';
import {THRESHOLD_WORDS} from './threshold-words';
import type {OptionCriteria, Thresholds} from './types';
import type {CriterionRow} from './row-type';

/** The threshold `key` of a row shown in `unit`: a cap or a floor (threshold-words.ts), checked
 * on the values as shown, so "90.0%" never fails "at least 90.0%". */
export function limitedBy(
  unit: CriterionUnit,
  key: keyof Thresholds,
): Pick<CriterionRow, 'threshold' | 'passes'> {
  const cap = THRESHOLD_WORDS[key].limit === 'at most';
  return {
    threshold: key,
    passes: (v, t) => {
      const [value, limit] = [shownValue(unit, v), shownValue(unit, t[key])];
      return cap ? value <= limit : value >= limit;
    },
  };
}

/** A row counting the regions past threshold `key` (`value`): flagged when there is any. */
export function counting(
  key: keyof Thresholds,
): Pick<CriterionRow, 'threshold' | 'passes' | 'counts'> {
  return {threshold: key, passes: (v) => v === 0, counts: true};
}

export const smallest = (c: OptionCriteria) =>
  c.regions.length ? Math.min(...c.regions.map((r) => r.population)) : null;
export const largest = (c: OptionCriteria) =>
  c.regions.length ? Math.max(...c.regions.map((r) => r.population)) : null;
export const knownTrusts = (c: OptionCriteria) =>
  c.regions.length && c.regions.every((r) => r.trusts !== null)
    ? c.regions.map((r) => r.trusts!)
    : null;
