// The 108 units of England 2026: the pieces that both the 2023 and the 2026 sub-ICB locations
// (SICBLs) are made of. Every membership is recomputed here from the official LSOA lookups
// (2023 from ONS LSOA21 → SICBL24 → ICB24, the same as 2023; 2026 from ONS SICBL26 → ICB26 →
// NHSER26 and the documented rule for Frimley's split by district), never read from the
// collector's derived tables, which are only checked against. Every check throws a BuildError
// naming the code at fault.
import {BuildError, byCode} from '../raw';

export interface Named {
  code: string;
  odsCode: string;
  name: string;
}

/** One row of the LSOA → SICBL → ICB lookup of 2023 (= 2024). */
export interface Lsoa2023 {
  lsoa: string;
  sicbl: Named;
  icb: Named;
}

/** One row of the ONS SICBL26 → ICB26 → NHSER26 lookup. */
export interface Sicbl2026 {
  sicbl: Named;
  icb: Named;
  region: Named;
}

export interface District {
  code: string;
  name: string;
}

/** A unit's code, the one rule (the app's codes, the bench's Leaflet peer): the 2023 SICBL code
 * where the unit is that whole SICBL (`whole`), else "<2023 SICBL>-<2026 SICBL>". */
export function unitCode(sicbl2023: string, sicbl2026: string, whole: boolean): string {
  return whole ? sicbl2023 : `${sicbl2023}-${sicbl2026}`;
}

/** A 2023 SICBL that no 2026 SICBL continues: its LSOAs go to 2026 SICBLs by district. */
export interface SplitRule {
  sicbl2023: string;
  byDistrict: Record<string, string>;
}

/** Frimley (D4U1Y) was dissolved on 1 April 2026, exactly by local authority district
 * (PROVENANCE.md, "the main LSOA lookup"; ONS ICB26 polygons agree for 455 of 455 LSOAs). */
export const FRIMLEY_SPLIT: SplitRule = {
  sicbl2023: 'E38000252',
  byDistrict: {
    E06000036: 'E38000268', // Bracknell Forest → U2G6B, Thames Valley
    E06000039: 'E38000268', // Slough
    E06000040: 'E38000268', // Windsor and Maidenhead
    E07000089: 'E38000266', // Hart → D9Y0V, Hampshire and Isle of Wight
    E07000092: 'E38000266', // Rushmoor
    E07000209: 'E38000267', // Guildford (part) → 92A, Surrey and Sussex
    E07000212: 'E38000267', // Runnymede (part)
    E07000214: 'E38000267', // Surrey Heath
    E07000216: 'E38000267', // Waverley (part)
  },
};

/** One LSOA with everything the build needs about it. */
export interface LsoaMembership {
  lsoa: string;
  sicbl2023: Named;
  icb2023: Named;
  sicbl2026: Named;
  icb2026: Named;
  region: Named;
  district: District;
  residents: number;
}

/**
 * Each English LSOA's SICBL and ICB in 2023 and 2026, region, district and Census 2021 residents.
 * A 2023 SICBL continues in 2026 under the same ONS code, or else under the same ODS code (the
 * three codes replaced in 2026), or else it is split by district (`splits`).
 */
export function lsoaMemberships(
  lsoas2023: readonly Lsoa2023[],
  sicbls2026: readonly Sicbl2026[],
  districtOf: ReadonlyMap<string, District>,
  residentsOf: ReadonlyMap<string, number>,
  splits: readonly SplitRule[] = [FRIMLEY_SPLIT],
): LsoaMembership[] {
  const byOns = new Map(sicbls2026.map((s) => [s.sicbl.code, s]));
  const byOds = new Map(sicbls2026.map((s) => [s.sicbl.odsCode, s]));
  const seen = new Set<string>();
  const out: LsoaMembership[] = [];
  for (const row of lsoas2023) {
    if (seen.has(row.lsoa))
      throw new BuildError(`LSOA ${row.lsoa} is listed twice in the 2023 lookup`);
    seen.add(row.lsoa);
    const district = districtOf.get(row.lsoa);
    if (!district) throw new BuildError(`LSOA ${row.lsoa} has no local authority district`);
    const residents = residentsOf.get(row.lsoa);
    if (residents === undefined)
      throw new BuildError(`LSOA ${row.lsoa} has no Census 2021 residents`);
    let next = byOns.get(row.sicbl.code) ?? byOds.get(row.sicbl.odsCode);
    if (!next) {
      const rule = splits.find((s) => s.sicbl2023 === row.sicbl.code);
      if (!rule)
        throw new BuildError(
          `Sub-ICB location ${row.sicbl.code} (${row.sicbl.odsCode}) of 2023 has no 2026 successor and no split rule`,
        );
      const to = rule.byDistrict[district.code];
      if (!to)
        throw new BuildError(
          `LSOA ${row.lsoa} of ${row.sicbl.code} lies in district ${district.code}, which its split rule does not place`,
        );
      next = byOns.get(to);
      if (!next)
        throw new BuildError(
          `The split rule for ${row.sicbl.code} sends district ${district.code} to ${to}, which is not a 2026 sub-ICB location`,
        );
    }
    out.push({
      lsoa: row.lsoa,
      sicbl2023: row.sicbl,
      icb2023: row.icb,
      sicbl2026: next.sicbl,
      icb2026: next.icb,
      region: next.region,
      district,
      residents,
    });
  }
  checkNesting(out);
  return out;
}

