// Coterminosity (criteria/coterminosity.ts) at part granularity: a district's residents summed
// per region over its parts, each part in its own region under the option. With no part moved,
// exactly districtSplits' result (a district's parts add up to its area parts: checked by the
// data build).
import type {DistrictSplit} from '../criteria/types';
import type {BoundaryOption, RegionId} from '../types';
import {partRegionId} from './part-region';
import type {DistrictPartResidents, Part} from './part-types';

type Placing = Pick<BoundaryOption, 'assignments' | 'partAssignments' | 'regions'>;

/**
 * The districts split between two or more regions of `option`, in `districts` order, each with
 * its regions largest first (ties in the option's region order) and `minorityResidents`
 * (people outside its largest region). A district part whose part is not in `parts`, is placed
 * in no region, or in one the option does not list, is left out; so are parts with no residents.
 */
export function partDistrictSplits(
  option: Placing,
  districts: readonly DistrictPartResidents[],
  parts: readonly Pick<Part, 'code' | 'areaCode'>[],
): DistrictSplit[] {
  const order = new Map(option.regions.map((r, i) => [r.id, i]));
  const areaOf = new Map(parts.map((p) => [p.code, p.areaCode]));
  const splits: DistrictSplit[] = [];
  for (const d of districts) {
    const sums = new Map<RegionId, number>();
    for (const {partCode, residents} of d.parts) {
      const areaCode = areaOf.get(partCode);
      const id =
        areaCode === undefined ? undefined : partRegionId(option, {code: partCode, areaCode});
      if (id === undefined || !order.has(id) || residents <= 0) continue;
      sums.set(id, (sums.get(id) ?? 0) + residents);
    }
    if (sums.size < 2) continue;
    const regions = [...sums].map(([regionId, residents]) => ({regionId, residents}));
    regions.sort(
      (a, b) => b.residents - a.residents || order.get(a.regionId)! - order.get(b.regionId)!,
    );
    const total = regions.reduce((n, r) => n + r.residents, 0);
    splits.push({
      code: d.code,
      name: d.name,
      regions,
      minorityResidents: total - regions[0]!.residents,
    });
  }
  return splits;
}
