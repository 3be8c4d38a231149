import type {FootprintData} from '../../data/load';
import type {BoundaryOption} from '../../domain/types';
import {useFootprint} from '../../state/store';
import {SortableTable} from './SortableTable';
import {markedTitle} from '../../domain/option-labels';
import {regionColumns} from './region-columns';
import {useFlowColumns} from '../flows/flow-columns';
import {useOptionRows} from '../use-option-rows';
import {countOf, groupNounOf} from '../../domain/geography';
import {capitalise} from '../../domain/format';

/** Totals per region for the option on the map: the option's memoised rows (rowsOf), with the
 * flow columns once the active flow data is loaded (fetched on first render); England's
 * figures in the footer. */
export function RegionsTable({data, option}: {data: FootprintData; option: BoundaryOption}) {
  const selected = useFootprint((s) => s.selectedRegion);
  const selectRegion = useFootprint((s) => s.selectRegion);
  const rows = useOptionRows(data, option, true);
  // The option's own word for its groups: "ICBs", "Clusters"; the 2018 options' "Regions".
  const groups = groupNounOf(option, data.geography);
  const columns = [
    ...regionColumns(
      rows.england,
      (id) => selectRegion(selected === id ? null : id),
      selected,
      data.geography,
      capitalise(groups.one),
    ),
    ...useFlowColumns(rows, groups),
  ];
  return (
    <SortableTable
      caption={capitalise(groups.many)}
      captionHint={`${markedTitle(option)}: ${countOf(option.regions.length, groups)}.${option.userBuilt ? ' Not an official proposal.' : ''} Choose a column heading to sort.`}
      columns={columns}
      rows={rows.rows}
      rowKey={(r) => r.region.id}
      totalLabel={data.geography.place}
      testId="regions-table"
    />
  );
}
