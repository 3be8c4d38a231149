// Mid-2022 populations of the units. The only mid-2022 figures in hand are per SICBL and vintage
// (IoD 2025 denominators, summed from ONS mid-2022 LSOA estimates), so a unit's population is
// solved from them: a unit that is a whole SICBL of either vintage takes its total; a piece takes
// its SICBL's total less the other units of that SICBL. Then every SICBL and ICB of both vintages
// must add up, and England must be the published total.
import {BuildError, byCode} from '../raw';
import type {Unit} from './units';

/** England, mid-2022, all ages (ONS; the IoD 2025 denominators' total in every vintage). */
export const ENGLAND_MID_2022 = 57_112_129;

export type Vintage = '2023' | '2026';
export const VINTAGES: readonly Vintage[] = ['2023', '2026'];

/** SICBL code → mid-2022 population, per vintage, from the denominators file ("total" rows). */
export function subIcbTotals(
  rows: readonly Record<string, string>[],
): Record<Vintage, Map<string, number>> {
  const out = {'2023': new Map<string, number>(), '2026': new Map<string, number>()};
  for (const r of rows) {
    if (r.denominator !== 'total' || !(r.sicbl_vintage! in out)) continue;
    const m = out[r.sicbl_vintage as Vintage];
    const n = Number(r.population);
    if (!Number.isInteger(n) || n <= 0)
      throw new BuildError(
        `Sub-ICB location ${r.sicbl_code} (${r.sicbl_vintage}): population "${r.population}" is not a whole number`,
      );
    if (m.has(r.sicbl_code!))
      throw new BuildError(
        `Sub-ICB location ${r.sicbl_code} (${r.sicbl_vintage}) has two populations`,
      );
    m.set(r.sicbl_code!, n);
  }
  return out;
}

const sicblOf = (u: Unit, v: Vintage) => (v === '2023' ? u.sicbl2023.code : u.sicbl2026.code);
const icbOf = (u: Unit, v: Vintage) => (v === '2023' ? u.icb2023.code : u.icb2026.code);

/** Unit code → mid-2022 population, solved from the SICBL totals of both vintages. */
export function unitPopulations(
  units: readonly Unit[],
  totals: Record<Vintage, ReadonlyMap<string, number>>,
): Map<string, number> {
  const pop = new Map<string, number>();
  for (let pass = 0; pass < 4 && pop.size < units.length; pass++) {
    for (const v of VINTAGES) {
      const groups = new Map<string, Unit[]>();
      for (const u of units) groups.set(sicblOf(u, v), [...(groups.get(sicblOf(u, v)) ?? []), u]);
      for (const [sicbl, members] of groups) {
        const total = totals[v].get(sicbl);
        if (total === undefined)
          throw new BuildError(`Sub-ICB location ${sicbl} (${v}) has no mid-2022 population`);
        const unknown = members.filter((u) => !pop.has(u.code));
        if (unknown.length !== 1) continue;
        const rest = total - members.reduce((s, u) => s + (pop.get(u.code) ?? 0), 0);
        if (rest <= 0)
          throw new BuildError(
            `Unit ${unknown[0]!.code}: ${sicbl} (${v}) leaves it ${rest} people`,
          );
        pop.set(unknown[0]!.code, rest);
      }
    }
  }
  const missing = units.find((u) => !pop.has(u.code));
  if (missing)
    throw new BuildError(
      `Unit ${missing.code}: its mid-2022 population cannot be solved from the sub-ICB totals`,
    );
  return pop;
}

/**
 * The units' populations add up to every SICBL's total in both vintages, to every ICB's (its
 * SICBLs' totals grouped by `icbOfSicbl`, an independent SICBL → ICB list per vintage: the IMD
 * file's) and to England's; and no SICBL of the totals is left without units.
 */
