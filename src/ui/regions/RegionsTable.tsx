import {useMemo} from 'react';
import type {FootprintData} from '../../data/load';
import {regionAggregates, totalsOf} from '../../domain/aggregates';
import type {BoundaryOption} from '../../domain/types';
import {useFootprint} from '../../state/store';
import {SortableTable} from './SortableTable';
import {markedTitle} from '../../domain/option-labels';
import {regionColumns} from './region-columns';
import {useFlowColumns} from '../flows/flow-columns';

/** Totals per region for the option on the map, derived on the fly from the option and data. */
export function RegionsTable({data, option}: {data: FootprintData; option: BoundaryOption}) {
  const selected = useFootprint((s) => s.selectedRegion);
  const selectRegion = useFootprint((s) => s.selectRegion);
  const rows = useMemo(() => regionAggregates(option, data.stps), [option, data.stps]);
  const england = useMemo(() => totalsOf(data.stps), [data.stps]);
  const columns = [...regionColumns(england, (id) => selectRegion(selected === id ? null : id), selected), ...useFlowColumns(option)];
  return (
    <SortableTable
      caption="Regions"
      captionHint={`${markedTitle(option)}: ${option.regions.length} regions.${option.userBuilt ? ' Not an official proposal.' : ''} Choose a column heading to sort.`}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.region.id}
      totalLabel="England"
      testId="regions-table"
    />
  );
}
