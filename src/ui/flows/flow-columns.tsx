// Flow containment, inbound and outbound as extra columns for the Regions table and extra
// measures for the comparison table (both define their columns as data). Rows carry their
// STPs' codes, so the numbers come straight from the active flow dataset.
import {useMemo} from 'react';
import type {RegionAggregate} from '../../domain/aggregates';
import type {FlowDataset} from '../../domain/flow-dataset';
import {flowTotalsOfStps, pointsChange} from '../../domain/flow-regions';
import {optionCrossRegionTotal, type RegionFlowTotals} from '../../domain/flows';
import {formatCompact, formatCount, formatPercent} from '../../domain/format';
import type {BoundaryOption} from '../../domain/types';
import type {CompareMeasure} from '../compare/measures';
import {Amount, type TableColumn} from '../regions/SortableTable';
import {useActiveFlows} from './use-flows';

/** Totals per row, cached by the row's STP list (rows are rebuilt on every render). */
function totalsFor(dataset: FlowDataset) {
  const cache = new Map<string, RegionFlowTotals>();
  return (r: RegionAggregate) => {
    const key = r.stpCodes.join();
    let t = cache.get(key);
    if (!t) cache.set(key, (t = flowTotalsOfStps(r.stpCodes, dataset.flows)));
    return t;
  };
}

/** Column hints that say what is counted: attribution to trusts for the built-in data. */
const hints = (d: FlowDataset) =>
  d.kind === 'builtin'
    ? {containment: 'residents, PHE 2018', outbound: 'residents attributed to trusts elsewhere', inbound: 'residents attributed to its trusts'}
    : {containment: d.unit, outbound: `${d.unit} to other regions`, inbound: `${d.unit} from other regions`};

/** Containment, inbound and outbound columns; [] until the flow data is loaded. */
export function useFlowColumns(option: BoundaryOption): TableColumn<RegionAggregate>[] {
  const flows = useActiveFlows(true);
  const dataset = flows.status === 'ready' ? flows.value : null;
  return useMemo(() => {
    if (!dataset) return [];
    const totals = totalsFor(dataset);
    const hint = hints(dataset);
    const all = dataset.flows.reduce((n, f) => n + f.volume, 0);
    const cross = optionCrossRegionTotal(option, dataset.flows).total;
    const count = (n: number) => <Amount full={formatCount(n)} compact={formatCompact(n)} />;
    return [
      {
        id: 'containment',
        label: 'Flow containment',
        hint: hint.containment,
        numeric: true,
        value: (r) => totals(r).containment ?? -1,
        cell: (r) => {
          const c = totals(r).containment;
          return c === null ? '–' : formatPercent(c);
        },
        total: all > 0 ? formatPercent((all - cross) / all) : '',
      },
      {
        id: 'outbound',
        label: 'Outside own region',
        hint: hint.outbound,
        numeric: true,
        value: (r) => totals(r).outbound,
        cell: (r) => count(totals(r).outbound),
        total: count(cross),
      },
      {
        id: 'inbound',
        label: 'From other regions',
        hint: hint.inbound,
        numeric: true,
        value: (r) => totals(r).inbound,
        cell: (r) => count(totals(r).inbound),
        total: count(cross),
      },
    ];
  }, [dataset, option]);
}

/** The same three as comparison measures (A, B and the change); [] until loaded. */
export function useFlowMeasures(): CompareMeasure[] {
  const flows = useActiveFlows(true);
  const dataset = flows.status === 'ready' ? flows.value : null;
  return useMemo(() => {
    if (!dataset) return [];
    const totals = totalsFor(dataset);
    const hint = hints(dataset);
    return [
      {
        id: 'containment',
        label: 'Flow containment',
        hint: hint.containment,
        value: (r) => totals(r).containment,
        format: (n) => formatPercent(n),
        change: pointsChange,
      },
      {id: 'outbound', label: 'Outside own region', hint: hint.outbound, value: (r) => totals(r).outbound, format: formatCount},
      {id: 'inbound', label: 'From other regions', hint: hint.inbound, value: (r) => totals(r).inbound, format: formatCount},
    ];
  }, [dataset]);
}
