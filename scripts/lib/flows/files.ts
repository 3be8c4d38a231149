// Turns the float sums into the two committed files: rounded to whole people only now, after
// aggregation (rounding CCG pairs first and adding them up would drift by up to ±0.5 a pair),
// sorted by code so the output is byte-identical on every run.
import type {
  PartTrustFlowsFile as CcgTrustFlowsFile,
  AreaFlowsFile as StpFlowsFile,
} from '../../../src/data/flow-schemas';
import type {FlowAggregates, PlacedTrust} from './types';
import {byCode} from '../raw';

export const FLOW_DESCRIPTION = {
  measure: 'Residents attributed to hospital trusts',
  unit: 'people',
  period: 'PHE catchment year 2018',
  source:
    'Public Health England, NHS Acute (Hospital) Trust Catchment Populations (All Admissions, catchment year 2018) ' +
    '× ONS mid-2019 LSOA population estimates, summed with the ONS LSOA → CCG → STP (April 2018) lookup. ' +
    'Each trust counts in the STP of its headquarters (ODS postcode, ONS NSPL November 2020).',
} as const;

const round4 = (n: number) => Math.round(n * 1e4) / 1e4;

function rows(map: Map<string, Map<string, number>>): [string, string, number][] {
  const out: [string, string, number][] = [];
  for (const a of [...map.keys()].sort(byCode)) {
    const inner = map.get(a)!;
    for (const b of [...inner.keys()].sort(byCode)) {
      const people = Math.round(inner.get(b)!);
      // A pair of a fraction of a person carries no information and bloats the file.
      if (people > 0) out.push([a, b, people]);
    }
  }
  return out;
}

export function flowFiles(
  aggregates: FlowAggregates,
  trusts: PlacedTrust[],
): {stp: StpFlowsFile; ccgTrust: CcgTrustFlowsFile} {
  const used = new Set<string>();
  for (const inner of aggregates.ccgTrust.values()) for (const t of inner.keys()) used.add(t);
  return {
    stp: {...FLOW_DESCRIPTION, flows: rows(aggregates.stpStp)},
    ccgTrust: {
      ...FLOW_DESCRIPTION,
      trusts: trusts
        .filter((t) => used.has(t.code))
        .sort((a, b) => byCode(a.code, b.code))
        .map((t) => ({
          code: t.code,
          name: t.name,
          areaCode: t.areaCode,
          partCode: t.partCode,
          lon: round4(t.lon),
          lat: round4(t.lat),
        })),
      flows: rows(aggregates.ccgTrust),
      residents: [...aggregates.ccgResidents.keys()]
        .sort(byCode)
        .map((ccg) => [ccg, aggregates.ccgResidents.get(ccg)!]),
    },
  };
}
