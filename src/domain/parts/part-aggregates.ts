// Per-region totals at part granularity: the same figures as aggregates.ts's regionAggregates,
// for options that move single parts. An area whose parts all lie in one region counts there
// with its own figures (so with no part moved every number is exactly regionAggregates'); a
// split area counts part by part, its parts' figures adding up to its own (checked by the
// data build).
import type {CountedUnit} from '../aggregates';
import type {BoundaryOption, Region, RegionId} from '../types';
import {partRegionId, partsByArea} from './part-region';
import type {Part} from './part-types';

export interface PartRegionAggregate {
  region: Region;
  /** People: the areas' own populations, a split area's parts' (ONS mid-2018 for areas/parts). */
  population: number;
  /** Parts in the region (a whole area counts its partCount). */
  parts: number;
  /** Codes of the areas wholly in the region, in `areas` order. */
  wholeAreaCodes: string[];
  /** Codes of the areas only partly in the region, in `areas` order. */
  partAreaCodes: string[];
  areaKm2: number;
  /** Share of England's population (0–1): of all `areas`' populations. */
  populationShare: number;
}

type Sum = Omit<PartRegionAggregate, 'region' | 'populationShare'>;

/**
 * Totals per region, in the option's region order. `areas`: e.g. the areas (population, partCount
 * = its parts, areaKm2); `parts`: every part (part-types.ts). An area with no listed
 * parts counts whole in its own region. Units placed in no region, or in one the option does not
 * list, are counted nowhere (but in England's population). O(areas + parts); never throws.
 */
export function partRegionAggregates(
  option: BoundaryOption,
  areas: readonly CountedUnit[],
  parts: readonly Part[],
): PartRegionAggregate[] {
  const sums = new Map<RegionId, Sum>(
    option.regions.map((r) => [
      r.id,
      {population: 0, parts: 0, wholeAreaCodes: [], partAreaCodes: [], areaKm2: 0},
    ]),
  );
  const byArea = partsByArea(parts);
  let england = 0;
  for (const area of areas) {
    england += area.population;
    const own = byArea.get(area.code) ?? [];
    const regions = new Set(own.map((p) => partRegionId(option, p)));
    if (regions.size <= 1) {
      const id = own.length ? [...regions][0] : option.assignments[area.code];
      addWhole(sums.get(id ?? ''), area);
    } else {
      for (const p of own) addPart(sums.get(partRegionId(option, p) ?? ''), p, area.code);
    }
  }
  return option.regions.map((region) => {
    const s = sums.get(region.id)!;
    return {region, ...s, populationShare: england > 0 ? s.population / england : 0};
  });
}

function addWhole(sum: Sum | undefined, area: CountedUnit): void {
  if (!sum) return;
  sum.population += area.population;
  sum.parts += area.partCount;
  sum.areaKm2 += area.areaKm2;
  sum.wholeAreaCodes.push(area.code);
}

function addPart(sum: Sum | undefined, part: Part, areaCode: string): void {
  if (!sum) return;
  sum.population += part.population;
  sum.parts += 1;
  sum.areaKm2 += part.areaKm2;
  if (sum.partAreaCodes[sum.partAreaCodes.length - 1] !== areaCode)
    sum.partAreaCodes.push(areaCode);
}
