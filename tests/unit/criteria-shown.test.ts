// Values as the scorecard shows them (src/domain/criteria/shown.ts), and the UI's formatters
// writing exactly those places: two values look the same exactly when they compare the same.
import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {shownValue, UNIT_PLACES, type CriterionUnit} from '../../src/domain/criteria/shown';
import {criterionRow} from '../../src/domain/criteria/rows';
import {ROWS_2018 as criterionRows} from './criteria-ui-fixtures';
import {DEFAULT_THRESHOLDS} from '../../src/domain/criteria/types';
import {
  criterionText,
  flagNews,
  flagWords,
  formatCriterion,
  thresholdsInWords,
} from '../../src/ui/scorecard/row-format';
import {criteria} from './criteria-ui-fixtures';
import {geography} from './real-data';

const UNITS = Object.keys(UNIT_PLACES) as CriterionUnit[];

describe('shown values', () => {
  it('round each unit to the places the scorecard shows, halves up', () => {
    expect(shownValue('ratio', 1.855)).toBe(1.86);
    expect(shownValue('ratio', 1.8549)).toBe(1.85);
    expect(shownValue('share', 0.88249)).toBe(0.882);
    expect(shownValue('share', 0.8825)).toBe(0.883);
    expect(shownValue('people', 1234.5)).toBe(1235);
    expect(shownValue('count', 12)).toBe(12);
    expect(shownValue('km2', 61_234.49)).toBe(61_234);
  });

  it('round the way the decimal digits say, not the binary float (2.675 is 2.67499… in binary)', () => {
    expect(shownValue('ratio', 2.675)).toBe(2.68);
    expect(shownValue('ratio', 1.005)).toBe(1.01);
    expect(shownValue('share', 0.8995)).toBe(0.9);
    expect(shownValue('share', 0.1 + 0.2)).toBe(0.3);
  });

  it('are written by the formatters with exactly those places: equal text exactly when equal shown values', () => {
    const unit = fc.constantFrom(...UNITS);
    const value = fc.double({min: 0, max: 100, noNaN: true});
    fc.assert(
      fc.property(unit, value, value, (u, x, y) => {
        const row = {unit: u};
        expect(formatCriterion(row, x) === formatCriterion(row, y)).toBe(
          shownValue(u, x) === shownValue(u, y),
        );
      }),
    );
    // Pairs straddling a rounding boundary, where a formatter with other places or another
    // rounding rule would write equal text for different shown values, or the reverse.
    fc.assert(
      fc.property(
        unit,
        fc.integer({min: 0, max: 10_000}),
        fc.double({min: -1e-4, max: 1e-4, noNaN: true}),
        fc.double({min: -1.5, max: 1.5, noNaN: true}),
        (u, k, nudge, step) => {
          const size = 1 / 10 ** UNIT_PLACES[u];
          const x = (k + 0.5) * size + nudge * size;
          const y = x + step * size;
          const row = {unit: u};
          expect(formatCriterion(row, x) === formatCriterion(row, y)).toBe(
            shownValue(u, x) === shownValue(u, y),
          );
        },
      ),
    );
  });
});

describe('row formatters', () => {
  it('write each unit with its sign', () => {
    const text = (id: Parameters<typeof criterionRow>[0], v: number) =>
      formatCriterion(criterionRow(id), v);
    expect([
      text('population-ratio', 1.8),
      text('lowest-containment', 0.8825),
      text('outside-region', 12345.4),
      text('largest-area', 61234.5),
    ]).toEqual(['1.80×', '88.3%', '12,345', '61,235 km²']);
  });

  it('name the region of the lowest containment, falling back to its id, and nothing for unknown values', () => {
    const row = criterionRow('lowest-containment');
    const c = criteria('x', {lowestContainment: {regionId: 'nw', value: 0.882}});
    expect(
      criterionText(row, c, {regions: [{id: 'nw', name: 'North West'}]}, DEFAULT_THRESHOLDS),
    ).toBe('88.2% (North West)');
    expect(criterionText(row, c, {regions: []}, DEFAULT_THRESHOLDS)).toBe('88.2% (nw)');
    expect(
      criterionText(
        row,
        criteria('x', {lowestContainment: null}),
        {regions: []},
        DEFAULT_THRESHOLDS,
      ),
    ).toBeNull();
    expect(
      criterionText(
        criterionRow('population-ratio'),
        c,
        {regions: [{id: 'nw', name: 'North West'}]},
        DEFAULT_THRESHOLDS,
      ),
    ).toBe('1.50×');
  });

  it('say a flag and the thresholds in use in the same words and numbers as the table', () => {
    expect(
      criterionRows.filter((r) => r.threshold).map((r) => flagWords(r, DEFAULT_THRESHOLDS)),
    ).toEqual(['Over 2.00×', 'Under 90.0%', 'Over 12', 'Over 0']);
    expect(thresholdsInWords(DEFAULT_THRESHOLDS, geography, criterionRows)).toBe(
      'largest population ratio at most 2.00×; lowest flow containment at least 90.0%; most STPs in a region at most 12; districts split between regions at most 0',
    );
  });

  it('say how many values a threshold change flags, in one short sentence', () => {
    expect([flagNews(0), flagNews(1), flagNews(2), flagNews(1200)]).toEqual([
      'No values now flagged.',
      '1 value now flagged.',
      '2 values now flagged.',
      '1,200 values now flagged.',
    ]);
  });
});
