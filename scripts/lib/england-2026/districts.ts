// Local authority districts (April 2024) with their Census 2021 usual residents per unit, from
// the LSOA lookup: the coterminosity layer of England 2026, in the 2018 districts file's format.
import {BuildError, byCode} from '../raw';
import type {LsoaMembership, Unit} from './units';

export interface DistrictPart {
  areaCode: string;
  lsoaShare: number;
  residents: number;
}

export interface DistrictRow {
  code: string;
  name: string;
  parts: DistrictPart[];
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;

/** Each district's units, most residents first, with the share of its LSOAs in each; the
 * residents must add up to the LSOAs' total. */
export function buildDistricts2026(
  lsoas: readonly LsoaMembership[],
  units: readonly Unit[],
): DistrictRow[] {
  const unitOf = new Map<string, string>();
  for (const u of units) unitOf.set(`${u.sicbl2023.code}_${u.sicbl2026.code}`, u.code);
  const districts = new Map<
    string,
    {name: string; n: number; parts: Map<string, {lsoas: number; residents: number}>}
  >();
  for (const l of lsoas) {
    const unit = unitOf.get(`${l.sicbl2023.code}_${l.sicbl2026.code}`);
    if (!unit) throw new BuildError(`LSOA ${l.lsoa} has no unit`);
    const d = districts.get(l.district.code) ?? {name: l.district.name, n: 0, parts: new Map()};
    if (d.name !== l.district.name)
      throw new BuildError(
        `District ${l.district.code} is called both ${d.name} and ${l.district.name}`,
      );
    d.n += 1;
    const p = d.parts.get(unit) ?? {lsoas: 0, residents: 0};
    p.lsoas += 1;
    p.residents += l.residents;
    d.parts.set(unit, p);
    districts.set(l.district.code, d);
  }
  const rows = [...districts]
    .sort(([a], [b]) => byCode(a, b))
    .map(([code, d]) => ({
      code,
      name: d.name,
      parts: [...d.parts]
        .sort(([a, x], [b, y]) => y.residents - x.residents || byCode(a, b))
        .map(([areaCode, p]) => ({
          areaCode,
          lsoaShare: round3(p.lsoas / d.n),
          residents: p.residents,
        })),
    }));
  const total = rows.reduce((s, d) => s + d.parts.reduce((t, p) => t + p.residents, 0), 0);
  const expected = lsoas.reduce((s, l) => s + l.residents, 0);
  if (total !== expected)
    throw new BuildError(`The districts' residents add up to ${total}, the LSOAs' to ${expected}`);
  return rows;
}
