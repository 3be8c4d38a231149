// Both options' row models for the comparison chart, read through the one memoised rowsOf, so
// the chart shows the same numbers as the tables. Flow figures only once the flow data is
// loaded (fetched when `withFlows`); until then they are null and the status says why.
import type {FootprintData} from '../../data/load';
import type {OptionComparison} from '../../domain/compare';
import type {FlowDataset} from '../../domain/flow-dataset';
import type {OptionRows} from '../../domain/region-rows';
import {useActiveFlows} from '../flows/use-flows';
import type {LazyState} from '../use-lazy';
import {rowsOf} from '../use-option-rows';

export interface ComparisonRows {
  a: OptionRows;
  b: OptionRows;
  flows: LazyState<FlowDataset> & {retry(): void};
}

export function useComparisonRows(data: FootprintData, comparison: OptionComparison, withFlows: boolean): ComparisonRows {
  const flows = useActiveFlows(withFlows);
  const list = withFlows && flows.status === 'ready' ? flows.value.flows : null;
  return {a: rowsOf(comparison.a, data.stps, list), b: rowsOf(comparison.b, data.stps, list), flows};
}
