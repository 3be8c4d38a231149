// The pure core of the flow build: parsed rows in, file contents out. No file system, no
// mapshaper, so a unit test can run it on a handful of inline rows and compare whole outputs.
import {aggregateFlows} from './aggregate';
import {flowFiles} from './files';
import type {FlowAggregates, FlowInputs} from './types';
import type {
  PartTrustFlowsFile as CcgTrustFlowsFile,
  AreaFlowsFile as StpFlowsFile,
} from '../../../src/data/flow-schemas';

export interface FlowOutputs {
  stp: StpFlowsFile;
  ccgTrust: CcgTrustFlowsFile;
  /** The unrounded sums, for checking against the published aggregates. */
  aggregates: FlowAggregates;
}

export function buildFlowOutputs(inputs: FlowInputs): FlowOutputs {
  const aggregates = aggregateFlows(inputs);
  return {...flowFiles(aggregates, inputs.trusts), aggregates};
}
