// The Regions table's columns, as data, over the option's rows (region-rows.ts); the flow
// columns join from flows/flow-columns.tsx.
import type {Totals} from '../../domain/aggregates';
import {formatCompact, formatCount, formatPercent} from '../../domain/format';
import type {RegionRow} from '../../domain/region-rows';
import type {RegionId} from '../../domain/types';
import {Amount, type TableColumn} from './SortableTable';
import type {Geography} from '../../domain/geography';
import {PUBLISHED_WORDS} from '../../domain/published-words';
import {UncertainTag} from '../UncertainNote';

/** Region (a button that selects it), areas, parts, population (ONS mid-2018), area (km²) and
 * share of England's population; `england`: the footer's totals (the rows' England row);
 * `groupLabel`: the first column's heading, the option's noun for its groups ("Region", "ICB"). */
export function regionColumns(
  england: Totals,
  selectRegion: (id: RegionId) => void,
  selected: RegionId | null,
  g: Pick<Geography, 'areas' | 'parts' | 'populationVintage' | 'place'>,
  groupLabel = 'Region',
): TableColumn<RegionRow>[] {
  return [
    {
      id: 'region',
      label: groupLabel,
      numeric: false,
      value: (r) => r.region.name,
      cell: (r) => (
        <button
          type="button"
          className="fp-link-button fp-region-button"
          aria-pressed={selected === r.region.id}
          onClick={() => selectRegion(r.region.id)}
        >
          <span
            className="fp-swatch fp-swatch--small"
            style={{background: r.region.colour}}
            aria-hidden="true"
          />
          {r.region.name}
          <UncertainTag region={r.region} />
        </button>
      ),
    },
    {
      id: PUBLISHED_WORDS.areaCount,
      label: g.areas.noun.many,
      numeric: true,
      value: (r) => r.areas,
      total: formatCount(england.areas),
    },
    ...(g.parts
      ? [
          {
            id: PUBLISHED_WORDS.partCount,
            label: g.parts.noun.many,
            numeric: true,
            value: (r: RegionRow) => r.parts,
            total: formatCount(england.parts),
          },
        ]
      : []),
    {
      id: 'population',
      label: 'Population',
      hint: g.populationVintage,
      numeric: true,
      value: (r) => r.population,
      cell: (r) => (
        <Amount full={formatCount(r.population)} compact={formatCompact(r.population)} />
      ),
      total: (
        <Amount
          full={formatCount(england.population)}
          compact={formatCompact(england.population)}
        />
      ),
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
      label: `Share of ${g.place}`,
      hint: 'population',
      numeric: true,
      value: (r) => r.populationShare,
      cell: (r) => formatPercent(r.populationShare),
      total: '100%',
    },
  ];
}
