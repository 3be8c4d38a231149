// Coterminosity with local government (issue 12): a local authority district split between two
// or more NHS regions makes joint working harder, and the residents on the minority side(s) of
// the split are the ones whose council and NHS region do not line up.
import type {BoundaryOption, RegionId} from '../types';
import type {DistrictResidents, DistrictSplit} from './types';

/**
 * The districts (the geography's district file: April 2018 LADs, mid-2019 residents per area) split
 * between two or more regions of `option`, in `districts` order. A district's residents are
 * summed per region over its parts; a part in an area the option leaves unassigned, or assigns to
 * a region it does not list, belongs to no region and is left out (a partly built option is
 * not called split because of it). Regions with no residents do not count towards a split.
 * Each split lists its regions largest first (ties in the option's region order) and the
 * residents outside the largest one (`minorityResidents`, people).
 */
export function districtSplits(
  option: BoundaryOption,
  districts: readonly DistrictResidents[],
): DistrictSplit[] {
  const order = new Map(option.regions.map((r, i) => [r.id, i]));
  const splits: DistrictSplit[] = [];
  for (const district of districts) {
    const byRegion = residentsByRegion(option, order, district);
    if (byRegion.length < 2) continue;
    const total = byRegion.reduce((sum, r) => sum + r.residents, 0);
    splits.push({
      code: district.code,
      name: district.name,
      regions: byRegion,
      minorityResidents: total - byRegion[0]!.residents,
    });
  }
  return splits;
}

/** The district's residents per region with any, largest first (ties in option order). */
function residentsByRegion(
  option: BoundaryOption,
  order: ReadonlyMap<RegionId, number>,
  district: DistrictResidents,
): DistrictSplit['regions'] {
  const sums = new Map<RegionId, number>();
  for (const part of district.parts) {
    const regionId = option.assignments[part.areaCode];
    if (regionId === undefined || !order.has(regionId) || part.residents <= 0) continue;
    sums.set(regionId, (sums.get(regionId) ?? 0) + part.residents);
  }
  return [...sums.entries()]
    .map(([regionId, residents]) => ({regionId, residents}))
    .sort((a, b) => b.residents - a.residents || order.get(a.regionId)! - order.get(b.regionId)!);
}

/** The splits that touch `regionId` (the districts that region shares with another region). */
export function sharedDistrictsOf(
  splits: readonly DistrictSplit[],
  regionId: RegionId,
): DistrictSplit[] {
  return splits.filter((s) => s.regions.some((r) => r.regionId === regionId));
}
