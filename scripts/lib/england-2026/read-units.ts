// England 2026's units as the build reads them, before any file is written: the LSOA
// memberships recomputed from the official lookups (units.ts), cross-checked against the
// derived tables and the IMD repository's counts (derived-checks.ts), and the populations.
import {BuildError} from '../raw';
import type {Raw2026} from './raw';
import {
  lsoaMemberships,
  unitsOf,
  type District,
  type Lsoa2023,
  type Named,
  type Sicbl2026,
} from './units';
import {checkDerivedLookup, checkSubIcbCounts} from './derived-checks';
import {
  checkDerivedUnits,
  checkPopulationSums,
  subIcbTotals,
  unitPopulations,
  type Vintage,
} from './populations';

const named = (code?: string, odsCode?: string, name?: string): Named => ({
  code: code!,
  odsCode: odsCode!,
  name: name!,
});

/** Everything the build knows about the units, before any file is written. */
export function readUnits(raw: Raw2026) {
  const lsoa23: Lsoa2023[] = raw
    .csv('lsoaSicbl2023', [
      'lsoa21_code',
      'sicbl24_code',
      'sicbl24_code_nhs',
      'sicbl24_name',
      'icb24_code',
      'icb24_code_nhs',
      'icb24_name',
    ])
    .map((r) => ({
      lsoa: r.lsoa21_code!,
      sicbl: named(r.sicbl24_code, r.sicbl24_code_nhs, r.sicbl24_name),
      icb: named(r.icb24_code, r.icb24_code_nhs, r.icb24_name),
    }));
  const sicbl26: Sicbl2026[] = raw
    .csv('sicbl2026', [
      'SICBL26CD',
      'SICBL26CDH',
      'SICBL26NM',
      'ICB26CD',
      'ICB26CDH',
      'ICB26NM',
      'NHSER26CD',
      'NHSER26CDH',
      'NHSER26NM',
    ])
    .map((r) => ({
      sicbl: named(r.SICBL26CD, r.SICBL26CDH, r.SICBL26NM),
      icb: named(r.ICB26CD, r.ICB26CDH, r.ICB26NM),
      region: named(r.NHSER26CD, r.NHSER26CDH, r.NHSER26NM),
    }));
  const districtOf = new Map<string, District>(
    raw
      .csv('lsoaDistrict', ['lsoa21_code', 'ltla24_code', 'ltla24_name'])
      .map((r) => [r.lsoa21_code!, {code: r.ltla24_code!, name: r.ltla24_name!}]),
  );
  const residentsOf = new Map<string, number>();
  for (const r of raw.csv('residents2021', ['lsoa21_code', 'total_residents'])) {
    const n = Number(r.total_residents);
    if (!Number.isInteger(n) || n < 0)
      throw new BuildError(
        `LSOA ${r.lsoa21_code}: Census 2021 residents "${r.total_residents}" is not a whole number`,
      );
    if (residentsOf.has(r.lsoa21_code!) && residentsOf.get(r.lsoa21_code!) !== n)
      throw new BuildError(`LSOA ${r.lsoa21_code} has two Census 2021 totals`);
    residentsOf.set(r.lsoa21_code!, n);
  }
  const lsoas = lsoaMemberships(lsoa23, sicbl26, districtOf, residentsOf);
  const units = unitsOf(lsoas);

  const scores = raw.csv('subIcbScores', [
    'sicbl_vintage',
    'sicbl_code',
    'icb_code',
    'index',
    'n_lsoa',
  ]);
  checkSubIcbCounts(lsoas, scores);
  checkDerivedLookup(
    lsoas,
    units,
    raw.csv('derivedLookup', ['lsoa21cd', 'unit_id', 'sicbl26cd', 'lad24cd', 'pop_census2021']),
  );

  const totals = subIcbTotals(
    raw.csv('population2022', ['sicbl_vintage', 'sicbl_code', 'denominator', 'population']),
  );
  const population = unitPopulations(units, totals);
  const icbOfSicbl = {'2023': new Map<string, string>(), '2026': new Map<string, string>()};
  for (const r of scores)
    if (r.index === 'imd' && r.sicbl_vintage! in icbOfSicbl)
      icbOfSicbl[r.sicbl_vintage as Vintage].set(r.sicbl_code!, r.icb_code!);
  checkPopulationSums(units, population, totals, icbOfSicbl);
  checkDerivedUnits(
    units,
    population,
    raw.csv('derivedUnits', ['unit_id', 'n_lsoa', 'pop_census2021', 'pop_mid2022_iod2025', 'lads']),
  );
  return {lsoas, units, population};
}
