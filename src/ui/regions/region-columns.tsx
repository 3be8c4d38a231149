// The Regions table's columns, as data. Flow containment joins later as one more entry.
import type {RegionAggregate, Totals} from '../../domain/aggregates';
import {formatCompact, formatCount, formatPercent} from '../../domain/format';
import type {RegionId} from '../../domain/types';
import {Amount, type TableColumn} from './SortableTable';

export function regionColumns(
  england: Totals,
  selectRegion: (id: RegionId) => void,
  selected: RegionId | null,
): TableColumn<RegionAggregate>[] {
  return [
    {
      id: 'region',
      label: 'Region',
      numeric: false,
      value: (r) => r.region.name,
      cell: (r) => (
        <button
          type="button"
          className="fp-link-button fp-region-button"
          aria-pressed={selected === r.region.id}
          onClick={() => selectRegion(r.region.id)}
        >
          <span className="fp-swatch fp-swatch--small" style={{background: r.region.colour}} aria-hidden="true" />
          {r.region.name}
        </button>
      ),
    },
    {id: 'stps', label: 'STPs', numeric: true, value: (r) => r.stps, total: formatCount(england.stps)},
    {id: 'ccgs', label: 'CCGs', numeric: true, value: (r) => r.ccgs, total: formatCount(england.ccgs)},
    {
      id: 'population',
      label: 'Population',
      hint: 'mid-2018',
      numeric: true,
      value: (r) => r.population,
      cell: (r) => <Amount full={formatCount(r.population)} compact={formatCompact(r.population)} />,
      total: <Amount full={formatCount(england.population)} compact={formatCompact(england.population)} />,
    },
    {
      id: 'area',
      label: 'Area',
      hint: 'km²',
      numeric: true,
      value: (r) => r.areaKm2,
      cell: (r) => formatCount(r.areaKm2),
      total: formatCount(england.areaKm2),
    },
    {
      id: 'share',
      label: 'Share of England',
      hint: 'population',
      numeric: true,
      value: (r) => r.populationShare,
      cell: (r) => formatPercent(r.populationShare),
      total: '100%',
    },
  ];
}
