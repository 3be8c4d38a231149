// The raw files of the England 2026 geography (../shared/data/raw/england-2026/, described in its
// PROVENANCE.md), read with checks that name the file at fault.
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {csvParse} from 'd3-dsv';
import {BuildError} from '../raw';

export const RAW_2026 = {
  folder: 'england-2026',
  // Official (ONS) files, byte-for-byte copies.
  lsoaSicbl2023: 'lookup/geographr_lsoa21_sicbl24_icb24_derived.csv',
  sicbl2026: 'lookup/ons_SICBL26_ICB26_NHSER26_EN_LU.csv',
  lsoaDistrict: 'lookup/geographr_lsoa21_ward24_lad24_derived.csv',
  residents2021: 'population/census2021_lsoa21_usual_residents_derived.csv',
  population2022: 'population/imd2025_population_denominators_subicb_mid2022.csv',
  subIcbScores: 'population/imd2025_subicb_scores_long.csv',
  sicbl2023Shapes: 'boundaries/ons_SICBL_Apr2023_EN_BSC_WGS84.geojson',
  icb2023Shapes: 'boundaries/ons_ICB_Apr2023_EN_BSC_WGS84.geojson',
  icb2026Shapes: 'boundaries/ons_ICB_Apr2026_EN_BSC_WGS84.geojson',
  // Derived by the collector: the unit polygons (LSOA dissolves), and the tables the build
  // recomputes and checks itself against.
  unitShapes: 'boundaries/units108_sicbl23x26_from_LSOA21_BSC_derived.geojson',
  derivedLookup: 'lookup/lsoa21_sicbl23_sicbl26_icb_nhser_lad24_cauth25_derived.csv',
  derivedUnits: 'lookup/units108_sicbl23_x_sicbl26_derived.csv',
  unitFlows: 'flows/units108_to_units108_catchment_pop_2018_derived.csv',
  unitTrustFlows: 'flows/units108_to_trust_catchment_pop_2018_derived.csv',
  clusters: 'context/icb_leadership_clusters_2025_compiled.csv',
  authorityLookup: 'lookup/ons_LAD25_CAUTH25_EN_LU.csv',
  trustHq: 'flows/trust_hq_units108_derived.csv',
} as const;

export type Raw2026Key = Exclude<keyof typeof RAW_2026, 'folder'>;

/** The raw folder's england-2026/ subfolder. */
export class Raw2026 {
  readonly dir: string;
  constructor(rawDir: string) {
    this.dir = path.join(rawDir, RAW_2026.folder);
    if (!existsSync(this.dir)) throw new BuildError(`Raw data folder not found: ${this.dir}`);
  }

  path(key: Raw2026Key): string {
    const file = path.join(this.dir, RAW_2026[key]);
    if (!existsSync(file)) throw new BuildError(`Missing raw file: ${file}`);
    return file;
  }

  csv(key: Raw2026Key, required: string[]): Record<string, string>[] {
    return parseCsv(RAW_2026[key], readFileSync(this.path(key), 'utf8'), required);
  }
}

/** CSV rows keyed by header (BOM dropped, values trimmed); fails naming the file on a missing column. */
export function parseCsv(name: string, text: string, required: string[]): Record<string, string>[] {
  const rows = csvParse(text.replace(/^\uFEFF/, ''), (row) => {
    const clean: Record<string, string> = {};
    for (const [k, v] of Object.entries(row)) clean[k.trim()] = (v ?? '').trim();
    return clean;
  });
  const missing = required.filter((c) => !rows.columns.map((h) => h.trim()).includes(c));
  if (missing.length) throw new BuildError(`${name}: missing column(s) ${missing.join(', ')}`);
  if (rows.length === 0) throw new BuildError(`${name}: no rows`);
  return rows;
}
