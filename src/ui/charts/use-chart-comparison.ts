// The comparison the chart draws: the one it is given (whose regions carry both options' memoised
// rows, as the comparison table reads them), rebuilt through the same rowsOf with the flow list
// only when a flow measure is shown and the given one was made without flows. The flow state
// says whether missing flow figures are still loading or not known. Options that move single
// parts are compared part by part (compareOptionsWithParts), as the table compares them.
import {useMemo} from 'react';
import type {FootprintData} from '../../data/load';
import type {OptionComparison} from '../../domain/compare';
import type {FlowDataset} from '../../domain/flow-dataset';
import {useActiveFlows} from '../flows/use-flows';
import type {LazyState} from '../use-lazy';
import {compareOptionsWithParts} from '../compare/use-comparison';
import {usePartFigures} from '../use-option-rows';
import {usePartLayer} from '../../state/part-layer';
import {movesAnyPart} from '../flows/use-part-flows';

export interface ChartComparison {
  comparison: OptionComparison;
  flows: LazyState<FlowDataset> & {retry(): void};
}

/** True when the comparison's rows were built with flow data. */
export const hasFlowRows = (c: OptionComparison): boolean =>
  c.regions.some((r) => (r.b ?? r.a)?.flows);

export function useChartComparison(
  data: FootprintData,
  comparison: OptionComparison,
  withFlows: boolean,
): ChartComparison {
  const flows = useActiveFlows(withFlows);
  const list = withFlows && flows.status === 'ready' ? flows.value.flows : null;
  const part = usePartFigures(
    withFlows && (movesAnyPart(comparison.a) || movesAnyPart(comparison.b)),
  );
  const compared = useMemo(() => {
    if (!list || hasFlowRows(comparison)) return comparison;
    const {a, b} = comparison;
    return compareOptionsWithParts(a, b, data.areas, list, usePartLayer.getState(), part);
  }, [comparison, list, data.areas, part]);
  return {comparison: compared, flows};
}
