// Reading the raw public sources with checks that fail loudly and say which file is wrong.
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {csvParse, csvParseRows} from 'd3-dsv';

export class BuildError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BuildError';
  }
}

/** Every raw file the build reads, relative to the raw folder. */
export const RAW_FILES = {
  stpShapes: 'stp/STP_Apr2018_EN_BUC_BNG.shp',
  countryShapes: 'context/Countries_Dec2018_GB_BUC_BNG.shp',
  ccgShapes: 'ccg/ebmdatalab_ccgs_2019_CCG_Apr2018_WGS84.json',
  ccgPopulationByAge: 'population/ccg18_population_mid2018_single_year_of_age.csv',
  ccgToStp: 'flows/lookup/ons_CCG18_STP18_EN_LU.csv',
  ccgToRegion2018: 'flows/lookup/ons_CCG18_NHSRLO18_NHSER18_EN_LU.csv',
  stpToRegion2019: 'lookup/stp18cd_to_nhser18cd.csv',
  regions2019: 'lookup/nhser18.csv',
  lsoaLookup: 'flows/lookup/ons_LSOA11_CCG18_STP18_LAD18_EN_LU_v3.csv',
  stpPopulationCrossCheck: 'population/stp18_population_mid2018_derived.csv',
  // Patient flows (scripts/lib/flows/): PHE 2018 catchment, populations, trust HQs, and the
  // published aggregates the recomputed flows are checked against.
  catchment2018:
    'flows/phe_catchment/phe_catchment_2018_all_admissions_msoa_trust_proportion_derived.csv',
  lsoaPopulation2019: 'flows/population/ons_lsoa11_population_mid2019_all_ages_derived.csv',
  lsoaToMsoa: 'flows/lookup/ons_lsoa11_msoa11_derived.csv',
  trustsEtr: 'flows/trusts/ods_etr_trusts_nheader.csv',
  trustPostcodesNspl: 'flows/trusts/nspl_nov2020_trust_postcode_bng_nheader.csv',
  trustNames2022: 'flows/trusts/geographr_points_nhs_trusts22_osm_geocoded_derived.csv',
  expectedStpFlows2018: 'flows/aggregated/stp18_to_stp18_catchment_pop_2018_derived.csv',
  expectedCcgTrustFlows2018: 'flows/aggregated/ccg18_to_trust_catchment_pop_2018_derived.csv',
  expectedTrustHqs: 'flows/aggregated/trust_hq_location_stp18_derived.csv',
} as const;

export type RawFileKey = keyof typeof RAW_FILES;

export class RawFolder {
  constructor(readonly dir: string) {
    if (!existsSync(dir)) {
      throw new BuildError(
        `Raw data folder not found: ${dir}. Pass --raw DIR or set FOOTPRINT_RAW_DIR.`,
      );
    }
  }

  path(key: RawFileKey): string {
    const file = path.join(this.dir, RAW_FILES[key]);
    if (!existsSync(file)) throw new BuildError(`Missing raw file: ${file}`);
    return file;
  }

  text(key: RawFileKey): string {
    return readFileSync(this.path(key), 'utf8');
  }

  /** CSV rows keyed by header, trimmed (some ONS-derived files pad values with spaces). */
  csv(key: RawFileKey, required: string[]): Record<string, string>[] {
    const rows = csvParse(this.text(key).replace(/^\uFEFF/, ''), (row) => {
      const clean: Record<string, string> = {};
      for (const [k, v] of Object.entries(row)) clean[k.trim()] = (v ?? '').trim();
      return clean;
    });
    const header = rows.columns.map((c) => c.trim());
    const missing = required.filter((c) => !header.includes(c));
    if (missing.length) {
      throw new BuildError(`${RAW_FILES[key]}: missing column(s) ${missing.join(', ')}`);
    }
    if (rows.length === 0) throw new BuildError(`${RAW_FILES[key]}: no rows`);
    return rows;
  }

  csvRows(key: RawFileKey): string[][] {
    return csvParseRows(this.text(key));
  }
}

export function toInt(value: string | undefined, where: string): number {
  const n = Number(value);
  if (value === undefined || value === '' || !Number.isFinite(n)) {
    throw new BuildError(`${where}: expected a number, got "${value}"`);
  }
  return n;
}

/** Code order, independent of the locale (localeCompare could differ between machines), so the
 * built files are byte-identical wherever they are built. */
export const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
