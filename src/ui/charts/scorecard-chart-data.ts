// The scorecard chart's data (issue 13): one small multiple per criterion row of the domain's
// one list, one bar per option (built-in then user-built, in the table's column order), read
// from the same OptionCriteria the scorecard table draws. Pure, so unit tests check the bars,
// marks and sentences without a DOM.
//
// Bars are drawn at the value as shown (shown.ts), so two options the table shows alike get
// bars of the same length, and a browser test can read each bar against the table's figure.
import type {CriterionRow} from '../../domain/criteria/rows';
import {bestOptions, isFlagged} from '../../domain/criteria/row-judging';
import {shownValue} from '../../domain/criteria/shown';
import {THRESHOLD_WORDS} from '../../domain/criteria/threshold-words';
import type {OptionCriteria, Thresholds} from '../../domain/criteria/types';
import {isUserBuilt, markedTitle, USER_BUILT_MARKER} from '../../domain/option-labels';
import {BEST_ICON, cellMarks, formatCriterion, type ScorecardOption} from '../scorecard/row-format';
import {CHAR_PX, LABEL_MAX, NARROW} from './bar-layout';
import type {Bar, BarFill, Marker} from './chart-types';

export const BEST_MARK = `${BEST_ICON} Best`;
export const NOT_KNOWN = 'not known';

/** NHS blue for official options; a user-built option's bars are hatched over a lighter blue,
 * so they differ in greyscale too (the label says "(user-built)" in words). */
const OFFICIAL_FILL: BarFill = {colour: '#005eb8'};
const USER_FILL: BarFill = {colour: '#41b6e6', pattern: 'hatch'};

export interface ScorecardMultiple {
  row: CriterionRow;
  /** One per option, in the options' order. */
  bars: Bar[];
  /** The row's threshold, where it has one. */
  marker: Marker | null;
  /** The multiple's point in words: the best, the flagged and the unknown values. */
  summary: string;
}

/** `text` cut to `chars` characters (as people count them) with an ellipsis. */
function fit(text: string, chars: number): string {
  const points = [...text];
  return points.length <= chars
    ? text
    : `${points
        .slice(0, Math.max(1, chars - 1))
        .join('')
        .trimEnd()}…`;
}

/**
 * An option's name on a bar, at most `chars` characters: a built-in option's title without its
 * bracketed gloss ("Before (five regions)" → "Before"); a user's title cut to leave room for
 * "(user-built)", which is never cut off.
 */
export function shortName(
  option: Pick<ScorecardOption, 'title' | 'userBuilt'>,
  chars: number,
): string {
  if (!isUserBuilt(option)) return fit(option.title.replace(/\s*\([^)]*\)\s*$/, ''), chars);
  return `${fit(option.title, Math.max(4, chars - USER_BUILT_MARKER.length - 1))} ${USER_BUILT_MARKER}`;
}

/** How many characters a bar's label has at `width` px, so HBarChart never cuts it: beside the
 * bar when wide (its label column), on its own line when narrow. */
export function labelChars(width: number): number {
  const px = width < NARROW ? width - 4 : Math.min(LABEL_MAX, width * 0.35) - 10;
  return Math.max(8, Math.floor(px / CHAR_PX));
}

/**
 * The small multiple of `row`: a bar per option in `criteria`'s order (the scorecard's
 * columns; each option found by id), labelled in at most `chars` characters. A null value is
 * a bar with no length that says "not known", never a zero bar.
 */
