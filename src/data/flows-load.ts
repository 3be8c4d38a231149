// The patient-flow files are fetched on first use (flows shown, an STP selected, or a flow
// number on screen), once, like the CCG layer in lazy.ts.
import type {CcgTrustFlow, Trust} from '../domain/flows-ccg';
import {ccgTrustFlowsFromTuples} from '../domain/flows-ccg';
import {stpFlowsFromTuples} from '../domain/flows';
import type {FlowDataset} from '../domain/flow-dataset';
import {ccgTrustFlowsFileSchema, stpFlowsFileSchema} from './flow-schemas';
import {fetchValidated} from './load';

export interface CcgTrustData {
  measure: string;
  unit: string;
  period: string;
  trusts: Trust[];
  flows: CcgTrustFlow[];
  /** CCG code → all its residents (mid-2019), the denominator of its shares. */
  residents: Map<string, number>;
}

let stpFlows: Promise<FlowDataset> | null = null;
let ccgTrust: Promise<CcgTrustData> | null = null;

/** Retries after a failure (the promise is dropped), so "try again" can work. */
export function loadStpFlows(fetcher: typeof fetch = fetch): Promise<FlowDataset> {
  stpFlows ??= fetchValidated('flows-stp.json', stpFlowsFileSchema, fetcher).then(
    (file): FlowDataset => ({
      kind: 'builtin',
      measure: file.measure,
      unit: file.unit,
      period: file.period,
      source: file.source,
      flows: stpFlowsFromTuples(file.flows),
    }),
  );
  stpFlows.catch(() => (stpFlows = null));
  return stpFlows;
}

export function loadCcgTrustFlows(fetcher: typeof fetch = fetch): Promise<CcgTrustData> {
  ccgTrust ??= fetchValidated('flows-ccg-trust.json', ccgTrustFlowsFileSchema, fetcher).then((file) => ({
    measure: file.measure,
    unit: file.unit,
    period: file.period,
    trusts: file.trusts,
    flows: ccgTrustFlowsFromTuples(file.flows),
    residents: new Map(file.residents),
  }));
  ccgTrust.catch(() => (ccgTrust = null));
  return ccgTrust;
}
