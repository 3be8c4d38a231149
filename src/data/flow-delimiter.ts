// Which character separates values in the user's file. Spreadsheets save "CSV" with commas
// in English, with semicolons in languages that write decimals with a comma (French, German,
// Dutch…), and copy tables out with tabs. The first row with content decides: the file needs
// three values (origin, destination, volume), so the delimiter is the one character of the
// three that splits that row into at least three values — or that makes it a header we know.
//
// The row is split as RFC 4180 reads it: a value starting with a quote runs to its closing
// quote ("" inside is one quote) and must be followed by the delimiter or the end of the row.
// So `"origin","destination","volume"` (R's write.csv) splits with commas only: with
// semicolons or tabs its quotes are followed by a comma, which no well-formed row has.
export type Delimiter = ',' | ';' | '\t';

export const DELIMITER_NAMES: Record<Delimiter, string> = {',': 'commas', ';': 'semicolons', '\t': 'tabs'};
const CANDIDATES: Delimiter[] = [',', ';', '\t'];

export type DelimiterResult = {ok: true; delimiter: Delimiter} | {ok: false; row: number; message: string};

/**
 * `firstRow` is the first line with content (its 1-based number is `row`); `isHeader(cells,
 * full)` says whether split cells are a header the parser knows (naming all three columns if
 * `full`). Tests in turn: a full header, a partial one, three or more values, two values; the
 * first test that exactly one delimiter passes decides. Refuses when none passes any, or when
 * more than one passes the same test; the advice names only what the row shows.
 */
export function detectDelimiter(firstRow: string, row: number, isHeader: (cells: string[], full: boolean) => boolean): DelimiterResult {
  const splits = CANDIDATES.flatMap((d) => {
    const cells = splitRow(firstRow, d);
    return cells ? [{d, cells}] : [];
  });
  const tests = [(c: string[]) => isHeader(c, true), (c: string[]) => isHeader(c, false), (c: string[]) => c.length >= 3, (c: string[]) => c.length >= 2];
  for (const test of tests) {
    const passing = splits.filter((s) => test(s.cells));
    if (passing.length === 1) return {ok: true, delimiter: passing[0]!.d};
    // Stryker disable next-line EqualityOperator: one passing returned just above, so >= 1 is > 1 here
    if (passing.length > 1) {
      const names = passing.map((s) => DELIMITER_NAMES[s.d]);
      return {
        ok: false,
        row,
        message: `the values could be separated by ${names.join(' or ')}, so the file cannot be read safely: use only one of them between values, and put quotes round any value that contains another`,
      };
    }
  }
  return {ok: false, row, message: oneValueMessage(firstRow)};
}

/** Why a row split into one value, in terms of what it holds. */
function oneValueMessage(firstRow: string): string {
  const t = firstRow.trim();
  if (/^".*"$/.test(t) && /[,;\t]/.test(t)) {
    return 'the whole row is one quoted value: put quotes round each value (or none), not round the whole row';
  }
  if (splits(t)) return 'the quotes in the row do not close where a value ends: each quoted value must end with a quote right before the separator';
  return 'found only one value: separate origin, destination and volume with commas, semicolons or tabs';
}

/** Whether any delimiter appears in the row at all (so one value came from broken quotes). */
const splits = (t: string): boolean => CANDIDATES.some((d) => t.includes(d));

/**
 * The row's values split by `d` as RFC 4180 reads them (quotes removed, "" read as one quote),
 * or null when a quoted value is not followed by `d` or the row's end, or a quote never closes.
 */
export function splitRow(line: string, d: Delimiter): string[] | null {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let value = '';
      let j = i + 1;
      for (;;) {
        const q = line.indexOf('"', j);
        // Stryker disable next-line EqualityOperator: j is at least 1, so q is never 0
        if (q < 0) return null;
        value += line.slice(j, q);
        if (line[q + 1] === '"') {
          value += '"';
          j = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      cells.push(value);
      if (i === line.length) return cells;
      if (line[i] !== d) return null;
      i++;
    } else {
      const next = line.indexOf(d, i);
      if (next < 0) {
        cells.push(line.slice(i));
        return cells;
      }
      cells.push(line.slice(i, next));
      i = next + 1;
    }
  }
}