export function scorecardMultiple(
  row: CriterionRow,
  options: readonly ScorecardOption[],
  criteria: readonly OptionCriteria[],
  thresholds: Thresholds,
  chars = labelChars(LABEL_MAX / 0.35),
): ScorecardMultiple {
  const best = new Set(bestOptions(row, criteria, thresholds));
  const bars = criteria.map((c): Bar => {
    const option = optionOf(options, c);
    const value = row.value(c, thresholds);
    const marks = cellMarks(
      row,
      best.has(c.optionId),
      isFlagged(row, value, thresholds),
      thresholds,
    ).map((m) => `${m.icon} ${m.words}`);
    return {
      key: c.optionId,
      label: shortName(option, chars),
      value: value === null ? null : shownValue(row.unit, value),
      valueText: value === null ? NOT_KNOWN : formatCriterion(row, value),
      fill: isUserBuilt(option) ? USER_FILL : OFFICIAL_FILL,
      ...(marks.length ? {marks} : {}),
    };
  });
  // A row counting regions past a threshold has no threshold on its own scale.
  const marker =
    row.threshold && !row.counts
      ? {
          value: thresholds[row.threshold],
          label: `Threshold ${formatCriterion(row, thresholds[row.threshold])}`,
        }
      : null;
  return {row, bars, marker, summary: summaryOf(row, options, criteria, thresholds, best)};
}

/** Every row's small multiple, in the rows' order. */
export function scorecardMultiples(
  options: readonly ScorecardOption[],
  criteria: readonly OptionCriteria[],
  thresholds: Thresholds,
  rows: readonly CriterionRow[],
): ScorecardMultiple[] {
  return rows.map((row) => scorecardMultiple(row, options, criteria, thresholds));
}

/** The chart's point in a sentence: which option is best on the most criteria, e.g. "Revised
 * proposal has the best value on 5 of the 8 criteria where one way is better." */
export function scorecardSummary(
  options: readonly ScorecardOption[],
  multiples: readonly ScorecardMultiple[],
): string {
  const ranked = multiples.filter((m) => m.row.better !== null);
  const wins = new Map<string, number>();
  for (const m of ranked)
    for (const b of m.bars)
      if (b.marks?.some((m) => m.startsWith(BEST_ICON)))
        wins.set(b.key, (wins.get(b.key) ?? 0) + 1);
  const most = Math.max(0, ...wins.values());
  if (most === 0) return 'No option has a best value: the options are too alike to choose between.';
  const leaders = options.filter((o) => wins.get(o.id) === most).map(markedTitle);
  const who =
    leaders.length === 1
      ? `${leaders[0]} has`
      : `${leaders.slice(0, -1).join(', ')} and ${leaders.at(-1)} each have`;
  return `${who} the best value on ${most} of the ${ranked.length} criteria where one way is better.`;
}

/** The option `c` belongs to (by id; an option missing from the list is named by its id). */
const optionOf = (
  options: readonly ScorecardOption[],
  c: OptionCriteria,
): Pick<ScorecardOption, 'title' | 'userBuilt'> =>
  options.find((o) => o.id === c.optionId) ?? {title: c.optionId};

/** "Best: Revised proposal (1.52×). Past the threshold of at most 2.00×: Before (five regions)
 * (3.04×). Not known: My option 1 (user-built)." */
function summaryOf(
  row: CriterionRow,
  options: readonly ScorecardOption[],
  criteria: readonly OptionCriteria[],
  thresholds: Thresholds,
  best: ReadonlySet<string>,
): string {
  const named = (keep: (c: OptionCriteria) => boolean, withValue = true) =>
    criteria.flatMap((c) => {
      if (!keep(c)) return [];
      const value = row.value(c, thresholds);
      const title = markedTitle(optionOf(options, c));
      return [withValue && value !== null ? `${title} (${formatCriterion(row, value)})` : title];
    });
  const sentences: string[] = [];
  const bests = named((c) => best.has(c.optionId));
  if (row.better === null) sentences.push('Neither more nor fewer is better.');
  else
    sentences.push(
      bests.length
        ? `Best: ${bests.join(', ')}.`
        : 'No best value: too few different values to choose between.',
    );
  const flagged = named((c) => isFlagged(row, row.value(c, thresholds), thresholds));
  if (row.threshold && flagged.length) {
    const words = THRESHOLD_WORDS[row.threshold];
    sentences.push(
      `Past the threshold of ${words.limit} ${formatCriterion(row, thresholds[row.threshold])}: ${flagged.join(', ')}.`,
    );
  }
  const unknown = named((c) => row.value(c, thresholds) === null, false);
  if (unknown.length) sentences.push(`Not known: ${unknown.join(', ')}.`);
  return sentences.join(' ');
}
