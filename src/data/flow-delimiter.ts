// Which character separates values in the user's file. Spreadsheets save "CSV" with commas
// in English, with semicolons in languages that write decimals with a comma (French, German,
// Dutch…), and copy tables out with tabs. The first row with content decides: the file needs
// three values (origin, destination, volume), so the delimiter is the one character of the
// three that splits that row into at least three values — or that makes it a header we know.
import {dsvFormat} from 'd3-dsv';

export type Delimiter = ',' | ';' | '\t';

export const DELIMITER_NAMES: Record<Delimiter, string> = {',': 'commas', ';': 'semicolons', '\t': 'tabs'};
const CANDIDATES: Delimiter[] = [',', ';', '\t'];

export type DelimiterResult = {ok: true; delimiter: Delimiter} | {ok: false; row: number; message: string};

/**
 * `firstRow` is the first line with content (its 1-based number is `row`); `isHeader(cells,
 * full)` says whether split cells are a header the parser knows (naming all three columns if
 * `full`). Tests in turn: a full header, a partial one, three or more values, two values; the
 * first test that exactly one delimiter passes decides. Refuses when none passes any, or when
 * more than one passes the same test.
 */
export function detectDelimiter(firstRow: string, row: number, isHeader: (cells: string[], full: boolean) => boolean): DelimiterResult {
  const splits = CANDIDATES.map((d) => ({d, cells: dsvFormat(d).parseRows(firstRow)[0] ?? []}));
  const tests = [(c: string[]) => isHeader(c, true), (c: string[]) => isHeader(c, false), (c: string[]) => c.length >= 3, (c: string[]) => c.length >= 2];
  for (const test of tests) {
    const passing = splits.filter((s) => test(s.cells));
    if (passing.length === 1) return {ok: true, delimiter: passing[0]!.d};
    if (passing.length > 1) {
      const names = passing.map((s) => DELIMITER_NAMES[s.d]);
      return {
        ok: false,
        row,
        message: `the values could be separated by ${names.join(' or ')}, so the file cannot be read safely: save it as CSV with commas only between values`,
      };
    }
  }
  return {ok: false, row, message: 'found only one value: separate origin, destination and volume with commas, semicolons or tabs'};
}
