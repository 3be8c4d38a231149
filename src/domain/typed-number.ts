// A number a person typed into a box, read so that it is never a different number from the
// one they meant: every form with one meaning is accepted, every ambiguous one refused with a
// message saying both readings. The app writes English numbers (point for decimals, comma for
// thousands), but people paste and type in their own habits, so:
//
// - Spaces (also no-break U+00A0, narrow U+202F, thin U+2009) and apostrophes ("1'000") only
//   group thousands. A mark used more than once groups thousands: "1,000,000", "1.000.000".
// - Two different marks: the last, used once, is the decimal mark ("1,234.5", "1.234,5").
// - One point alone is the decimal mark, as the app writes it ("2.5", "1.125") — except in a
//   whole-number box, where "1.000" could be 1 or 1000 and is refused, naming both.
// - One comma alone is a decimal comma ("2,5" is 2.5, with a note) unless three digits follow
//   1–3 digits: then "1,000" groups thousands in a whole-number box (which takes no decimals)
//   and is refused in a box taking decimals (1000 in English, 1.000 in German), naming both.
// So German grouping with points ("1.125" for 1125) in a decimal box reads as the app writes
// it, 1.125; every other form is read as meant or refused (see typed-number.test.ts).
// - Grouped digits must be in threes after the first group of 1–3 ("1,00,000" is refused).
// - A leading minus (- or −) is read, so a range check can say what the box takes.
// - Refused: empty, exponents, "+", "%", currency and any other character.
//
// `note` says how the text was read when it is not already in the app's own form ("2,5" →
// "read as 2.5"), so the box can show it.

export type TypedNumber =
  {ok: true; value: number; note: string | null} | {ok: false; message: string};

export interface TypedNumberRules {
  /** The box takes only whole numbers: a decimal is refused with its reading. */
  whole?: boolean;
  /** At most this many decimal places (default 6). */
  maxDecimals?: number;
}

const GROUPING_ONLY = /[ \u00a0\u202f\u2009'\u2019]/;
const ALLOWED = /^[0-9 \u00a0\u202f\u2009'\u2019.,]+$/;
const plain = new Intl.NumberFormat('en-GB', {maximumFractionDigits: 20, useGrouping: false});

const no = (message: string): TypedNumber => ({ok: false, message});

/** Reads `text` as typed in a number box (see the rules above); never throws. */
export function readTypedNumber(text: string, rules: TypedNumberRules = {}): TypedNumber {
  const trimmed = text.trim();
  if (trimmed === '') return no('Type a number');
  const negative = /^[-\u2212]/.test(trimmed);
  const t = negative ? trimmed.slice(1).trim() : trimmed;
  if (t === '' || !ALLOWED.test(t))
    return no(`"${trimmed}" is not a number: use digits, and a point for decimals`);
  if (t.split(/[^0-9]/).some((run) => run === ''))
    return no(`"${trimmed}" is not a number: separators must sit between digits`);
  const split = decimalSplit(t, rules.whole === true);
  if (typeof split === 'string') return no(split.replace('{t}', trimmed));
  const digits = split.whole.replace(/[^0-9]/g, '');
  if (split.grouped && !groupsOfThree(split.whole)) {
    return no(
      `"${trimmed}" is not grouped in threes, so its meaning is unclear: write it without separators, e.g. ${digits}`,
    );
  }
  if (split.fraction.length > (rules.maxDecimals ?? 6))
    return no(`"${trimmed}" has more than ${rules.maxDecimals ?? 6} decimal places`);
  if (digits.length > 15) return no(`"${trimmed}" is too large`);
  const magnitude = Number(`${digits}.${split.fraction || '0'}`);
  const value = negative && magnitude !== 0 ? -magnitude : magnitude;
  const shown = plain.format(value).replace('\u2212', '-');
  if (rules.whole && !Number.isInteger(value))
    return no(`"${trimmed}" is read as ${shown}, not a whole number`);
  const own = trimmed.replace('\u2212', '-');
  return {
    ok: true,
    value,
    note:
      own === shown || (Number(own) === value && /^-?\d+(\.\d+)?$/.test(own))
        ? null
        : `read as ${shown}`,
  };
}

type Split = {whole: string; fraction: string; grouped: boolean};

/** The whole and fraction parts of `t` (digits and marks only), or why they are unclear;
 * "{t}" in a message stands for the text as typed. */
function decimalSplit(t: string, wholeBox: boolean): Split | string {
  const marks = t.replace(/[0-9]/g, '').split('').filter(Boolean);
  if (marks.length === 0) return {whole: t, fraction: '', grouped: false};
  const distinct = [...new Set(marks)];
  const last = marks[marks.length - 1]!;
  if (distinct.length === 1) {
    if (GROUPING_ONLY.test(last) || marks.length > 1)
      return {whole: t, fraction: '', grouped: true};
    const [before, after] = t.split(last) as [string, string];
    const couldGroup = /^[1-9][0-9]{0,2}$/.test(before) && after.length === 3;
    const decimal = {whole: before, fraction: after, grouped: false};
    if (!couldGroup || (last === '.' && !wholeBox)) return decimal;
    if (last === ',' && wholeBox) return {whole: t, fraction: '', grouped: true};
    const mark = last === '.' ? 'point' : 'comma';
    const alternative = wholeBox ? before : `${before}.${after}`;
    return `"{t}" could be ${before}${after} or ${alternative}: write ${before}${after} without the ${mark}${wholeBox ? '' : `, or ${before}.${after} with a point`}`;
  }
  const groupingMarks = marks.slice(0, -1);
  if (GROUPING_ONLY.test(last) || groupingMarks.includes(last) || new Set(groupingMarks).size > 1) {
    return `"{t}" mixes separators, so its meaning is unclear: write it without separators, with a point for decimals`;
  }
  const cut = t.lastIndexOf(last);
  return {whole: t.slice(0, cut), fraction: t.slice(cut + 1), grouped: true};
}

/** "1,234,567": a first group of 1–3 digits, then groups of three, with any one mark. */
function groupsOfThree(whole: string): boolean {
  const groups = whole.split(/[^0-9]/);
  if (groups.length === 1) return true;
  return /^[0-9]{1,3}$/.test(groups[0]!) && groups.slice(1).every((g) => g.length === 3);
}
