// Per-region totals for an option, derived from the option and the STP data (never stored):
// a user-built option gets its aggregates the same way as the board paper's.
import type {BoundaryOption, Region, Stp, StpCode} from './types';

export interface RegionAggregate {
  region: Region;
  stps: number;
  ccgs: number;
  /** ONS mid-2018, summed over the region's STPs. */
  population: number;
  areaKm2: number;
  /** Share of England's population (0–1). */
  populationShare: number;
  /** Codes of the region's STPs, in data order. */
  stpCodes: StpCode[];
}

export interface Totals {
  stps: number;
  ccgs: number;
  population: number;
  areaKm2: number;
}

/** What totals need of a unit (an STP, or any unit the builder assigns). */
export type CountedUnit = Pick<Stp, 'code' | 'population' | 'partCount' | 'areaKm2'>;

export function totalsOf(stps: readonly CountedUnit[]): Totals {
  return {
    stps: stps.length,
    ccgs: stps.reduce((n, s) => n + s.partCount, 0),
    population: stps.reduce((n, s) => n + s.population, 0),
    areaKm2: stps.reduce((n, s) => n + s.areaKm2, 0),
  };
}

/** Totals per region, in the option's region order. One pass over the units (the builder
 * recomputes this on every move, for up to thousands of units): O(units + regions). */
export function regionAggregates(option: BoundaryOption, stps: readonly CountedUnit[]): RegionAggregate[] {
  const sums = new Map(option.regions.map((r) => [r.id, {stps: 0, ccgs: 0, population: 0, areaKm2: 0, stpCodes: [] as StpCode[]}]));
  let england = 0;
  for (const s of stps) {
    england += s.population;
    const sum = sums.get(option.assignments[s.code] ?? '');
    if (!sum) continue;
    sum.stps += 1;
    sum.ccgs += s.partCount;
    sum.population += s.population;
    sum.areaKm2 += s.areaKm2;
    sum.stpCodes.push(s.code);
  }
  return option.regions.map((region) => {
    const t = sums.get(region.id)!;
    return {region, ...t, populationShare: england > 0 ? t.population / england : 0, stpCodes: [...t.stpCodes]};
  });
}
