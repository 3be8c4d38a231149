// Where one part's residents go, trust by trust (the geography's part → trust flow file): the detail behind
// an area's flows, e.g. Nene → Northampton General 51%, Kettering 31%, Oxford 7% of its
// residents (the rest, about 3%, are in small flows the source suppresses).
import type {AreaCode} from './types';
import {largestFirst} from './order';
import {unitIndex} from './unit-index';

export interface Trust {
  code: string;
  name: string;
  /** area of the trust's headquarters, where all its activity is counted. */
  areaCode: AreaCode;
  /** part (April 2018, E38…) of the trust's headquarters, one of areaCode's. */
  partCode: string;
  lon: number;
  lat: number;
}

export type PartTrustFlow = {part: string; trust: string; volume: number};

export interface TrustShare {
  trustCode: string;
  /** undefined only if the trust is missing from `trusts` (validated data never does that). */
  trust: Trust | undefined;
  volume: number;
  /** Share of all the part's residents (or, without a resident count, of those attributed). */
  share: number;
}

export interface PartBreakdown {
  trusts: TrustShare[];
  /** Residents attributed to some trust. */
  attributed: number;
  /** Share of the residents attributed to no trust (suppressed small flows); null without a
   * resident count. */
  unattributedShare: number | null;
}

/** [part, trust, volume] tuples, as in the geography's part → trust flow file, to objects. */
export function partTrustFlowsFromTuples(
  tuples: readonly (readonly [string, string, number])[],
): PartTrustFlow[] {
  return tuples.map(([part, trust, volume]) => ({part, trust, volume}));
}

/** The part's flows by trust, largest first (ties by trust code), as shares of its `residents`
 * when known; no trusts if it has no flows. */
export function partTrustBreakdown(
  partCode: string,
  partTrustFlows: PartTrustFlow[],
  trusts: Trust[],
  residents?: number,
): PartBreakdown {
  const byCode = unitIndex(trusts);
  const volumes = new Map<string, number>();
  for (const f of partTrustFlows) {
    if (f.part === partCode) volumes.set(f.trust, (volumes.get(f.trust) ?? 0) + f.volume);
  }
  let attributed = 0;
  for (const v of volumes.values()) attributed += v;
  const base = residents && residents > 0 ? residents : attributed;
  const rows = [...volumes]
    .map(([trustCode, volume]) => ({
      trustCode,
      trust: byCode.get(trustCode),
      volume,
      share: base > 0 ? volume / base : 0,
    }))
    .sort(
      largestFirst(
        (r) => r.volume,
        (r) => r.trustCode,
      ),
    );
  const unattributedShare =
    residents && residents > 0 ? Math.max(0, residents - attributed) / residents : null;
  return {trusts: rows, attributed, unattributedShare};
}
