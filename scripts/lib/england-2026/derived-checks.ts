// England 2026's cross-checks of the recomputed LSOA memberships (units.ts) against other
// tables: the collector's derived lookup, LSOA by LSOA and unit by unit, and the IMD repository's
// LSOA counts per sub-ICB location. Each throws a BuildError naming the code at fault.
import {BuildError} from '../raw';
import type {LsoaMembership, Unit} from './units';

/** The collector's derived tables must agree with the recomputation, LSOA by LSOA and unit by unit. */
export function checkDerivedLookup(
  lsoas: readonly LsoaMembership[],
  units: readonly Unit[],
  rows: readonly Record<string, string>[],
): void {
  const mine = new Map(lsoas.map((l) => [l.lsoa, l]));
  const unitOf = new Map(units.map((u) => [u.sourceId, u]));
  if (rows.length !== lsoas.length)
    throw new BuildError(
      `The derived LSOA lookup lists ${rows.length} LSOAs, the recomputation ${lsoas.length}`,
    );
  for (const r of rows) {
    const l = mine.get(r.lsoa21cd!);
    if (!l)
      throw new BuildError(
        `LSOA ${r.lsoa21cd} is in the derived lookup but not in the ONS 2023 lookup`,
      );
    const differs = [
      ['sicbl23cd', l.sicbl2023.code],
      ['icb23cd', l.icb2023.code],
      ['sicbl26cd', l.sicbl2026.code],
      ['sicbl26cdh', l.sicbl2026.odsCode],
      ['icb26cd', l.icb2026.code],
      ['icb26cdh', l.icb2026.odsCode],
      ['nhsercd', l.region.code],
      ['lad24cd', l.district.code],
      ['unit_id', `${l.sicbl2023.code}_${l.sicbl2026.code}`],
      ['pop_census2021', String(l.residents)],
    ].find(([k, v]) => r[k!] !== v);
    if (differs)
      throw new BuildError(
        `LSOA ${l.lsoa}: the derived lookup gives ${differs[0]} ${r[differs[0]!]}, the recomputation ${differs[1]}`,
      );
    if (!unitOf.has(r.unit_id!))
      throw new BuildError(`LSOA ${l.lsoa}: unit ${r.unit_id} of the derived lookup is not a unit`);
  }
}

/** Counts of LSOAs per SICBL and the SICBL → ICB pairs must agree with the IMD repository's
 * (computed there from the ONS lookups of each vintage), for 2023 and 2026. */
export function checkSubIcbCounts(
  lsoas: readonly LsoaMembership[],
  scoreRows: readonly Record<string, string>[],
): void {
  for (const vintage of ['2023', '2026'] as const) {
    const mine = new Map<string, {n: number; icb: string}>();
    for (const l of lsoas) {
      const s = vintage === '2023' ? l.sicbl2023 : l.sicbl2026;
      const icb = vintage === '2023' ? l.icb2023 : l.icb2026;
      const m = mine.get(s.code) ?? {n: 0, icb: icb.code};
      m.n += 1;
      mine.set(s.code, m);
    }
    const theirs = scoreRows.filter((r) => r.sicbl_vintage === vintage && r.index === 'imd');
    if (theirs.length !== mine.size)
      throw new BuildError(
        `${vintage}: ${mine.size} sub-ICB locations in the LSOA lookup but ${theirs.length} in the IMD file`,
      );
    for (const r of theirs) {
      const m = mine.get(r.sicbl_code!);
      if (!m)
        throw new BuildError(
          `Sub-ICB location ${r.sicbl_code} (${vintage}) is in the IMD file but has no LSOA`,
        );
      if (String(m.n) !== r.n_lsoa)
        throw new BuildError(
          `Sub-ICB location ${r.sicbl_code} (${vintage}) has ${m.n} LSOAs, the IMD file ${r.n_lsoa}`,
        );
      if (m.icb !== r.icb_code)
        throw new BuildError(
          `Sub-ICB location ${r.sicbl_code} (${vintage}) lies in ICB ${m.icb}, the IMD file says ${r.icb_code}`,
        );
    }
  }
}
