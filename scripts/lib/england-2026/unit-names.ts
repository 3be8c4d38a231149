// England 2026's unit names: the official name (2026's sub-ICB location where the unit is all
// of one, else 2023's) and the unique name shown in the app (a whole ICB's name where the unit
// is one; two alike get their sub-ICB location's ODS code).
import {icbName} from './groups';
import {placeName, type Unit} from './units';

/** The official name: the 2026 sub-ICB location's where the unit is all of one, else 2023's. */
export function officialName(u: Unit, units: readonly Unit[]): string {
  const whole26 = units.filter((x) => x.sicbl2026.code === u.sicbl2026.code).length === 1;
  if (whole26) return u.sicbl2026.name;
  if (!u.code.includes('-')) return u.sicbl2023.name;
  return `${u.sicbl2023.name}: the part in ${u.sicbl2026.odsCode} from April 2026`;
}

/** The names of the units, unique: a whole ICB (of either vintage) gives its name; two units
 * named alike (Sefton's two) add their sub-ICB location's ODS code. */
export function unitNames(units: readonly Unit[]): Map<string, {name: string; shortName: string}> {
  const alone = (icb: (u: Unit) => string, u: Unit) =>
    units.filter((x) => icb(x) === icb(u)).length === 1;
  const names = new Map(
    units.map((u) => {
      const whole = alone((x) => x.icb2023.code, u)
        ? u.icb2023
        : alone((x) => x.icb2026.code, u)
          ? u.icb2026
          : undefined;
      return [u.code, placeName(u, whole && icbName(whole.name))];
    }),
  );
  const count = new Map<string, number>();
  for (const n of names.values()) count.set(n.name, (count.get(n.name) ?? 0) + 1);
  for (const u of units) {
    const n = names.get(u.code)!;
    if (count.get(n.name)! > 1)
      names.set(u.code, {
        name: `${n.name} (${u.sicbl2023.odsCode})`,
        shortName: `${n.shortName} (${u.sicbl2023.odsCode})`,
      });
  }
  return names;
}
