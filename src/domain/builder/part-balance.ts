// Validation at part granularity (issue 19): an option that moves single parts is
// weighed by where its people really are (parts/part-aggregates.ts), and a region holding only
// parts moved on their own is not empty. Contiguity stays at area level for now: a region is
// one piece if its areas are, whatever single parts moved in or out (part adjacency is not in
// the data yet).
import type {CountedUnit} from '../aggregates';
import {partRegionAggregates} from '../parts/part-aggregates';
import type {Part} from '../parts/part-types';
import type {BoundaryOption, RegionId} from '../types';
import {balanceOfSums, type Balance} from './balance';

export interface PartBalance {
  balance: Balance;
  /** Per region id: codes of the areas wholly or partly in it (what the map should focus on). */
  areaCodes: Map<RegionId, string[]>;
}

/** The population balance of `option` with its parts where partAssignments put them: `areas`
 * as for partRegionAggregates, `parts` every part. A region counts as non-empty when it holds
 * any area or part. O(areas + parts); never throws. */
export function partBalanceOf(
  option: BoundaryOption,
  areas: readonly CountedUnit[],
  parts: readonly Part[],
): PartBalance {
  const rows = partRegionAggregates(option, areas, parts);
  const england = areas.reduce((n, a) => n + a.population, 0);
  const balance = balanceOfSums(
    rows.map((r) => ({region: r.region, population: r.population, units: r.parts})),
    england,
  );
  return {
    balance,
    areaCodes: new Map(rows.map((r) => [r.region.id, [...r.wholeAreaCodes, ...r.partAreaCodes]])),
  };
}