export function checkPopulationSums(
  units: readonly Unit[],
  pop: ReadonlyMap<string, number>,
  totals: Record<Vintage, ReadonlyMap<string, number>>,
  icbOfSicbl: Record<Vintage, ReadonlyMap<string, string>>,
  england = ENGLAND_MID_2022,
): void {
  for (const v of VINTAGES) {
    const bySicbl = new Map<string, number>();
    const byIcb = new Map<string, number>();
    for (const u of units) {
      const p = pop.get(u.code);
      if (p === undefined) throw new BuildError(`Unit ${u.code} has no mid-2022 population`);
      bySicbl.set(sicblOf(u, v), (bySicbl.get(sicblOf(u, v)) ?? 0) + p);
      byIcb.set(icbOf(u, v), (byIcb.get(icbOf(u, v)) ?? 0) + p);
    }
    for (const [sicbl, total] of [...totals[v]].sort(([a], [b]) => byCode(a, b))) {
      const sum = bySicbl.get(sicbl);
      if (sum !== total)
        throw new BuildError(
          `Sub-ICB location ${sicbl} (${v}): its units add up to ${sum ?? 'nothing'}, its mid-2022 population is ${total}`,
        );
    }
    for (const sicbl of bySicbl.keys())
      if (!totals[v].has(sicbl))
        throw new BuildError(
          `Sub-ICB location ${sicbl} (${v}) has units but no mid-2022 population`,
        );
    const icbTotals = new Map<string, number>();
    for (const [sicbl, total] of totals[v]) {
      const icb = icbOfSicbl[v].get(sicbl);
      if (!icb) throw new BuildError(`Sub-ICB location ${sicbl} (${v}) has no ICB in the IMD file`);
      icbTotals.set(icb, (icbTotals.get(icb) ?? 0) + total);
    }
    for (const [icb, total] of [...icbTotals].sort(([a], [b]) => byCode(a, b))) {
      const sum = byIcb.get(icb);
      if (sum !== total)
        throw new BuildError(
          `ICB ${icb} (${v}): its units add up to ${sum ?? 'nothing'}, its sub-ICB locations to ${total}`,
        );
    }
    if (byIcb.size !== icbTotals.size)
      throw new BuildError(
        `${v}: the units lie in ${byIcb.size} ICBs, the IMD file lists ${icbTotals.size}`,
      );
    const all = [...pop.values()].reduce((a, b) => a + b, 0);
    const published = [...totals[v].values()].reduce((a, b) => a + b, 0);
    if (all !== england || published !== england)
      throw new BuildError(
        `England (${v}): the units add up to ${all}, the sub-ICB locations to ${published}, not ${england}`,
      );
  }
}

/** The collector's derived unit table must agree with the recomputed units. */
export function checkDerivedUnits(
  units: readonly Unit[],
  pop: ReadonlyMap<string, number>,
  rows: readonly Record<string, string>[],
): void {
  const bySource = new Map(units.map((u) => [u.sourceId, u]));
  if (rows.length !== units.length)
    throw new BuildError(
      `The derived unit table lists ${rows.length} units, the recomputation ${units.length}`,
    );
  for (const r of rows) {
    const u = bySource.get(r.unit_id!);
    if (!u)
      throw new BuildError(
        `Unit ${r.unit_id} of the derived table is not among the recomputed units`,
      );
    const differs = [
      ['n_lsoa', String(u.lsoaCount)],
      ['pop_census2021', String(u.residents)],
      ['pop_mid2022_iod2025', String(pop.get(u.code))],
      ['icb23cd', u.icb2023.code],
      ['icb26cd', u.icb2026.code],
      ['nhsercd', u.region.code],
      [
        'lads',
        u.districts
          .map(([d]) => d.code)
          .sort(byCode)
          .join(';'),
      ],
    ].find(([k, v]) => (k === 'lads' ? r.lads!.split(';').sort(byCode).join(';') : r[k!]) !== v);
    if (differs)
      throw new BuildError(
        `Unit ${u.code}: the derived table gives ${differs[0]} ${r[differs[0]!]}, the recomputation ${differs[1]}`,
      );
  }
}
