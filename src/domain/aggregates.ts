// Per-region totals for an option, derived from the option and the area data (never stored):
// a user-built option gets its aggregates the same way as the board paper's.
import type {BoundaryOption, Region, Area, AreaCode} from './types';

export interface RegionAggregate {
  region: Region;
  areas: number;
  parts: number;
  /** ONS mid-2018, summed over the region's areas. */
  population: number;
  areaKm2: number;
  /** Share of England's population (0–1). */
  populationShare: number;
  /** Codes of the region's areas, in data order. */
  areaCodes: AreaCode[];
}

export interface Totals {
  areas: number;
  parts: number;
  population: number;
  areaKm2: number;
}

/** What totals need of a unit (an area, or any unit the builder assigns). */
export type CountedUnit = Pick<Area, 'code' | 'population' | 'partCount' | 'areaKm2'>;

export function totalsOf(areas: readonly CountedUnit[]): Totals {
  return {
    areas: areas.length,
    parts: areas.reduce((n, s) => n + s.partCount, 0),
    population: areas.reduce((n, s) => n + s.population, 0),
    areaKm2: areas.reduce((n, s) => n + s.areaKm2, 0),
  };
}

/** Totals per region, in the option's region order. One pass over the units (the builder
 * recomputes this on every move, for up to thousands of units): O(units + regions). */
export function regionAggregates(
  option: BoundaryOption,
  areas: readonly CountedUnit[],
): RegionAggregate[] {
  const sums = new Map(
    option.regions.map((r) => [
      r.id,
      {areas: 0, parts: 0, population: 0, areaKm2: 0, areaCodes: [] as AreaCode[]},
    ]),
  );
  let england = 0;
  for (const s of areas) {
    england += s.population;
    const sum = sums.get(option.assignments[s.code] ?? '');
    if (!sum) continue;
    sum.areas += 1;
    sum.parts += s.partCount;
    sum.population += s.population;
    sum.areaKm2 += s.areaKm2;
    sum.areaCodes.push(s.code);
  }
  return option.regions.map((region) => {
    const t = sums.get(region.id)!;
    return {
      region,
      ...t,
      populationShare: england > 0 ? t.population / england : 0,
      areaCodes: [...t.areaCodes],
    };
  });
}
