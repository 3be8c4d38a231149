import {useMemo} from 'react';
import {loadAreaFlows} from '../../data/flows-load';
import type {FlowDataset} from '../../domain/flow-dataset';
import {flowScale, type FlowScale} from '../../domain/flow-arrows';
import {useFlowData} from '../../state/flow-data';
import type {LazyState} from '../use-lazy';
import {useGeographyFile} from '../geography-context';

/** The flow dataset in use: the user's file if they loaded one, otherwise the built-in data
 * (fetched once `wanted` is true). */
export function useActiveFlows(wanted = true): LazyState<FlowDataset> & {retry(): void} {
  const custom = useFlowData((s) => s.custom);
  const builtIn = useGeographyFile(loadAreaFlows, wanted && !custom);
  if (custom) return {status: 'ready', value: custom, retry: builtIn.retry};
  return builtIn;
}

/** The width scale over all cross-area flows of the dataset: the map uses the same one. */
export function useFlowScale(dataset: FlowDataset | null): FlowScale | null {
  return useMemo(() => (dataset ? flowScale(dataset.flows) : null), [dataset]);
}
