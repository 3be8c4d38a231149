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

const order = () => within(screen.getByRole('table', {name: 'Regions'})).getAllByRole('rowheader').map((th) => th.textContent);

describe('SortableTable', () => {
  it('keeps the given order until a column is chosen, then sorts with aria-sort and says so', () => {
    render(<SortableTable caption="Regions" columns={columns} rows={rows} rowKey={(r) => r.name} totalLabel="England" />);
    expect(order()).toEqual(['Midlands', 'London', 'South West', 'England']);
    const header = screen.getByRole('columnheader', {name: /Population/});
    expect(header.getAttribute('aria-sort')).toBeNull();
    fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(order()).toEqual(['Midlands', 'London', 'South West', 'England']);
    fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(order()).toEqual(['South West', 'London', 'Midlands', 'England']);
    expect(screen.getByRole('status').textContent).toBe('Regions sorted by population, smallest first.');
    const name = screen.getByRole('columnheader', {name: /Region/});
    fireEvent.click(within(name).getByRole('button'));
    expect(name.getAttribute('aria-sort')).toBe('ascending');
    expect(header.getAttribute('aria-sort')).toBeNull();
    expect(order()).toEqual(['London', 'Midlands', 'South West', 'England']);
    expect(screen.getByRole('status').textContent).toBe('Regions sorted by region, A to Z.');
  });
});
