// Acute trusts per region (issue 20): boards are asked for more than one acute trust in each
// group, so each region's trusts are counted where their headquarters are, the only place the
// data puts a trust (a trust with hospitals in two groups counts once, in its HQ's group).
import type {BoundaryOption, RegionId} from '../types';
import type {RegionCriteria, Thresholds, TrustAtHq} from './types';

/**
 * The number of `trusts` whose headquarters' area `option` assigns to each region it lists
 * (regions with none are absent: read them as 0). A trust in an unassigned area, or in a region
 * the option does not list, is counted nowhere.
 */
export function trustsByRegion(
  option: BoundaryOption,
  trusts: readonly TrustAtHq[],
): Map<RegionId, number> {
  const listed = new Set(option.regions.map((r) => r.id));
  const counts = new Map<RegionId, number>();
  for (const t of trusts) {
    const id = option.assignments[t.areaCode];
    if (id !== undefined && listed.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** The regions with fewer trusts than `thresholds.minTrustsPerRegion` (one or none, at the
 * default 2), in option order; none where trusts are unknown (null). */
export function regionsFewTrusts(
  regions: readonly RegionCriteria[],
  thresholds: Pick<Thresholds, 'minTrustsPerRegion'>,
): RegionCriteria[] {
  return regions.filter((r) => r.trusts !== null && r.trusts < thresholds.minTrustsPerRegion);
}

/** The regions whose population is below `thresholds.minRegionPopulation`, in option order. */
export function regionsBelowPopulation(
  regions: readonly RegionCriteria[],
  thresholds: Pick<Thresholds, 'minRegionPopulation'>,
): RegionCriteria[] {
  return regions.filter((r) => r.population < thresholds.minRegionPopulation);
}
