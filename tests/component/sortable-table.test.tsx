// @vitest-environment jsdom
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, fireEvent, render, screen, within} from '@testing-library/react';
import {SortableTable, type TableColumn} from '../../src/ui/regions/SortableTable';

interface Row {
  name: string;
  people: number;
}
const rows: Row[] = [
  {name: 'Midlands', people: 10},
  {name: 'London', people: 9},
  {name: 'South West', people: 5},
];
const columns: TableColumn<Row>[] = [
  {id: 'name', label: 'Region', numeric: false, value: (r) => r.name},
  {id: 'people', label: 'Population', numeric: true, value: (r) => r.people, total: '24'},
];

afterEach(cleanup);

const order = () =>
  within(screen.getByRole('table', {name: 'Regions'}))
    .getAllByRole('rowheader')
    .map((th) => th.textContent);

describe('SortableTable', () => {
  it('keeps the given order until a column is chosen, then sorts with aria-sort and says so', () => {
    render(
      <SortableTable
        caption="Regions"
        columns={columns}
        rows={rows}
        rowKey={(r) => r.name}
        totalLabel="England"
      />,
    );
    expect(order()).toEqual(['Midlands', 'London', 'South West', 'England']);
    const header = screen.getByRole('columnheader', {name: /Population/});
    expect(header.getAttribute('aria-sort')).toBeNull();
    fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(order()).toEqual(['Midlands', 'London', 'South West', 'England']);
    fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(order()).toEqual(['South West', 'London', 'Midlands', 'England']);
    expect(screen.getByRole('status').textContent).toBe(
      'Regions sorted by population, smallest first.',
    );
    const name = screen.getByRole('columnheader', {name: /Region/});
    fireEvent.click(within(name).getByRole('button'));
    expect(name.getAttribute('aria-sort')).toBe('ascending');
    expect(header.getAttribute('aria-sort')).toBeNull();
    expect(order()).toEqual(['London', 'Midlands', 'South West', 'England']);
    expect(screen.getByRole('status').textContent).toBe('Regions sorted by region, A to Z.');
  });

  it('shows a missing value (null) as "–" and sorts it last, largest first and smallest first', () => {
    interface Share {
      name: string;
      share: number | null;
    }
    const shares: Share[] = [
      {name: 'North', share: null},
      {name: 'London', share: 0.9},
      {name: 'East', share: 0},
      {name: 'West', share: null},
      {name: 'South', share: 0.5},
    ];
    const shareColumns: TableColumn<Share>[] = [
      {id: 'name', label: 'Region', numeric: false, value: (r) => r.name},
      {id: 'share', label: 'Containment', numeric: true, value: (r) => r.share},
    ];
    render(
      <SortableTable
        caption="Regions"
        columns={shareColumns}
        rows={shares}
        rowKey={(r) => r.name}
      />,
    );
    const cellOf = (name: string) =>
      within(screen.getByRole('rowheader', {name}).closest('tr')!).getAllByRole('cell')[0]!
        .textContent;
    expect(cellOf('North')).toBe('–');
    expect(cellOf('East')).toBe('0');
    const button = within(screen.getByRole('columnheader', {name: /Containment/})).getByRole(
      'button',
    );
    fireEvent.click(button);
    expect(order()).toEqual(['London', 'South', 'East', 'North', 'West']);
    fireEvent.click(button);
    expect(order()).toEqual(['East', 'South', 'London', 'North', 'West']);
  });
});
