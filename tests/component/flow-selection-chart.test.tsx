// @vitest-environment jsdom
// The selection flow chart as a reader gets it: caption and point, bars named by them, the key
// of colours, the same numbers in the table, the measure; a sentence when there is nothing.
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render, screen, within} from '@testing-library/react';
import type {FlowDataset} from '../../src/domain/flow-dataset';
import {areaDestinations, areaOrigins} from '../../src/domain/flow-selection';
import {areaFlowsFromTuples} from '../../src/domain/flows';
import type {BoundaryOption} from '../../src/domain/types';
import {FlowSelectionChart} from '../../src/ui/charts/FlowSelectionChart';
import {In2018} from './in-2018';

const [A, B, C] = ['E54000901', 'E54000902', 'E54000903'];
const TOY: BoundaryOption = {
  id: 'toy',
  title: 'Toy option',
  phrase: 'the toy option',
  date: '2018-05',
  description: 'toy',
  source: {document: 'toy', paragraphs: '1'},
  regions: [
    {id: 'west', code: null, name: 'West', colour: '#77aadd'},
    {id: 'east', code: null, name: 'East', colour: '#44bb99'},
  ],
  assignments: {[A]: 'west', [B]: 'west', [C]: 'east'},
};
const FULL: Record<string, string> = {[A]: 'Westshire', [B]: 'Midshire', [C]: 'Eastshire'};
const dataset: FlowDataset = {
  kind: 'file',
  measure: 'Admissions',
  unit: 'admissions',
  period: '2019/20',
  source: 'test',
  fileName: 'toy.csv',
  flows: areaFlowsFromTuples([
    [A, A, 700],
    [A, B, 200],
    [A, C, 100],
  ]),
};
const names = {
  option: TOY,
  shortName: (c: string) => FULL[c]!,
  fullName: (c: string) => FULL[c]!,
  ownLabel: 'Westshire (its own)',
};

/** The chart of `flows` around `place`, in the toy option's names and colours (or `option`'s). */
const renderChart = (
  flows: Parameters<typeof FlowSelectionChart>[0]['flows'],
  place = 'Westshire',
  option: BoundaryOption = TOY,
) =>
  render(
    <FlowSelectionChart
      flows={flows}
      place={place}
      dataset={dataset}
      testId="chart"
      {...names}
      option={option}
    />,
    {wrapper: In2018},
  );

afterEach(cleanup);

describe('FlowSelectionChart', () => {
  it('captions the chart with its point, names the SVG by them, and gives the same numbers as a table', () => {
    renderChart(areaDestinations(dataset.flows, A));
    const figure = screen.getByTestId('chart');
    expect(figure.querySelector('figcaption')!.textContent).toBe(
      'Where residents of Westshire are treated 70% are treated within Westshire; the largest flow elsewhere is to Midshire (20%).',
    );
    const svg = screen.getByRole('img', {
      name: /^Where residents of Westshire are treated 70% are treated/,
    });
    expect(
      [...svg.querySelectorAll('[data-testid=chart-bar]')].map((b) =>
        Number(b.getAttribute('data-value')),
      ),
    ).toEqual([700, 200, 100]);
    expect(svg.textContent).toContain('700 (70.0%)');
    const table = within(figure).getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['STP of the trust', 'Region', 'Admissions', 'Share']);
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.textContent),
    ).toEqual(['Westshire (its own)West70070.0%', 'MidshireWest20020.0%', 'EastshireEast10010.0%']);
    expect(screen.getByTestId('chart-key').textContent).toBe(
      'Bar colour: region of the trust’s STP under the toy option:WestEast',
    );
    expect(figure.textContent).toContain('Source: Admissions, 2019/20 (your file toy.csv)');
  });

  it('heads the table for origins with where patients live', () => {
    renderChart(areaOrigins(dataset.flows, A));
    expect(screen.getByRole('columnheader', {name: 'STP where they live'})).toBeTruthy();
    expect(screen.getByTestId('chart').querySelector('figcaption')!.textContent).toBe(
      'Where patients of trusts in Westshire come from All live in Westshire itself.',
    );
  });

  it('marks a user-built option where it names the option the colours follow', () => {
    const mine: BoundaryOption = {
      ...TOY,
      title: 'My option',
      phrase: undefined,
      userBuilt: {basedOn: 'revised', baseId: 'revised'},
    };
    renderChart(areaDestinations(dataset.flows, A), 'Westshire', mine);
    expect(screen.getByTestId('chart-key').textContent).toMatch(
      /^Bar colour: region of the trust’s STP under “My option” \(user-built\):/,
    );
  });

  it('says there are no flows, with no chart, when there are none', () => {
    renderChart(areaDestinations(dataset.flows, C), 'Eastshire');
    expect(screen.getByTestId('chart').textContent).toBe(
      'Where residents of Eastshire are treated. No flows from Eastshire are in this data.',
    );
    expect(screen.queryByRole('img')).toBeNull();
  });
});
