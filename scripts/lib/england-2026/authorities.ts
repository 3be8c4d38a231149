// The strategic-authority layer of England 2026 (issue 20): the combined authorities of May 2025
// (ONS lookup) and the Greater London Authority, with their Census 2021 residents per unit, in
// the districts file's shape; and the acute trusts at their headquarters' unit.
import {BuildError, byCode} from '../raw';
import type {DistrictPart} from './districts';
import type {LsoaMembership, Unit} from './units';

export interface AuthorityRow {
  code: string;
  name: string;
  /** Why an authority is listed that is not a combined authority in law. */
  note?: string;
  parts: DistrictPart[];
}

/** The GLA is not in the ONS combined-authority lookup; it is London's strategic authority,
 * covering the 33 London boroughs (districts coded E09), so it is added as one. */
export const GLA = {
  code: 'E12000007',
  name: 'Greater London Authority',
  note: 'Not a combined authority: the strategic authority for London (the 33 London boroughs), listed beside them.',
  districtPrefix: 'E09',
};

/** LAD 2025 codes the ONS lookup uses where the LSOA lookup has LAD 2024's (Barnsley, Sheffield). */
const LAD25_TO_LAD24: Readonly<Record<string, string>> = {
  E08000038: 'E08000016',
  E08000039: 'E08000019',
};

const round3 = (n: number) => Math.round(n * 1000) / 1000;

/**
 * Each authority's units with the Census 2021 residents and share of its LSOAs there, most
 * residents first, authorities by code. `lookup` is the ONS LAD25 → CAUTH25 table; every LSOA's
 * authority must equal the derived LSOA lookup's `cauth25cd` (`derived`, lsoa → code or ''), and
 * every lookup district must have LSOAs.
 */
export function buildAuthorities2026(
  lsoas: readonly LsoaMembership[],
  units: readonly Unit[],
  lookup: readonly Record<string, string>[],
  derived: ReadonlyMap<string, string>,
): AuthorityRow[] {
  const authorityOf = new Map<string, {code: string; name: string}>();
  for (const r of lookup)
    authorityOf.set(LAD25_TO_LAD24[r.LAD25CD!] ?? r.LAD25CD!, {
      code: r.CAUTH25CD!,
      name: r.CAUTH25NM!,
    });
  const seen = new Set(lsoas.map((l) => l.district.code));
  for (const lad of authorityOf.keys())
    if (!seen.has(lad))
      throw new BuildError(`${'ons_LAD25_CAUTH25_EN_LU.csv'}: district ${lad} has no LSOA`);
  const unitOf = new Map(units.map((u) => [u.sourceId, u.code]));
  const sums = new Map<
    string,
    {name: string; n: number; parts: Map<string, {lsoas: number; residents: number}>}
  >();
  for (const l of lsoas) {
    const ca = authorityOf.get(l.district.code);
    if ((derived.get(l.lsoa) ?? '') !== (ca?.code ?? ''))
      throw new BuildError(
        `LSOA ${l.lsoa}: combined authority ${ca?.code ?? 'none'} from the ONS lookup, ${derived.get(l.lsoa) || 'none'} in the derived lookup`,
      );
    const authority = ca ?? (l.district.code.startsWith(GLA.districtPrefix) ? GLA : undefined);
    if (!authority) continue;
    const unit = unitOf.get(`${l.sicbl2023.code}_${l.sicbl2026.code}`);
    if (!unit) throw new BuildError(`LSOA ${l.lsoa} has no unit`);
    const a = sums.get(authority.code) ?? {name: authority.name, n: 0, parts: new Map()};
    a.n += 1;
    const p = a.parts.get(unit) ?? {lsoas: 0, residents: 0};
    p.lsoas += 1;
    p.residents += l.residents;
    a.parts.set(unit, p);
    sums.set(authority.code, a);
  }
  return [...sums]
    .sort(([a], [b]) => byCode(a, b))
    .map(([code, a]) => ({
      code,
      name: a.name,
      ...(code === GLA.code ? {note: GLA.note} : {}),
      parts: [...a.parts]
        .sort(([x, p], [y, q]) => q.residents - p.residents || byCode(x, y))
        .map(([areaCode, p]) => ({
          areaCode,
          lsoaShare: round3(p.lsoas / a.n),
          residents: p.residents,
        })),
    }));
}

export interface TrustRow {
  code: string;
  name: string;
  areaCode: string;
}

/** The acute trusts (every trust of the PHE catchments: its list is of acute trusts) at their
 * headquarters' unit, by code; each must fall in a unit and be listed once. */
export function buildTrusts2026(
  rows: readonly Record<string, string>[],
  units: readonly Unit[],
): TrustRow[] {
  const unitOf = new Map(units.map((u) => [u.sourceId, u.code]));
  const trusts = new Map<string, TrustRow>();
  for (const r of rows) {
    const areaCode = unitOf.get(r.unit_id_hq!);
    if (!areaCode)
      throw new BuildError(
        `trust_hq_units108_derived.csv: trust ${r.trust_code} has its headquarters in ${r.unit_id_hq || 'no unit'}, which is not a unit`,
      );
    if (trusts.has(r.trust_code!))
      throw new BuildError(`trust_hq_units108_derived.csv: trust ${r.trust_code} is listed twice`);
    trusts.set(r.trust_code!, {code: r.trust_code!, name: r.name_2022!, areaCode});
  }
  return [...trusts.values()].sort((a, b) => byCode(a.code, b.code));
}
