// @vitest-environment jsdom
// The scorecard table with hand-made criteria: "Best" per row and flags, both on the values as
// shown; flags that follow the thresholds the user types, and a live sentence saying so; em
// dashes for unknown values; the region of the lowest containment; the user-built column marked.
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {act, cleanup, fireEvent, render, screen, within} from '@testing-library/react';
import {ScorecardTable} from '../../src/ui/scorecard/ScorecardTable';
import {ThresholdControls} from '../../src/ui/scorecard/ThresholdControls';
import {resetScorecard, useScorecard} from '../../src/state/thresholds';
import {FlagNews} from '../../src/ui/scorecard/FlagNews';
import {DEFAULT_THRESHOLDS} from '../../src/domain/criteria/types';
import {criteria, FIXTURE_CRITERIA, FIXTURE_OPTIONS} from '../unit/criteria-ui-fixtures';
import {In2018} from './in-2018';

beforeEach(() => act(resetScorecard));
afterEach(cleanup);

/** The scorecard as the page wires it: controls and table over the thresholds store. */
function Connected() {
  const thresholds = useScorecard((s) => s.thresholds);
  return (
    <>
      <ThresholdControls />
      <FlagNews criteria={FIXTURE_CRITERIA} thresholds={thresholds} />
      <ScorecardTable
        options={FIXTURE_OPTIONS}
        criteria={FIXTURE_CRITERIA}
        thresholds={thresholds}
      />
    </>
  );
}

/** The cell of `rowId` under the option in column `col` (0-based, after the criterion). */
const cell = (rowId: string, col: number) =>
  within(screen.getByTestId(`scorecard-row-${rowId}`)).getAllByRole('cell')[col]!;
const bestColumns = (rowId: string) =>
  within(screen.getByTestId(`scorecard-row-${rowId}`))
    .getAllByRole('cell')
    .flatMap((c, i) => (within(c).queryByTestId('scorecard-best') ? [i] : []));
const flagged = (rowId: string) =>
  within(screen.getByTestId(`scorecard-row-${rowId}`))
    .getAllByRole('cell')
    .map((c) => within(c).queryByTestId('scorecard-flag')?.textContent ?? null);

/** The scorecard table of the fixture options with `criteria` (the fixture's by default) at the
 * default thresholds. */
const renderFixtureTable = (criteria = FIXTURE_CRITERIA) =>
  render(
    <ScorecardTable
      options={FIXTURE_OPTIONS}
      criteria={criteria}
      thresholds={DEFAULT_THRESHOLDS}
    />,
    {wrapper: In2018},
  );

describe('scorecard table', () => {
  it('is a table with a caption, option column headers and criterion row headers, in a focusable labelled region', () => {
    renderFixtureTable();
    const region = screen.getByRole('region', {name: 'Every option against the criteria'});
    expect(region.getAttribute('tabindex')).toBe('0');
    const table = within(region).getByRole('table', {name: 'Every option against the criteria'});
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Criterion', 'Before', 'Revised proposal', 'My option, User-built']);
    expect(within(table).getByRole('rowheader', {name: /Population balance/})).toBeTruthy();
  });

  it('marks the best value of each row in words, ties and "neither is better" rows included', () => {
    renderFixtureTable();
    expect(bestColumns('population-ratio')).toEqual([1]); // 1.8 of 2.4, 1.8, 1.9
    expect(bestColumns('lowest-containment')).toEqual([1]); // 91% beats 86%; the unknown is not compared
    expect(bestColumns('split-districts')).toEqual([2]); // none split
    expect(bestColumns('most-stps')).toEqual([1, 2]); // 10, 10 tie against 13
    expect(bestColumns('fewest-stps')).toEqual([]); // neither fewer nor more is better
    expect(bestColumns('most-ccgs')).toEqual([]); // all equal: nothing to choose
    expect(cell('population-ratio', 1).textContent).toBe('1.80×★ Best');
  });

  it('compares the values as shown: two cells reading 1.80× are both best, and 2.004× is not over 2.00×', () => {
    const shown = [
      criteria('before', {populationRatio: 1.801}),
      criteria('revised', {populationRatio: 1.799}),
      criteria('user-1', {populationRatio: 2.004}),
    ];
    renderFixtureTable(shown);
    expect([0, 1, 2].map((i) => cell('population-ratio', i).textContent)).toEqual([
      '1.80×★ Best',
      '1.80×★ Best',
      '2.00×',
    ]);
    expect(flagged('population-ratio')).toEqual([null, null, null]);
  });

  it('names the region with the lowest containment beside its value', () => {
    renderFixtureTable();
    expect(cell('lowest-containment', 0).textContent).toBe('86.0% (North West)⚠ Under 90.0%');
    expect(cell('lowest-containment', 1).textContent).toBe('91.0% (Midlands)★ Best');
  });

  it('shows an em dash, read as "Not known", for an unknown value, with no Best and no flag', () => {
    renderFixtureTable();
    const unknown = cell('lowest-containment', 2);
    expect(unknown.textContent).toBe('—Not known');
    expect(within(unknown).queryByTestId('scorecard-flag')).toBeNull();
    expect(cell('outside-region', 2).textContent).toBe('—Not known');
  });

  it('marks the user-built column as User-built and no other', () => {
    renderFixtureTable();
    const headers = screen.getAllByTestId('scorecard-option');
    expect(headers.map((h) => within(h).queryByTestId('user-built-tag') !== null)).toEqual([
      false,
      false,
      true,
    ]);
  });
});