/** Every SICBL lies in one ICB and every ICB in one region, in both vintages. */
function checkNesting(lsoas: readonly LsoaMembership[]): void {
  const once = (what: string, pairs: [string, string][]) => {
    const parent = new Map<string, string>();
    for (const [child, p] of pairs) {
      const was = parent.get(child);
      if (was !== undefined && was !== p)
        throw new BuildError(`${what} ${child} lies in both ${was} and ${p}`);
      parent.set(child, p);
    }
  };
  once(
    'Sub-ICB location (2023)',
    lsoas.map((l) => [l.sicbl2023.code, l.icb2023.code]),
  );
  once(
    'Sub-ICB location (2026)',
    lsoas.map((l) => [l.sicbl2026.code, l.icb2026.code]),
  );
  once(
    'ICB (2023)',
    lsoas.map((l) => [l.icb2023.code, l.region.code]),
  );
  once(
    'ICB (2026)',
    lsoas.map((l) => [l.icb2026.code, l.region.code]),
  );
}

export interface Unit {
  /** The 2023 SICBL code where the unit is a whole 2023 SICBL, else "<2023 SICBL>-<2026 SICBL>". */
  code: string;
  /** The collector's unit id, "<2023 SICBL>_<2026 SICBL>", used by the derived flow files. */
  sourceId: string;
  sicbl2023: Named;
  icb2023: Named;
  sicbl2026: Named;
  icb2026: Named;
  region: Named;
  lsoaCount: number;
  residents: number;
  /** District code → Census 2021 residents of the unit in it, most first. */
  districts: [District, number][];
}

/** The common refinement of the two SICBL vintages: one unit per (2023 SICBL, 2026 SICBL) pair. */
export function unitsOf(lsoas: readonly LsoaMembership[]): Unit[] {
  const successors = new Map<string, Set<string>>();
  for (const l of lsoas) {
    const s = successors.get(l.sicbl2023.code) ?? new Set();
    s.add(l.sicbl2026.code);
    successors.set(l.sicbl2023.code, s);
  }
  const units = new Map<string, Unit & {byDistrict: Map<string, [District, number]>}>();
  for (const l of lsoas) {
    const whole = successors.get(l.sicbl2023.code)!.size === 1;
    const code = unitCode(l.sicbl2023.code, l.sicbl2026.code, whole);
    let u = units.get(code);
    if (!u) {
      u = {
        code,
        sourceId: `${l.sicbl2023.code}_${l.sicbl2026.code}`,
        sicbl2023: l.sicbl2023,
        icb2023: l.icb2023,
        sicbl2026: l.sicbl2026,
        icb2026: l.icb2026,
        region: l.region,
        lsoaCount: 0,
        residents: 0,
        districts: [],
        byDistrict: new Map(),
      };
      units.set(code, u);
    }
    u.lsoaCount += 1;
    u.residents += l.residents;
    const d = u.byDistrict.get(l.district.code) ?? [l.district, 0];
    d[1] += l.residents;
    u.byDistrict.set(l.district.code, d);
  }
  return [...units.values()]
    .map(({byDistrict, ...u}) => ({
      ...u,
      districts: [...byDistrict.values()].sort(
        (a, b) => b[1] - a[1] || byCode(a[0].code, b[0].code),
      ),
    }))
    .sort((a, b) => byCode(a.code, b.code));
}

/**
 * A name people can place. A unit that is a whole ICB takes the ICB's name ("Kent and Medway");
 * else its largest districts, those holding at least a tenth of its residents ("Halton", "Bolton
 * and Bury", "Leeds, Bradford and 3 more", counting districts with at least 1% of its residents;
 * a single one left over is named, "Bradford and Craven").
 */
export function placeName(
  unit: Pick<Unit, 'districts' | 'residents'>,
  wholeIcb?: string,
): {name: string; shortName: string} {
  if (wholeIcb) return {name: wholeIcb, shortName: wholeIcb};
  const counted = unit.districts.filter(([, r]) => r >= unit.residents * 0.01);
  const big = counted.filter(([, r]) => r >= unit.residents * 0.1).map(([d]) => d.name);
  const first = (big.length ? big : [unit.districts[0]![0].name]).slice(0, 3);
  // One district left over is named: "Bradford and Craven", not "Bradford and 1 more", which
  // takes as much room and tells less (newcomer trial).
  const shown = counted.length === first.length + 1 ? counted.map(([d]) => d.name) : first;
  const hidden = counted.length - shown.length;
  const name =
    hidden > 0
      ? `${shown.join(', ')} and ${hidden} more`
      : shown.length === 1
        ? shown[0]!
        : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
  return {name, shortName: shown[0]!};
}
