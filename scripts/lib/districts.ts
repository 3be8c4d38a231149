// Local authority districts (April 2018) and the STPs they fall in, for "where is my area?"
// search. From the ONS LSOA → CCG → STP → LAD lookup; a district split between STPs lists
// each part with its share of the district's LSOAs.
import type {District} from '../../src/domain/types';
import type {RawFolder} from './raw';
import {BuildError, byCode} from './raw';

export function buildDistricts(raw: RawFolder, stpCodes: Set<string>): District[] {
  const rows = raw.csv('lsoaLookup', ['LSOA11CD', 'STP18CD', 'LAD18CD', 'LAD18NM']);
  const byDistrict = new Map<string, {name: string; counts: Map<string, number>; total: number}>();
  for (const row of rows) {
    if (!stpCodes.has(row.STP18CD!)) {
      throw new BuildError(`LSOA ${row.LSOA11CD} is in STP ${row.STP18CD}, which has no boundary`);
    }
    const d = byDistrict.get(row.LAD18CD!) ?? {name: row.LAD18NM!, counts: new Map(), total: 0};
    d.counts.set(row.STP18CD!, (d.counts.get(row.STP18CD!) ?? 0) + 1);
    d.total += 1;
    byDistrict.set(row.LAD18CD!, d);
  }
  return [...byDistrict.entries()]
    .sort(([a], [b]) => byCode(a, b))
    .map(([code, d]) => ({
      code,
      name: d.name,
      parts: [...d.counts.entries()]
        .sort(([a, x], [b, y]) => y - x || byCode(a, b))
        .map(([stpCode, n]) => ({stpCode, lsoaShare: Math.round((n / d.total) * 1000) / 1000})),
    }));
}