describe('thresholds', () => {
  it('flags values past the default thresholds, in words', () => {
    render(<Connected />, {wrapper: In2018});
    expect(flagged('population-ratio')).toEqual(['⚠ Over 2.00×', null, null]);
    expect(flagged('lowest-containment')).toEqual(['⚠ Under 90.0%', null, null]);
    expect(flagged('most-stps')).toEqual(['⚠ Over 12', null, null]);
    expect(flagged('split-districts')).toEqual(['⚠ Over 0', '⚠ Over 0', null]);
  });

  it('changes the flags at once when a threshold changes, containment typed as a percentage', () => {
    render(<Connected />, {wrapper: In2018});
    fireEvent.change(screen.getByLabelText(/Largest population ratio/), {target: {value: '1.85'}});
    expect(flagged('population-ratio')).toEqual(['⚠ Over 1.85×', null, '⚠ Over 1.85×']);
    fireEvent.change(screen.getByLabelText(/Lowest flow containment/), {target: {value: '95'}});
    expect(useScorecard.getState().thresholds.minContainment).toBe(0.95);
    expect(flagged('lowest-containment')).toEqual(['⚠ Under 95.0%', '⚠ Under 95.0%', null]);
    fireEvent.change(screen.getByLabelText(/Districts split between regions/), {
      target: {value: '1'},
    });
    expect(flagged('split-districts')).toEqual([null, '⚠ Over 1', null]);
  });

  it('says in a polite live region how many values a threshold change flags, and nothing before', () => {
    render(<Connected />, {wrapper: In2018});
    const news = screen.getByTestId('scorecard-flag-news');
    expect(news.getAttribute('aria-live')).toBe('polite');
    expect(news.textContent).toBe(''); // 5 flagged at the defaults: not news
    fireEvent.change(screen.getByLabelText(/Largest population ratio/), {target: {value: '1.85'}});
    expect(news.textContent).toBe('6 values now flagged.');
    fireEvent.change(screen.getByLabelText(/Largest population ratio/), {target: {value: '1.86'}});
    expect(news.textContent).toBe(''); // the same values flagged: nothing to say
    fireEvent.change(screen.getByLabelText(/Districts split between regions/), {
      target: {value: '5'},
    });
    expect(news.textContent).toBe('4 values now flagged.');
  });

  it('says why a value is not valid and keeps the last good threshold', () => {
    render(<Connected />, {wrapper: In2018});
    const box = screen.getByLabelText(/Most STPs in a region/);
    fireEvent.change(box, {target: {value: '2.5'}});
    expect(
      screen.getByText(
        /"2.5" is read as 2.5, not a whole number. The box takes a whole number from 1 to 100; still using 12/,
      ),
    ).toBeTruthy();
    expect(useScorecard.getState().thresholds.maxAreasPerRegion).toBe(12);
    expect(flagged('most-stps')).toEqual(['⚠ Over 12', null, null]);
    expect((box as HTMLInputElement).value).toBe('2.5'); // what was typed is not lost
  });

  it('puts the boxes back on Reset', () => {
    render(<Connected />, {wrapper: In2018});
    fireEvent.change(screen.getByLabelText(/Largest population ratio/), {target: {value: '3'}});
    expect(flagged('population-ratio')).toEqual([null, null, null]);
    fireEvent.click(screen.getByRole('button', {name: 'Reset thresholds'}));
    expect((screen.getByLabelText(/Largest population ratio/) as HTMLInputElement).value).toBe('2');
    expect(flagged('population-ratio')).toEqual(['⚠ Over 2.00×', null, null]);
  });
});
