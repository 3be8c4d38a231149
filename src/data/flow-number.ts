// How a volume written by a spreadsheet is read: only what has one meaning is accepted, and
// every refusal says why and how to write it, so a number is never read as a different one.
//
// Rules (the delimiter of the file sets what a comma may mean):
// - Digits only: "1234". Leading zeros are fine ("007" is 7).
// - Spaces (ordinary, no-break U+00A0, narrow no-break U+202F, thin U+2009) and apostrophes
//   (Swiss "1'234") only ever group thousands: "1 234" is 1234.
// - A mark that appears more than once groups thousands: "1,234,567" and "1.234.567" are
//   1234567. Groups must be of three ("1,23,456", Indian lakh grouping, also accepted).
// - Two different marks: the last one, appearing once, is the decimal mark: "1,234.5" and
//   "1.234,5" are 1234.5 (but in a comma-separated file a comma is never a decimal mark).
// - One point or comma alone: followed by exactly three digits after 1–3 digits ("1.234") it
//   could group thousands or mark decimals, so it is refused as ambiguous — except a comma in a
//   comma-separated file, where "1,234" (which must have been quoted) is 1234 as English
//   spreadsheets write it. Otherwise it is the decimal mark: "1.5", "0.234", "1234,5" (a comma
//   decimal is refused in a comma-separated file, where commas group thousands).
// - Refused: empty, negative (also "(5)" and a trailing minus), percentages, currency signs,
//   exponents ("1e3"), NaN/Infinity, any other character, and whole parts above
//   9,007,199,254,740,991 (a browser cannot hold them exactly).
import type {Delimiter} from './flow-delimiter';

export type VolumeResult = {ok: true; value: number} | {ok: false; message: string};

const GROUPING_ONLY = /[ \u00a0\u202f\u2009'\u2019]/;
const ALLOWED = /^[0-9 \u00a0\u202f\u2009'\u2019.,]+$/;

const no = (message: string): VolumeResult => ({ok: false, message});

/** Reads one volume cell. `delimiter` is the file's, which decides what a comma may mean. */
export function readVolume(cell: string, delimiter: Delimiter): VolumeResult {
  const t = cell.trim();
  if (t === '') return no('the volume is empty');
  const refused = refusal(t);
  if (refused) return no(refused);
  if (!ALLOWED.test(t)) return no(`the volume "${t}" is not a number`);
  const parts = splitMarks(t);
  if (!parts) return no(`the volume "${t}" is not a number: separators must sit between digits`);
  const split = decimalSplit(t, parts.marks, delimiter);
  if (typeof split === 'string') return no(split);
  const whole = split.whole.replace(/[^0-9]/g, '');
  if (split.grouped && !groupsOfThree(split.whole)) {
    return no(`the volume "${t}" is not grouped in threes, so its meaning is unclear: write it without separators, e.g. ${whole}`);
  }
  // Stryker disable next-line StringLiteral: "12." and "12.0" are the same number
  const value = Number(`${whole}.${split.fraction || '0'}`);
  if (Number(whole) > Number.MAX_SAFE_INTEGER) return no(`the volume "${t}" is too large to be held exactly (over 9,007,199,254,740,991)`);
  return {ok: true, value};
}

/** Forms a spreadsheet writes that are not a plain count: refused with their own reason. */
function refusal(t: string): string | null {
  if (/%/.test(t)) return `the volume "${t}" is a percentage: give the count itself`;
  if (/[£$€¥₹¤]|\b(GBP|EUR|USD)\b/i.test(t)) return `the volume "${t}" has a currency sign: give a count without it`;
  if (/^[-\u2212\u2012\u2013\u2014(]|[-\u2212)]$/.test(t)) return `the volume "${t}" is negative: volumes are counts of 0 or more`;
  // Stryker disable next-line Regex,StringLiteral: without this line "nan" is still "not a number" (ALLOWED); it is here for "+nan"
  if (/^[+]?(nan|inf|infinity|#.*)$/i.test(t)) return `the volume "${t}" is not a number`;
  if (/^[+]?[0-9.,]+e[+-]?[0-9]+$/i.test(t)) return `the volume "${t}" is written with an exponent: write the number in full, e.g. 1200 for 1.2e3`;
  if (/^\+/.test(t)) return `the volume "${t}" starts with "+": write the number alone`;
  return null;
}

/** The separator characters between digit runs, or null if one is at an end or two touch. */
function splitMarks(t: string): {marks: string[]} | null {
  const runs = t.split(/[^0-9]/);
  if (runs.some((r) => r === '')) return null;
  return {marks: t.replace(/[0-9]/g, '').split('')};
}

type Split = {whole: string; fraction: string; grouped: boolean};

function decimalSplit(t: string, marks: string[], delimiter: Delimiter): Split | string {
  if (marks.length === 0) return {whole: t, fraction: '', grouped: false};
  const distinct = [...new Set(marks)];
  const last = marks[marks.length - 1]!;
  const commaIsGrouping = delimiter === ',';
  if (distinct.length === 1) {
    // One kind of mark throughout.
    if (GROUPING_ONLY.test(last) || marks.length > 1) return {whole: t, fraction: '', grouped: true};
    const [before, after] = t.split(last) as [string, string];
    const couldGroup = /^[1-9][0-9]{0,2}$/.test(before) && after.length === 3;
    if (last === ',' && commaIsGrouping) {
      // Stryker disable next-line BooleanLiteral: couldGroup is already one group of three
      if (couldGroup) return {whole: t, fraction: '', grouped: true};
      return `the volume "${t}" has a comma that does not group thousands; in a comma-separated file write decimals with a point, e.g. ${before}.${after}`;
    }
    if (couldGroup) {
      return `the volume "${t}" is ambiguous: it could be ${before}${after} or ${before}.${after} (write it without the ${last === '.' ? 'point' : 'comma'}, e.g. ${before}${after}, or with more decimal places)`;
    }
    return {whole: before, fraction: after, grouped: false};
  }
  // Mixed marks: the last, used once, marks decimals; the rest group thousands.
  const groupingMarks = marks.slice(0, -1);
  if (GROUPING_ONLY.test(last) || groupingMarks.includes(last) || new Set(groupingMarks).size > 1) {
    return `the volume "${t}" mixes separators, so its meaning is unclear: write it without separators`;
  }
  if (last === ',' && commaIsGrouping) {
    return `the volume "${t}" uses a decimal comma in a comma-separated file: write it with a decimal point and no separators`;
  }
  const cut = t.lastIndexOf(last);
  return {whole: t.slice(0, cut), fraction: t.slice(cut + 1), grouped: true};
}

/** "1,234,567" (threes) or "12,34,567" (Indian: twos, then a three), with any one mark.
 * `whole` is a grouped whole part (Split.grouped), so it has a mark. */
function groupsOfThree(whole: string): boolean {
  const groups = whole.split(/[^0-9]/);
  const [first, ...rest] = groups as [string, ...string[]];
  if (!/^[1-9][0-9]{0,2}$/.test(first)) return false;
  const tail = rest[rest.length - 1]!;
  if (rest.every((g) => g.length === 3)) return true;
  return tail.length === 3 && first.length <= 2 && rest.slice(0, -1).every((g) => g.length === 2);
}
