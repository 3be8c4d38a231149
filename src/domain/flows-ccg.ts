// Where one CCG's residents go, trust by trust (data/flows-ccg-trust.json): the detail behind
// an STP's flows, e.g. Nene CCG → Northampton General 51%, Kettering 31%, Oxford 7%.
import type {StpCode} from './types';

export interface Trust {
  code: string;
  name: string;
  /** STP of the trust's headquarters, where all its activity is counted. */
  stpCode: StpCode;
  lon: number;
  lat: number;
}

export type CcgTrustFlow = {ccg: string; trust: string; volume: number};

export interface TrustShare {
  trustCode: string;
  /** undefined only if the trust is missing from `trusts` (validated data never does that). */
  trust: Trust | undefined;
  volume: number;
  /** Share of all the CCG's residents attributed to any trust. */
  share: number;
}

/** [ccg, trust, volume] tuples, as in data/flows-ccg-trust.json, to objects. */
export function ccgTrustFlowsFromTuples(tuples: readonly (readonly [string, string, number])[]): CcgTrustFlow[] {
  return tuples.map(([ccg, trust, volume]) => ({ccg, trust, volume}));
}

/** The CCG's flows by trust, largest first (ties by trust code); empty if it has none. */
export function ccgTrustBreakdown(ccgCode: string, ccgTrustFlows: CcgTrustFlow[], trusts: Trust[]): TrustShare[] {
  const byCode = new Map(trusts.map((t) => [t.code, t]));
  const volumes = new Map<string, number>();
  for (const f of ccgTrustFlows) {
    if (f.ccg === ccgCode) volumes.set(f.trust, (volumes.get(f.trust) ?? 0) + f.volume);
  }
  let total = 0;
  for (const v of volumes.values()) total += v;
  return [...volumes]
    .map(([trustCode, volume]) => ({trustCode, trust: byCode.get(trustCode), volume, share: total > 0 ? volume / total : 0}))
    .sort((a, b) => b.volume - a.volume || (a.trustCode < b.trustCode ? -1 : a.trustCode > b.trustCode ? 1 : 0));
}
