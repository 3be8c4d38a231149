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

export function totalsOf(stps: readonly Stp[]): Totals {
  return {
    stps: stps.length,
    ccgs: stps.reduce((n, s) => n + s.ccgCount, 0),
    population: stps.reduce((n, s) => n + s.population, 0),
    areaKm2: stps.reduce((n, s) => n + s.areaKm2, 0),
  };
}

/** Totals per region, in the option's region order. */
export function regionAggregates(option: BoundaryOption, stps: readonly Stp[]): RegionAggregate[] {
  const england = totalsOf(stps).population;
  return option.regions.map((region) => {
    const members = stps.filter((s) => option.assignments[s.code] === region.id);
    const t = totalsOf(members);
    return {
      region,
      ...t,
      populationShare: england > 0 ? t.population / england : 0,
      stpCodes: members.map((s) => s.code),
    };
  });
}
