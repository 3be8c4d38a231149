// Local authority districts (April 2018) and the STPs they fall in: for "where is my area?"
// search (the share of the district's LSOAs in each STP) and for the criteria scorecard's
// coterminosity (the district's residents in each STP, issue 12). From the ONS LSOA → CCG → STP
// → LAD lookup (v3) and the ONS LSOA mid-2019 population estimates.
import type {District} from '../../src/domain/types';
import type {RawFolder} from './raw';
import {BuildError, byCode, toInt} from './raw';

interface DistrictSums {
  name: string;
  /** STP code → [LSOAs, residents]. */
  parts: Map<string, {lsoas: number; residents: number}>;
  /** CCG code → residents: the same people at the finer level (issue 19, options that move
   * single CCGs). */
  partResidents: Map<string, number>;
  lsoas: number;
}

/**
 * Districts sorted by code; each part is an STP the district overlaps, largest share first, with
 * `lsoaShare` (0–1, 3 decimals) and `residents` (sum of the mid-2019 populations of the district's
 * LSOAs in that STP); `ccgs` lists [CCG code, residents] the same way per CCG, most residents
 * first (ties by code). Throws BuildError, naming the code at fault, when an LSOA is listed twice or
 * lacks a LAD or CCG, its STP has no boundary, it has no (or a twice-listed) population, or the
 * residents do not add up to the population file's total for the lookup's LSOAs.
 */
export function buildDistricts(raw: RawFolder, stpCodes: Set<string>): District[] {
  const rows = raw.csv('lsoaLookup', ['LSOA11CD', 'CCG18CD', 'STP18CD', 'LAD18CD', 'LAD18NM']);
  const population = lsoaPopulations(raw);
  const seen = new Set<string>();
  const byDistrict = new Map<string, DistrictSums>();
  let expectedTotal = 0;
  for (const row of rows) {
    const lsoa = row.LSOA11CD!;
    if (seen.has(lsoa))
      throw new BuildError(
        `LSOA ${lsoa} is listed twice in the LSOA → CCG → STP → LAD lookup (it must have one LAD and one CCG)`,
      );
    seen.add(lsoa);
    if (!row.LAD18CD || !row.CCG18CD)
      throw new BuildError(
        `LSOA ${lsoa} has no ${row.LAD18CD ? 'CCG' : 'LAD'} in the LSOA → CCG → STP → LAD lookup`,
      );
    if (!stpCodes.has(row.STP18CD!))
      throw new BuildError(`LSOA ${lsoa} is in STP ${row.STP18CD}, which has no boundary`);
    const people = population.get(lsoa);
    if (people === undefined)
      throw new BuildError(`LSOA ${lsoa} (district ${row.LAD18CD}) has no mid-2019 population`);
    expectedTotal += people;
    const d = byDistrict.get(row.LAD18CD) ?? {
      name: row.LAD18NM!,
      parts: new Map(),
      partResidents: new Map(),
      lsoas: 0,
    };
    d.partResidents.set(row.CCG18CD, (d.partResidents.get(row.CCG18CD) ?? 0) + people);
    const part = d.parts.get(row.STP18CD!) ?? {lsoas: 0, residents: 0};
    part.lsoas += 1;
    part.residents += people;
    d.parts.set(row.STP18CD!, part);
    d.lsoas += 1;
    byDistrict.set(row.LAD18CD, d);
  }
  // The population file's own English total (its E01 rows), not the lookup's: an English LSOA
  // the lookup leaves out would otherwise go missing unnoticed.
  let englandTotal = 0;
  for (const [lsoa, people] of population) {
    if (!lsoa.startsWith('E01')) continue; // Welsh LSOAs (W01) are in the file; England only here
    if (!seen.has(lsoa))
      throw new BuildError(
        `LSOA ${lsoa} has a mid-2019 population but is in no district of the LSOA → CCG → STP → LAD lookup`,
      );
    englandTotal += people;
  }
  const districts = [...byDistrict.entries()]
    .sort(([a], [b]) => byCode(a, b))
    .map(([code, d]) => toDistrict(code, d));
  const total = districts.reduce((sum, d) => sum + d.parts.reduce((s, p) => s + p.residents, 0), 0);
  if (total !== expectedTotal || total !== englandTotal) {
    throw new BuildError(
      `District residents add up to ${total}, but the population file gives ${englandTotal} for England's LSOAs`,
    );
  }
  return districts;
}

function toDistrict(code: string, d: DistrictSums): District {
  return {
    code,
    name: d.name,
    parts: [...d.parts.entries()]
      .sort(([a, x], [b, y]) => y.lsoas - x.lsoas || byCode(a, b))
      .map(([areaCode, p]) => ({
        areaCode,
        lsoaShare: Math.round((p.lsoas / d.lsoas) * 1000) / 1000,
        residents: p.residents,
      })),
    partResidents: [...d.partResidents.entries()].sort(([a, x], [b, y]) => y - x || byCode(a, b)),
  };
}

/** LSOA code → mid-2019 residents (all ages); whole numbers, each LSOA once. */
function lsoaPopulations(raw: RawFolder): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of raw.csv('lsoaPopulation2019', ['lsoa11cd', 'pop_mid2019_all_ages'])) {
    const people = toInt(r.pop_mid2019_all_ages, `population of LSOA ${r.lsoa11cd}`);
    if (!Number.isInteger(people) || people < 0)
      throw new BuildError(
        `Population of LSOA ${r.lsoa11cd} is ${people}, not a whole number of people`,
      );
    if (out.has(r.lsoa11cd!))
      throw new BuildError(`LSOA ${r.lsoa11cd} is listed twice in the mid-2019 population file`);
    out.set(r.lsoa11cd!, people);
  }
  return out;
}
