// The board pack's glance sheets (review of issue 13): options fill sheets by the height their
// regions take, so a 20-region option never runs off its A4 sheet.
import {describe, expect, it} from 'vitest';
import {blockHeight, glanceSheets, SHEET_ROOM} from '../../src/ui/print/glance-sheets';

const opt = (n: number) => ({regions: Array.from({length: n}, (_, i) => ({id: `r${i}`}))});

describe('glanceSheets', () => {
  it('puts the three built-in options (5, 7, 7 regions) on one sheet', () => {
    expect(glanceSheets([opt(5), opt(7), opt(7)]).map((s) => s.length)).toEqual([3]);
  });

  it('starts a new sheet when the next option would not fit, and keeps every option', () => {
    const options = [opt(7), opt(20), opt(20), opt(7), opt(7)];
    const sheets = glanceSheets(options);
    expect(sheets.flat()).toEqual(options);
    for (const sheet of sheets)
      expect(sheet.reduce((h, o) => h + blockHeight(o.regions.length), 0)).toBeLessThanOrEqual(
        SHEET_ROOM,
      );
    expect(sheets.map((s) => s.length)).toEqual([1, 1, 1, 2]);
  });

  it('gives no sheet for no options', () => {
    expect(glanceSheets([])).toEqual([]);
  });
});
