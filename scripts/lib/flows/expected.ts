// The build recomputes the flows from the raw inputs, then checks them against the aggregates
// published beside them (shared/data/raw/flows/aggregated/, made independently in Python). Two
// implementations agreeing pair by pair is what lets us trust either; a silent change in a
// lookup or a join would show up here as a named pair, not as a subtly wrong map.
import {BuildError} from '../raw';
import type {FlowAggregates, LocatedTrust} from './types';

/** PROVENANCE.md: residents attributed to a trust, 2018, of England's 56,286,961. */
export const EXPECTED_TOTAL_2018 = 55_049_798;
const TOTAL_TOLERANCE = 1;
/** The published aggregates carry 2 decimals; half a person is far above float noise and far
 * below any real mistake (the smallest LSOA is ~1,000 people). */
const PAIR_TOLERANCE = 0.5;
/** pyproj (published) and proj4js (mapshaper) apply the same Helmert shift and agree to
 * ~5e-7°; 1e-5° is ~1 m, whereas a missing datum shift would be ~100 m. */
const LONLAT_TOLERANCE = 1e-5;
/** A CCG's residents implied by a published share (people ÷ share) carry the share's ~6
 * significant figures: 1 in 10,000 is well within that and far below a missing LSOA. */
const RESIDENTS_TOLERANCE = 1e-4;

export interface ExpectedFlows {
  /** Residents attributed in all: EXPECTED_TOTAL_2018 for the real data. */
  total: number;
  stpStp: {from: string; to: string; people: number}[];
  /** `share`: of the CCG's mid-2019 residents, as published (about 6 significant figures). */
  ccgTrust: {ccg: string; trust: string; people: number; share: number}[];
  trustHq: {trust: string; stp: string; lon: number; lat: number}[];
}

function comparePairs(
  label: string,
  ours: Map<string, Map<string, number>>,
  theirs: {a: string; b: string; people: number}[],
): void {
  const problems: string[] = [];
  const listed = new Set<string>();
  for (const {a, b, people} of theirs) {
    listed.add(`${a}>${b}`);
    const mine = ours.get(a)?.get(b) ?? 0;
    if (Math.abs(mine - people) > PAIR_TOLERANCE) {
      problems.push(`${a} → ${b}: built ${mine.toFixed(2)}, expected ${people}`);
    }
  }
  for (const [a, inner] of ours) {
    for (const [b, mine] of inner) {
      if (!listed.has(`${a}>${b}`) && mine > PAIR_TOLERANCE) {
        problems.push(`${a} → ${b}: built ${mine.toFixed(2)}, not in the expected file`);
      }
    }
  }
  if (problems.length) {
    throw new BuildError(
      `${label} flows differ from the published aggregates in ${problems.length} pair(s): ` +
        problems.slice(0, 5).join('; ') +
        (problems.length > 5 ? '; …' : ''),
    );
  }
}

export function checkAgainstExpected(
  aggregates: FlowAggregates,
  trusts: LocatedTrust[],
  expected: ExpectedFlows,
): void {
  if (Math.abs(aggregates.total - expected.total) > TOTAL_TOLERANCE) {
    throw new BuildError(
      `Residents attributed to trusts: built ${aggregates.total.toFixed(1)}, expected ${expected.total} ± ${TOTAL_TOLERANCE}`,
    );
  }
  const located = new Map(trusts.map((t) => [t.code, t]));
  for (const e of expected.trustHq) {
    const t = located.get(e.trust);
    if (!t)
      throw new BuildError(`Trust ${e.trust} has an expected HQ location but was not located`);
    if (t.areaCode !== e.stp) {
      throw new BuildError(`Trust ${e.trust}: HQ placed in ${t.areaCode}, expected ${e.stp}`);
    }
    if (Math.abs(t.lon - e.lon) > LONLAT_TOLERANCE || Math.abs(t.lat - e.lat) > LONLAT_TOLERANCE) {
      throw new BuildError(
        `Trust ${e.trust}: HQ at ${t.lon.toFixed(5)}, ${t.lat.toFixed(5)}; expected ${e.lon}, ${e.lat}`,
      );
    }
  }
  if (expected.trustHq.length !== trusts.length) {
    throw new BuildError(
      `${trusts.length} trusts located, but ${expected.trustHq.length} expected`,
    );
  }
  comparePairs(
    'STP → STP',
    aggregates.stpStp,
    expected.stpStp.map((r) => ({a: r.from, b: r.to, people: r.people})),
  );
  comparePairs(
    'CCG → trust',
    aggregates.ccgTrust,
    expected.ccgTrust.map((r) => ({a: r.ccg, b: r.trust, people: r.people})),
  );
  checkResidents(aggregates.ccgResidents, expected.ccgTrust);
}

/** Each CCG's residents (the denominator of its shares) against the published shares, using
 * the CCG's largest flow, whose share is the most precise. */
function checkResidents(ours: Map<string, number>, theirs: ExpectedFlows['ccgTrust']): void {
  const largest = new Map<string, ExpectedFlows['ccgTrust'][number]>();
  for (const r of theirs)
    if (r.share > 0 && r.people > (largest.get(r.ccg)?.people ?? 0)) largest.set(r.ccg, r);
  const problems: string[] = [];
  for (const [ccg, r] of largest) {
    const implied = r.people / r.share;
    const mine = ours.get(ccg) ?? 0;
    if (Math.abs(mine - implied) > RESIDENTS_TOLERANCE * implied) {
      problems.push(`${ccg}: built ${mine}, published shares imply ${Math.round(implied)}`);
    }
  }
  if (problems.length) {
    throw new BuildError(
      `CCG residents differ from the published shares for ${problems.length} CCG(s): ${problems.slice(0, 5).join('; ')}`,
    );
  }
}
