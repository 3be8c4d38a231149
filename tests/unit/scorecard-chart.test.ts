// The scorecard chart's data (issue 13): a small multiple per row of the one row list, a bar
// per option at the value as shown, "★ Best" and "⚠ …" marks that agree with the table's, no
// bar for an unknown value, user-built options marked in words, labels HBarChart never cuts.
import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {criterionRow} from '../../src/domain/criteria/rows';
import {bestOptions, isFlagged} from '../../src/domain/criteria/row-judging';
import {DEFAULT_THRESHOLDS} from '../../src/domain/criteria/types';
import {barLayout, CHAR_PX, fitText, NARROW} from '../../src/ui/charts/bar-layout';
import {
  labelChars,
  scorecardMultiple,
  scorecardMultiples,
  scorecardSummary,
  shortName,
} from '../../src/ui/charts/scorecard-chart-data';
import {
  criteria,
  FIXTURE_CRITERIA,
  FIXTURE_OPTIONS,
  ROWS_2018 as criterionRows,
} from './criteria-ui-fixtures';

const multiple = (
  id: Parameters<typeof criterionRow>[0],
  c = FIXTURE_CRITERIA,
  t = DEFAULT_THRESHOLDS,
) => scorecardMultiple(criterionRow(id), FIXTURE_OPTIONS, c, t);

describe('scorecard chart data', () => {
  it('has one small multiple per row of the one list, one bar per option in the table’s order', () => {
    const multiples = scorecardMultiples(
      FIXTURE_OPTIONS,
      FIXTURE_CRITERIA,
      DEFAULT_THRESHOLDS,
      criterionRows,
    );
    expect(multiples.map((m) => m.row.id)).toEqual(criterionRows.map((r) => r.id));
    for (const m of multiples)
      expect(m.bars.map((b) => b.key)).toEqual(['before', 'revised', 'user-1']);
    expect(multiples[0]!.bars.map((b) => b.label)).toEqual([
      'Before',
      'Revised proposal',
      'My option (user-built)',
    ]);
  });

  it('draws each bar at the value as shown, written by the row formatter', () => {
    const shown = [
      criteria('before', {populationRatio: 1.801}),
      criteria('revised', {populationRatio: 2.4449}),
      criteria('user-1', {populationRatio: 1.799}),
    ];
    const m = multiple('population-ratio', shown);
    expect(m.bars.map((b) => [b.value, b.valueText])).toEqual([
      [1.8, '1.80×'],
      [2.44, '2.44×'],
      [1.8, '1.80×'],
    ]);
    expect(multiple('lowest-containment').bars.map((b) => [b.value, b.valueText])).toEqual([
      [0.86, '86.0%'],
      [0.91, '91.0%'],
      [null, 'not known'],
    ]);
  });

  it('marks the best values and the flagged ones in words, exactly as the table does', () => {
    for (const m of scorecardMultiples(
      FIXTURE_OPTIONS,
      FIXTURE_CRITERIA,
      DEFAULT_THRESHOLDS,
      criterionRows,
    )) {
      const best = bestOptions(m.row, FIXTURE_CRITERIA, DEFAULT_THRESHOLDS);
      expect(
        m.bars.filter((b) => b.marks?.includes('★ Best')).map((b) => b.key),
        m.row.id,
      ).toEqual(best);
      const flagged = FIXTURE_CRITERIA.filter((c) =>
        isFlagged(m.row, m.row.value(c, DEFAULT_THRESHOLDS), DEFAULT_THRESHOLDS),
      ).map((c) => c.optionId);
      expect(
        m.bars.filter((b) => b.marks?.some((k) => k.startsWith('⚠ '))).map((b) => b.key),
        m.row.id,
      ).toEqual(flagged);
    }
    expect(multiple('population-ratio').bars.map((b) => b.marks ?? [])).toEqual([
      ['⚠ Over 2.00×'],
      ['★ Best'],
      [],
    ]);
    expect(multiple('split-districts').bars.map((b) => b.marks ?? [])).toEqual([
      ['⚠ Over 0'],
      ['⚠ Over 0'],
      ['★ Best'],
    ]);
  });

  it('says a best value past its threshold is over it first, then the lowest of the options, not "Best" (newcomer trial)', () => {
    const strict = {...DEFAULT_THRESHOLDS, maxPopulationRatio: 1.5};
    expect(
      multiple('population-ratio', FIXTURE_CRITERIA, strict).bars.map((b) => b.marks ?? []),
    ).toEqual([['⚠ Over 1.50×'], ['⚠ Over 1.50×', '★ lowest of the options'], ['⚠ Over 1.50×']]);
    // Still counted as that option's best value in the chart's sentence.
    const summary = scorecardSummary(FIXTURE_OPTIONS, [
      multiple('population-ratio', FIXTURE_CRITERIA, strict),
    ]);
    expect(summary).toMatch(/has the best value on 1 of the 1 criteria/);
  });

  it('gives an unknown value no length and no marks, and says "not known"', () => {
    const bar = multiple('outside-region').bars[2]!;
    expect(bar).toMatchObject({value: null, valueText: 'not known'});
    expect(bar.marks).toBeUndefined();
    expect(barLayout([bar], 640).x(0)).toBe(0); // HBarChart draws no rect for null (HBarChart.tsx)
  });

  it('marks a user-built option in words and with a hatched bar, official ones plain', () => {
    const bars = multiple('most-stps').bars;
    expect(bars.map((b) => b.fill.pattern ?? null)).toEqual([null, null, 'hatch']);
    expect(bars[2]!.label).toMatch(/\(user-built\)$/);
  });

  it('draws the threshold as a line where the row has one', () => {
    expect(multiple('population-ratio').marker).toEqual({value: 2, label: 'Threshold 2.00×'});
    expect(
      multiple('lowest-containment', FIXTURE_CRITERIA, {
        ...DEFAULT_THRESHOLDS,
        minContainment: 0.85,
      }).marker,
    ).toEqual({value: 0.85, label: 'Threshold 85.0%'});
    expect(multiple('largest-area').marker).toBeNull();
  });

  it('says each multiple’s point in words: best, past the threshold, not known', () => {
    expect(multiple('population-ratio').summary).toBe(
      'Best: Revised proposal (1.80×). Past the threshold of at most 2.00×: Before (2.40×).',
    );
    expect(multiple('lowest-containment').summary).toBe(
      'Best: Revised proposal (91.0%). Past the threshold of at least 90.0%: Before (86.0%). Not known: My option (user-built).',
    );
    expect(multiple('fewest-stps').summary).toBe('Neither more nor fewer is better.');
    expect(multiple('most-ccgs').summary).toBe(
      'No best value: too few different values to choose between.',
    );
  });

  it('sums up which option is best most often', () => {
    const multiples = scorecardMultiples(
      FIXTURE_OPTIONS,
      FIXTURE_CRITERIA,
      DEFAULT_THRESHOLDS,
      criterionRows,
    );
    expect(scorecardSummary(FIXTURE_OPTIONS, multiples)).toBe(
      'Revised proposal and My option (user-built) each have the best value on 3 of the 8 criteria where one way is better.',
    );
    const revisedAhead = [
      ...FIXTURE_CRITERIA.slice(0, 2),
      {...FIXTURE_CRITERIA[2]!, minorityResidents: 30_000},
    ];
    expect(
      scorecardSummary(
        FIXTURE_OPTIONS,
        scorecardMultiples(FIXTURE_OPTIONS, revisedAhead, DEFAULT_THRESHOLDS, criterionRows),
      ),
    ).toBe('Revised proposal has the best value on 3 of the 8 criteria where one way is better.');
    const same = FIXTURE_OPTIONS.map((o) => criteria(o.id));
    expect(
      scorecardSummary(
        FIXTURE_OPTIONS,
        scorecardMultiples(FIXTURE_OPTIONS, same, DEFAULT_THRESHOLDS, criterionRows),
      ),
    ).toBe('No option has a best value: the options are too alike to choose between.');
  });
});

