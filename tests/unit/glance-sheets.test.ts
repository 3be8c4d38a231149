// The board pack's glance sheets (review of issue 13; issue 21, fault 1): options fill sheets by
// the height their regions take, so a 20-region option never runs off its A4 sheet, and an
// option with more bars than a sheet holds (42 ICBs) continues on the next, every bar once.
import {describe, expect, it} from 'vitest';
import {
  BARS_PER_SHEET,
  blockHeight,
  glanceSheets,
  SHEET_ROOM,
} from '../../src/ui/print/glance-sheets';

const opt = (n: number) => ({regions: Array.from({length: n}, (_, i) => ({id: `r${i}`}))});
const heights = (sheets: ReturnType<typeof glanceSheets>) =>
  sheets.map((s) => s.reduce((h, p) => h + blockHeight(p.to - p.from), 0));

describe('glanceSheets', () => {
  it('puts the three built-in options (5, 7, 7 regions) on one sheet, whole', () => {
    const options = [opt(5), opt(7), opt(7)];
    expect(glanceSheets(options)).toEqual([
      options.map((option) => ({option, from: 0, to: option.regions.length})),
    ]);
  });

  it('starts a new sheet when the next option would not fit, and keeps every option', () => {
    const options = [opt(7), opt(20), opt(20), opt(7), opt(7)];
    const sheets = glanceSheets(options);
    expect(sheets.flat().map((p) => p.option)).toEqual(options);
    for (const h of heights(sheets)) expect(h).toBeLessThanOrEqual(SHEET_ROOM);
    expect(sheets.map((s) => s.length)).toEqual([1, 1, 1, 2]);
  });

  it('continues an option with more bars than a sheet holds (England 2026: 42, 36, 26, 7), every bar on exactly one sheet', () => {
    const options = [opt(42), opt(36), opt(26), opt(7)];
    const sheets = glanceSheets(options);
    for (const h of heights(sheets)) expect(h).toBeLessThanOrEqual(SHEET_ROOM);
    for (const option of options) {
      const parts = sheets.flat().filter((p) => p.option === option);
      // Consecutive and complete: each part starts where the one before ended.
      expect(parts.map((p) => p.from)).toEqual([0, ...parts.slice(0, -1).map((p) => p.to)]);
      expect(parts.at(-1)!.to).toBe(option.regions.length);
      for (const p of parts) expect(p.to - p.from).toBeLessThanOrEqual(BARS_PER_SHEET);
    }
    expect(BARS_PER_SHEET).toBe(29);
    expect(sheets.map((s) => s.map((p) => p.to - p.from))).toEqual([
      [29],
      [13, 13],
      [23],
      [26],
      [7],
    ]);
  });

  it('gives no sheet for no options, and a block for an option with no groups', () => {
    expect(glanceSheets([])).toEqual([]);
    expect(glanceSheets([opt(0)])).toEqual([[{option: opt(0), from: 0, to: 0}]]);
  });
});
