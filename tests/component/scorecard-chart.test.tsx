// @vitest-environment jsdom
// The scorecard chart as drawn: a small multiple per criterion, a bar per known value carrying
// its number and a width in px proportional to it, "not known" (no bar) for an unknown value,
// "★ Best" and "⚠ Over …" written beside the bars the table marks, each SVG named by its words,
// and a caption pointing to the table with the same numbers.
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render, screen, within} from '@testing-library/react';
import {ScorecardChart} from '../../src/ui/charts/ScorecardChart';
import {DEFAULT_THRESHOLDS} from '../../src/domain/criteria/types';
import {FIXTURE_CRITERIA, FIXTURE_OPTIONS} from '../unit/criteria-ui-fixtures';
import {In2018} from './in-2018';

afterEach(cleanup);

const draw = () =>
  render(
    <ScorecardChart
      options={FIXTURE_OPTIONS}
      criteria={FIXTURE_CRITERIA}
      thresholds={DEFAULT_THRESHOLDS}
      table="above"
    />,
    {wrapper: In2018},
  );
const multiple = (rowId: string) => screen.getByTestId(`scorecard-chart-${rowId}`);
/** Each option's row in a multiple: its key, whether it has a bar, the bar's number and width, and its text. */
const rowsOf = (rowId: string) =>
  [...multiple(rowId).querySelectorAll('g.fp-chart__row')].map((g) => {
    const bar = g.querySelector('rect.fp-chart__bar');
    return {
      key: g.getAttribute('data-key'),
      value: bar ? Number(bar.getAttribute('data-value')) : null,
      width: bar ? Number(bar.getAttribute('width')) : null,
      text: g.textContent,
    };
  });

describe('scorecard chart', () => {
  it('is a figure whose caption says what it shows, its point, and where the same numbers are', () => {
    draw();
    const figure = screen.getByRole('figure', {
      name: /Scorecard chart: each criterion across every option/,
    });
    expect(figure.textContent).toContain('The table above has the same numbers.');
    expect(figure.textContent).toContain('each have the best value on 3 of the 8 criteria');
    expect(within(figure).queryByText('Show the numbers in this chart')).toBeNull(); // the table is the alternative
  });

  it('draws one multiple per criterion, each SVG named by its title and its point in words', () => {
    draw();
    const svgs = screen.getAllByRole('img');
    expect(svgs).toHaveLength(10);
    const ratio = within(multiple('population-ratio')).getByRole('img');
    const name = ratio
      .getAttribute('aria-labelledby')!
      .split(' ')
      .map((id) => document.getElementById(id)!.textContent)
      .join(' ');
    expect(name).toBe(
      'Population balance (largest ÷ smallest region) Best: Revised proposal (1.80×). Past the threshold of at most 2.00×: Before (2.40×).',
    );
  });

  it('gives each known value a bar with its number and a width in px proportional to it', () => {
    draw();
    const rows = rowsOf('population-ratio');
    expect(rows.map((r) => r.value)).toEqual([2.4, 1.8, 1.9]);
    const [a, b, c] = rows.map((r) => r.width!);
    expect(a! / b!).toBeCloseTo(2.4 / 1.8, 6);
    expect(c! / b!).toBeCloseTo(1.9 / 1.8, 6);
  });

  it('writes "not known" for an unknown value and draws no bar for it, never a zero bar', () => {
    draw();
    const unknown = rowsOf('lowest-containment')[2]!;
    expect(unknown).toMatchObject({key: 'user-1', value: null, width: null});
    expect(unknown.text).toBe('My option (user-built)not known');
  });

  it('writes ★ Best and ⚠ with its words beside the bars the table marks, and the threshold line', () => {
    draw();
    expect(rowsOf('population-ratio').map((r) => r.text)).toEqual([
      'Before2.40× ⚠ Over 2.00×',
      'Revised proposal1.80× ★ Best',
      'My option (user-built)1.90×',
    ]);
    expect(rowsOf('most-stps').map((r) => r.text)).toEqual([
      'Before13 ⚠ Over 12',
      'Revised proposal10 ★ Best',
      'My option (user-built)10 ★ Best',
    ]);
    expect(within(multiple('population-ratio')).getByTestId('chart-marker').textContent).toBe(
      'Threshold 2.00×',
    );
    expect(within(multiple('largest-area')).queryByTestId('chart-marker')).toBeNull();
  });
});
