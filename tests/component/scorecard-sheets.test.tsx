// How the board pack's scorecard falls onto A4 sheets: at most four option columns a sheet,
// shared evenly, so no option sits alone on a sheet when it need not (newcomer trial: a fifth
// option, the user's, was alone on the second sheet).
import {describe, expect, it} from 'vitest';
import {COLUMNS_PER_SHEET, scorecardSheets} from '../../src/ui/print/BoardPackScorecard';

const ids = (n: number) => Array.from({length: n}, (_, i) => `o${i + 1}`);
const widths = (n: number) =>
  scorecardSheets(ids(n), 'o1').flatMap((s) => (s.columns.length ? [s.columns.length] : []));

describe('the board pack scorecard’s sheets', () => {
  it('share the columns evenly, at most four to a sheet', () => {
    expect(COLUMNS_PER_SHEET).toBe(4);
    expect(widths(1)).toEqual([1]);
    expect(widths(4)).toEqual([4]);
    expect(widths(5)).toEqual([3, 2]);
    expect(widths(6)).toEqual([3, 3]);
    expect(widths(9)).toEqual([3, 3, 3]);
    expect(widths(13)).toEqual([4, 3, 3, 3]);
  });

  it('keep every option once, in order, and the trade-offs against the baseline after', () => {
    for (const n of [1, 3, 5, 8, 11]) {
      const sheets = scorecardSheets(ids(n), 'o1');
      expect(sheets.flatMap((s) => s.columns)).toEqual(ids(n));
      expect(sheets.flatMap((s) => s.tradeOffs)).toEqual(ids(n).slice(1));
    }
  });
});
