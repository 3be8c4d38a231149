// Reads the raw flow sources into the parsed rows the pure core takes. Only parsing and
// per-value checks here; cross-file checks live in aggregate.ts where tests can reach them.
import type {RawFolder} from '../raw';
import {BuildError, toInt} from '../raw';
import {EXPECTED_TOTAL_2018, type ExpectedFlows} from './expected';
import type {CatchmentRow, LsoaAreaRow, LsoaMsoaRow, LsoaPopulationRow} from './types';

export interface RawFlowTables {
  catchment: CatchmentRow[];
  lsoaAreas: LsoaAreaRow[];
  lsoaMsoa: LsoaMsoaRow[];
  lsoaPopulation: LsoaPopulationRow[];
}

export function readFlowTables(raw: RawFolder): RawFlowTables {
  const catchment = raw
    .csv('catchment2018', ['msoa11cd', 'trust_code_successor_2021', 'proportion'])
    .map((r) => ({
      msoa: r.msoa11cd!,
      trust: r.trust_code_successor_2021!,
      proportion: toInt(r.proportion, `catchment ${r.msoa11cd} → ${r.trust_code_successor_2021}`),
    }));
  const lsoaAreas = raw
    .csv('lsoaLookup', ['LSOA11CD', 'CCG18CD', 'STP18CD'])
    .map((r) => ({lsoa: r.LSOA11CD!, ccg: r.CCG18CD!, stp: r.STP18CD!}));
  const lsoaMsoa = raw
    .csv('lsoaToMsoa', ['lsoa11cd', 'msoa11cd'])
    .map((r) => ({lsoa: r.lsoa11cd!, msoa: r.msoa11cd!}));
  const lsoaPopulation = raw
    .csv('lsoaPopulation2019', ['lsoa11cd', 'pop_mid2019_all_ages'])
    .map((r) => {
      const population = toInt(r.pop_mid2019_all_ages, `population of LSOA ${r.lsoa11cd}`);
      if (!Number.isInteger(population) || population < 0) {
        throw new BuildError(
          `Population of LSOA ${r.lsoa11cd} is ${population}, not a whole number of people`,
        );
      }
      return {lsoa: r.lsoa11cd!, population};
    });
  return {catchment, lsoaAreas, lsoaMsoa, lsoaPopulation};
}

/** Trust code → 2022 display name (title case, as geographr publishes it). */
export function readTrustNames2022(raw: RawFolder): Map<string, string> {
  return new Map(
    raw
      .csv('trustNames2022', ['trust_code', 'trust_name'])
      .map((r) => [r.trust_code!, r.trust_name!]),
  );
}

export function readExpectedFlows(raw: RawFolder): ExpectedFlows {
  const num = (v: string | undefined, where: string) => toInt(v, where);
  return {
    total: EXPECTED_TOTAL_2018,
    stpStp: raw
      .csv('expectedStpFlows2018', ['from_stp18cd', 'to_stp18cd', 'catchment_pop'])
      .map((r) => ({
        from: r.from_stp18cd!,
        to: r.to_stp18cd!,
        people: num(r.catchment_pop, `expected ${r.from_stp18cd} → ${r.to_stp18cd}`),
      })),
    ccgTrust: raw
      .csv('expectedCcgTrustFlows2018', [
        'ccg18cd',
        'trust_code',
        'catchment_pop',
        'share_of_ccg_pop',
      ])
      .map((r) => ({
        ccg: r.ccg18cd!,
        trust: r.trust_code!,
        people: num(r.catchment_pop, `expected ${r.ccg18cd} → ${r.trust_code}`),
        share: num(r.share_of_ccg_pop, `expected share of ${r.ccg18cd} → ${r.trust_code}`),
      })),
    trustHq: raw.csv('expectedTrustHqs', ['trust_code', 'stp18cd_hq', 'lon', 'lat']).map((r) => ({
      trust: r.trust_code!,
      stp: r.stp18cd_hq!,
      lon: num(r.lon, `expected lon of ${r.trust_code}`),
      lat: num(r.lat, `expected lat of ${r.trust_code}`),
    })),
  };
}