describe('bar labels', () => {
  it('are short names: a built-in title without its gloss, a user’s title cut before "(user-built)"', () => {
    expect(shortName({title: 'Before (five regions)'}, 27)).toBe('Before');
    expect(shortName({title: 'Revised proposal'}, 27)).toBe('Revised proposal');
    const mine = {
      title: 'A very long option name from a board member',
      userBuilt: {basedOn: 'revised', baseId: 'revised'},
    };
    expect(shortName(mine, 27)).toBe('A very long o… (user-built)');
    expect([...shortName(mine, 27)].length).toBeLessThanOrEqual(27);
    expect(shortName({...mine, title: 'A very long '}, 20)).toBe('A very… (user-built)');
  });

  it('are never cut by the bar chart at any width, so "(user-built)" always shows', () => {
    const title = fc.oneof(
      fc.string({minLength: 1, maxLength: 10}),
      fc.string({minLength: 30, maxLength: 80}),
    );
    fc.assert(
      fc.property(fc.integer({min: 280, max: 1400}), title, (width, t) => {
        const label = shortName(
          {title: t, userBuilt: {basedOn: 'revised', baseId: 'revised'}},
          labelChars(width),
        );
        expect(label.endsWith('(user-built)')).toBe(true);
        const layout = barLayout(
          [{key: 'k', label, value: 1, valueText: '1', fill: {colour: '#000'}}],
          width,
        );
        if (width < NARROW) expect(label.length * CHAR_PX).toBeLessThanOrEqual(width);
        else expect(fitText(label, layout.labelWidth - 10)).toBe(label);
      }),
    );
  });
});
