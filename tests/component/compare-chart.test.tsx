// @vitest-environment jsdom
// The option comparison chart as a component: the measure choice, a user's own flow file named
// by its unit (not "residents"), and the text alternative holding the numbers the points carry.
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, fireEvent, render, screen, within} from '@testing-library/react';
import type {FootprintData} from '../../src/data/load';
import {compareOptions} from '../../src/domain/compare';
import {useFlowData} from '../../src/state/flow-data';
import {CompareChart} from '../../src/ui/charts/CompareChart';
import {option, areas, GEOGRAPHY_2018} from '../unit/real-data';

afterEach(() => {
  cleanup();
  useFlowData.getState().restoreBuiltIn();
});

const data = {...GEOGRAPHY_2018, areas} as unknown as FootprintData;
const initial = option('initial');
const revised = option('revised');
const london = Object.keys(revised.assignments).filter((c) => revised.assignments[c] === 'london');
const midlands = Object.keys(revised.assignments).filter(
  (c) => revised.assignments[c] === 'midlands',
);

const rowOf = (key: string) =>
  document.querySelector(`[data-testid="dumbbell-row"][data-key="${key}"]`)!;

describe('CompareChart', () => {
  it('draws population by default, with the numbers table holding the values the points carry', () => {
    render(<CompareChart data={data} comparison={compareOptions(initial, revised, areas)} />);
    const figure = screen.getByTestId('compare-chart-figure');
    expect(figure.querySelector('figcaption')!.textContent).toMatch(
      /^Population of each region: Initial proposal \(A\) and Revised proposal \(B\)/,
    );
    const b = rowOf('midlands').querySelector('[data-testid="dumbbell-b"]')!.getAttribute('data-b');
    const table = within(figure).getByRole('table');
    const cells = within(table)
      .getByRole('rowheader', {name: 'Midlands'})
      .parentElement!.querySelectorAll('td');
    expect([...cells].map((c) => c.textContent)).toEqual([
      expect.any(String),
      Number(b).toLocaleString('en-GB'),
      '+730,650',
    ]);
    expect(screen.getByRole('img', {name: /Population of each region/})).toBeTruthy();
  });

  it('names a user’s flow file by its unit, and reads its figures from it', () => {
    useFlowData.getState().setCustom({
      kind: 'file',
      measure: 'Admissions',
      unit: 'admissions',
      period: '',
      source: 'test',
      flows: [
        {origin: london[0]!, destination: london[0]!, volume: 90},
        {origin: london[0]!, destination: midlands[0]!, volume: 10},
      ],
    });
    render(<CompareChart data={data} comparison={compareOptions(initial, revised, areas)} />);
    const select = screen.getByLabelText('Show in the chart');
    expect(
      within(select).getByRole('option', {name: 'Flows outside their region (admissions)'}),
    ).toBeTruthy();
    fireEvent.change(select, {target: {value: 'outbound'}});
    expect(
      screen.getByTestId('compare-chart-figure').querySelector('figcaption')!.textContent,
    ).toMatch(/^Flows from each region to other regions \(admissions\)/);
    expect(
      rowOf('london').querySelector('[data-testid="dumbbell-b"]')!.getAttribute('data-b'),
    ).toBe('10');
    expect(rowOf('london').querySelector('[data-testid="dumbbell-change"]')!.textContent).toBe('0');
    fireEvent.change(select, {target: {value: 'containment'}});
    expect(
      rowOf('london').querySelector('[data-testid="dumbbell-b"]')!.getAttribute('data-b'),
    ).toBe('0.9');
    // The Midlands has no residents in this file: no containment, and no point drawn at 0.
    expect(rowOf('midlands').querySelectorAll('circle')).toHaveLength(0);
    expect(rowOf('midlands').querySelector('[data-testid="dumbbell-change"]')!.textContent).toBe(
      'not known',
    );
  });
});
