// Flow containment, inbound and outbound as extra columns for the Regions table and extra
// measures for the comparison table (both define their columns as data). Every figure is read
// from the rows' flow totals (region-rows.ts, memoised by rowsOf), never computed here, so the
// tables show the numbers the charts and the CSVs show. A missing figure is null, shown "–".
import {useMemo} from 'react';
import type {OptionComparison} from '../../domain/compare';
import type {FlowDataset} from '../../domain/flow-dataset';
import {pointsChange} from '../../domain/flow-regions';
import {formatCompact, formatCount, formatPercent} from '../../domain/format';
import {hasFlows, type OptionRows, type RegionRow} from '../../domain/region-rows';
import {useFlowData} from '../../state/flow-data';
import type {CompareMeasure} from '../compare/measures';
import {Amount, MISSING, type TableColumn} from '../regions/SortableTable';
import {useGeography} from '../geography-context';
import type {Noun} from '../../domain/geography';

interface FlowHints {
  containment: string;
  outbound: string;
  inbound: string;
}

/** Column hints that say what is counted: attribution to trusts for the built-in data (null),
 * the file's own unit for a user's file. */
const hints = (custom: FlowDataset | null, builtIn: string, groups: Noun): FlowHints =>
  custom === null
    ? {
        containment: `residents, ${builtIn}`,
        outbound: 'residents attributed to trusts elsewhere',
        inbound: 'residents attributed to its trusts',
      }
    : {
        containment: custom.unit,
        outbound: `${custom.unit} to other ${groups.many}`,
        inbound: `${custom.unit} from other ${groups.many}`,
      };

/** The hints for the flows the rows were built from: rows take the user's file whenever one
 * is loaded (useActiveFlows), so the store's `custom` names them in the same render. */
function useFlowHints(groups: Noun): FlowHints {
  const custom = useFlowData((s) => s.custom);
  const builtIn = useGeography().citations.flowsShort;
  return useMemo(() => hints(custom, builtIn, groups), [custom, builtIn, groups]);
}

const containmentOf = (r: RegionRow): number | null => r.flows?.containment ?? null;
const outboundOf = (r: RegionRow): number | null => r.flows?.outbound ?? null;
const inboundOf = (r: RegionRow): number | null => r.flows?.inbound ?? null;

const count = (n: number | null) =>
  n === null ? MISSING : <Amount full={formatCount(n)} compact={formatCompact(n)} />;
const percent = (n: number | null) => (n === null ? MISSING : formatPercent(n));

/** Containment, outbound and inbound columns of `rows`, with England's figures in the footer;
 * [] when the rows were built without flows (not loaded yet, or failed). `groups`: what the
 * option calls its groups (groupNounOf: "region", "ICB", "cluster"). */
export function useFlowColumns(rows: OptionRows, groups: Noun): TableColumn<RegionRow>[] {
  const hint = useFlowHints(groups);
  return useMemo(() => {
    if (!hasFlows(rows)) return [];
    const {containment, crossRegion} = rows.england;
    return [
      {
        id: 'containment',
        label: 'Flow containment',
        hint: hint.containment,
        numeric: true,
        value: containmentOf,
        cell: (r) => percent(containmentOf(r)),
        total: containment === null ? '' : formatPercent(containment),
      },
      {
        id: 'outbound',
        label: `Outside own ${groups.one}`,
        hint: hint.outbound,
        numeric: true,
        value: outboundOf,
        cell: (r) => count(outboundOf(r)),
        total: count(crossRegion),
      },
      // Every resident leaving one region arrives in another: England's inbound is its outbound.
      {
        id: 'inbound',
        label: `From other ${groups.many}`,
        hint: hint.inbound,
        numeric: true,
        value: inboundOf,
        cell: (r) => count(inboundOf(r)),
        total: count(crossRegion),
      },
    ];
  }, [rows, hint, groups]);
}

/** The same three as comparison measures (A, B and the change), read from the comparison's
 * rows; [] when neither option's rows carry flows. */
export function useFlowMeasures(comparison: OptionComparison, groups: Noun): CompareMeasure[] {
  const hint = useFlowHints(groups);
  const withFlows = comparison.regions.some((r) => Boolean(r.a?.flows ?? r.b?.flows));
  return useMemo(() => {
    if (!withFlows) return [];
    return [
      {
        id: 'containment',
        label: 'Flow containment',
        hint: hint.containment,
        value: containmentOf,
        format: (n) => formatPercent(n),
        change: pointsChange,
      },
      {
        id: 'outbound',
        label: `Outside own ${groups.one}`,
        hint: hint.outbound,
        value: outboundOf,
        format: formatCount,
      },
      {
        id: 'inbound',
        label: `From other ${groups.many}`,
        hint: hint.inbound,
        value: inboundOf,
        format: formatCount,
      },
    ];
  }, [withFlows, hint, groups]);
}
