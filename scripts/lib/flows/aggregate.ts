// The arithmetic of the flow build, pure: PHE's catchment method pushed down to LSOAs and
// summed up to CCG → trust and STP → STP. Every LSOA inherits its MSOA's shares, so an MSOA
// split between CCGs is apportioned by population rather than given wholesale to one CCG.
import {BuildError} from '../raw';
import type {CatchmentRow, FlowAggregates, FlowInputs, LocatedTrust} from './types';

/** PHE suppresses small flows and leaves out non-acute providers, so an MSOA's shares sum to a
 * little under 1 (0.90–0.997 in 2018). Far below that means rows are missing. */
export const MIN_SHARE_SUM = 0.85;
/** Shares are written with 17 significant digits; their sums may overshoot 1 by rounding only. */
const SHARE_SUM_EPSILON = 1e-9;

/** MSOA → trust → proportion, checking each MSOA's shares look like a whole population. */
export function catchmentByMsoa(rows: CatchmentRow[]): Map<string, Map<string, number>> {
  const byMsoa = new Map<string, Map<string, number>>();
  for (const {msoa, trust, proportion} of rows) {
    if (!(proportion >= 0 && proportion <= 1)) {
      throw new BuildError(
        `Catchment: MSOA ${msoa} → trust ${trust} has proportion ${proportion}, not in [0, 1]`,
      );
    }
    const shares = byMsoa.get(msoa) ?? new Map<string, number>();
    if (shares.has(trust))
      throw new BuildError(`Catchment: MSOA ${msoa} → trust ${trust} appears twice`);
    shares.set(trust, proportion);
    byMsoa.set(msoa, shares);
  }
  for (const [msoa, shares] of byMsoa) {
    let sum = 0;
    for (const p of shares.values()) sum += p;
    if (sum > 1 + SHARE_SUM_EPSILON) {
      throw new BuildError(`Catchment: MSOA ${msoa}'s shares sum to ${sum}, more than 1`);
    }
    if (sum < MIN_SHARE_SUM) {
      throw new BuildError(
        `Catchment: MSOA ${msoa}'s shares sum to only ${sum.toFixed(4)} (< ${MIN_SHARE_SUM}): rows are missing`,
      );
    }
  }
  return byMsoa;
}

/** One value per key, or a BuildError naming the duplicate. */
function uniqueMap<T, V>(
  rows: T[],
  key: (r: T) => string,
  value: (r: T) => V,
  what: string,
): Map<string, V> {
  const map = new Map<string, V>();
  for (const row of rows) {
    const k = key(row);
    if (map.has(k)) throw new BuildError(`${what}: ${k} appears twice`);
    map.set(k, value(row));
  }
  return map;
}

function add(map: Map<string, Map<string, number>>, a: string, b: string, v: number): void {
  const inner = map.get(a) ?? new Map<string, number>();
  inner.set(b, (inner.get(b) ?? 0) + v);
  map.set(a, inner);
}

function trustStps(
  trusts: LocatedTrust[],
  byMsoa: Map<string, Map<string, number>>,
): Map<string, string> {
  const stpOf = new Map(trusts.map((t) => [t.code, t.areaCode]));
  const used = new Set<string>();
  for (const shares of byMsoa.values()) for (const t of shares.keys()) used.add(t);
  const unlocated = [...used].filter((t) => !stpOf.get(t)).sort();
  if (unlocated.length) {
    throw new BuildError(
      `Trust(s) in the catchment file with no HQ location: ${unlocated.join(', ')}`,
    );
  }
  return stpOf;
}

export function aggregateFlows(inputs: FlowInputs): FlowAggregates {
  const byMsoa = catchmentByMsoa(inputs.catchment);
  const stpOfTrust = trustStps(inputs.trusts, byMsoa);
  const msoaOf = uniqueMap(
    inputs.lsoaMsoa,
    (r) => r.lsoa,
    (r) => r.msoa,
    'LSOA → MSOA lookup',
  );
  const popOf = uniqueMap(
    inputs.lsoaPopulation,
    (r) => r.lsoa,
    (r) => r.population,
    'LSOA population',
  );

  const ccgTrust = new Map<string, Map<string, number>>();
  const stpStp = new Map<string, Map<string, number>>();
  const ccgResidents = new Map<string, number>();
  const seen = new Set<string>();
  const usedMsoas = new Set<string>();
  let total = 0;
  let crossStp = 0;
  // File order of the lookup fixes the order of float additions, so the sums (and hence the
  // rounded output) are identical on every run.
  for (const {lsoa, ccg, stp} of inputs.lsoaAreas) {
    if (seen.has(lsoa)) throw new BuildError(`LSOA → CCG → STP lookup: ${lsoa} appears twice`);
    seen.add(lsoa);
    const msoa = msoaOf.get(lsoa);
    if (msoa === undefined) throw new BuildError(`LSOA ${lsoa} is not in the LSOA → MSOA lookup`);
    const population = popOf.get(lsoa);
    if (population === undefined) throw new BuildError(`LSOA ${lsoa} has no population`);
    ccgResidents.set(ccg, (ccgResidents.get(ccg) ?? 0) + population);
    const shares = byMsoa.get(msoa);
    if (!shares) throw new BuildError(`MSOA ${msoa} (of LSOA ${lsoa}) has no catchment rows`);
    usedMsoas.add(msoa);
    for (const [trust, proportion] of shares) {
      const people = proportion * population;
      const destination = stpOfTrust.get(trust)!;
      add(ccgTrust, ccg, trust, people);
      add(stpStp, stp, destination, people);
      total += people;
      if (destination !== stp) crossStp += people;
    }
  }
  // A catchment MSOA with no English LSOA would drop its patients without a trace.
  const orphans = [...byMsoa.keys()].filter((m) => !usedMsoas.has(m));
  if (orphans.length) {
    throw new BuildError(
      `Catchment MSOA(s) with no LSOA in the April 2018 lookup: ${orphans.slice(0, 5).join(', ')}` +
        (orphans.length > 5 ? ` and ${orphans.length - 5} more` : ''),
    );
  }
  return {ccgTrust, stpStp, ccgResidents, total, crossStp};
}
