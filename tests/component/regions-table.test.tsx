// @vitest-environment jsdom
// The Regions table reads the option's rows (rowsOf): on the committed data it shows, for every
// option, the population and containment the rows and the regions CSV hold; and a region with
// no figure ("–") sorts last both ways, never as the lowest number.
import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup, fireEvent, render, screen, within} from '@testing-library/react';
import {readFileSync} from 'node:fs';
import {csvParse} from 'd3-dsv';
import type {FootprintData} from '../../src/data/load';
import type {FlowDataset} from '../../src/domain/flow-dataset';
import {areaFlowsFromTuples} from '../../src/domain/flows';
import {formatCount, formatPercent} from '../../src/domain/format';
import {useFlowData} from '../../src/state/flow-data';
import {options, areas, GEOGRAPHY_2018} from '../unit/real-data';
import {GeographyProvider} from '../../src/ui/geography-context';

const builtIn = vi.hoisted(() => ({dataset: null as FlowDataset | null}));
vi.mock('../../src/data/flows-load', () => ({
  loadAreaFlows: () => Promise.resolve(builtIn.dataset!),
  loadPartTrustFlows: () => Promise.reject(new Error('not used here')),
}));
const {RegionsTable} = await import('../../src/ui/regions/RegionsTable');
const {regionsCsv} = await import('../../src/ui/export/csv');
const {rowsOf} = await import('../../src/ui/use-option-rows');

builtIn.dataset = {
  kind: 'builtin',
  measure: 'Residents attributed to hospital trusts',
  unit: 'people',
  period: '2018',
  source: 'PHE',
  flows: areaFlowsFromTuples(
    (
      JSON.parse(readFileSync('data/england-2018/flows-stp.json', 'utf8')) as {
        flows: [string, string, number][];
      }
    ).flows,
  ),
};
const data = {...GEOGRAPHY_2018, areas, options} as unknown as FootprintData;

afterEach(() => {
  cleanup();
  useFlowData.getState().restoreBuiltIn();
});

const table = () => screen.getByTestId('regions-table');
const headers = () => within(table()).getAllByRole('columnheader');
const column = (label: string) => headers().findIndex((h) => h.textContent!.startsWith(label));
const bodyRows = () =>
  within(table())
    .getAllByRole('row')
    .filter((tr) => tr.parentElement!.tagName === 'TBODY');
/** A cell's text as shown on a wide screen (the full amount, not the compact one). */
const shown = (cell: Element) => (cell.querySelector('.fp-amount-full') ?? cell).textContent;

describe('Regions table on the committed data', () => {
  it.each(options.map((o) => [o.id, o] as const))(
    '%s: shows the population and containment of the rows and the CSV',
    async (_id, option) => {
      render(
        <GeographyProvider data={data}>
          <RegionsTable data={data} option={option} />
        </GeographyProvider>,
      );
      await within(table()).findByText('Flow containment');
      const rows = rowsOf(option, areas, builtIn.dataset!.flows);
      const csv = csvParse(
        regionsCsv(rows, GEOGRAPHY_2018.geography, builtIn.dataset).replace(/^\ufeff/, ''),
      );
      const [population, containment] = [column('Population'), column('Flow containment')];
      expect(bodyRows()).toHaveLength(rows.rows.length);
      bodyRows().forEach((tr, i) => {
        const row = rows.rows[i]!;
        const cells = tr.querySelectorAll('th, td');
        expect(cells[0]!.textContent).toBe(row.region.name);
        expect(shown(cells[population]!)).toBe(formatCount(row.population));
        expect(shown(cells[population]!)).toBe(formatCount(Number(csv[i]!.population_mid_2018)));
        expect(cells[containment]!.textContent).toBe(formatPercent(row.flows!.containment!));
        expect(cells[containment]!.textContent).toBe(
          `${Number(csv[i]!.flow_containment_pct).toFixed(1)}%`,
        );
      });
      const footer = table().querySelectorAll('tfoot td');
      expect(shown(footer[population - 1]!)).toBe(formatCount(rows.england.population));
      expect(shown(footer[column('Outside own region') - 1]!)).toBe(
        formatCount(rows.england.crossRegion!),
      );
    },
  );
});

describe('Regions table: a region without containment', () => {
  it('shows "–" and sorts last, largest first and smallest first', async () => {
    const revised = options.find((o) => o.id === 'revised')!;
    // London keeps 80% of its residents; the Midlands (Northamptonshire) none of its own: 0%,
    // a real figure; every other region has no residents in the flows: no figure.
    const london = areas.filter((s) => revised.assignments[s.code] === 'london').map((s) => s.code);
    useFlowData.getState().setCustom({
      kind: 'file',
      measure: 'Admissions',
      unit: 'admissions',
      period: '',
      source: 'test',
      flows: [
        {origin: london[0]!, destination: london[1]!, volume: 80},
        {origin: london[0]!, destination: 'E54000020', volume: 20},
        {origin: 'E54000020', destination: london[0]!, volume: 25},
      ],
    });
    render(
      <GeographyProvider data={data}>
        <RegionsTable data={data} option={revised} />
      </GeographyProvider>,
    );
    const header = within(table()).getByRole('columnheader', {name: /Flow containment/});
    const containment = column('Flow containment');
    const order = () =>
      bodyRows().map((tr) => [
        tr.querySelector('th')!.textContent,
        tr.querySelectorAll('th, td')[containment]!.textContent,
      ]);
    const missing = revised.regions
      .filter((r) => r.id !== 'london' && r.id !== 'midlands')
      .map((r) => [r.name, '–']);
    fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(order()).toEqual([['London', '80.0%'], ['Midlands', '0.0%'], ...missing]);
    fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(order()).toEqual([['Midlands', '0.0%'], ['London', '80.0%'], ...missing]);
  });
});
