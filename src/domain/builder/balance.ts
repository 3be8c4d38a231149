// How evenly an option shares England's people between its regions. The board paper weighs
// regions by population; a region far above or below an equal share is worth a second look.
import type {BoundaryOption, Region} from '../types';
import {regionIndexOf} from './contiguity';
import type {AssignableUnit} from './units';

/**
 * A region is flagged when its population is under half, or over twice, an equal share
 * (England ÷ the number of non-empty regions): a factor of two either way, symmetric on a ratio
 * scale and easy to say in words. The bounds were chosen so that all three built-in options
 * (data/england-2018/options.json, ONS mid-2018 populations) pass; their extremes, checked in
 * tests/unit/builder-validation.test.ts, are:
 *   before:  South West 0.501×, Midlands and East of England 1.52× (largest ÷ smallest 3.04)
 *   initial: South West 0.701×, Midlands 1.23× (1.75)
 *   revised: South West 0.701×, Midlands 1.32× (1.88)
 * The before option's South West sits just above the lower bound, so the April 2018 regions,
 * which NHS England ran, are not called out of balance; the 0.5×/1.5× pair would have flagged
 * the Midlands and East there.
 */
export const EQUAL_SHARE_BOUNDS = {under: 0.5, over: 2} as const;

export interface RegionBalance {
  region: Region;
  population: number;
  /** population ÷ equal share: 1 is exactly an equal share. */
  ofEqualShare: number;
}

export interface Balance {
  /** England's population (sum over all units, assigned or not) ÷ number of non-empty regions;
   * 0 when no region has a unit. */
  equalShare: number;
  /** Non-empty regions (at least one unit), in the option's order. */
  regions: RegionBalance[];
  /** The most and least populous non-empty regions (first in option order on ties); null when
   * no region has a unit. */
  largest: RegionBalance | null;
  smallest: RegionBalance | null;
  /** largest ÷ smallest population; null without regions or when the smallest has no people. */
  largestOverSmallest: number | null;
}

/** Population balance of the option's regions (populations summed from `units`, one pass).
 * `regionIndex` (regionIndexOf in contiguity.ts) may be passed when already computed. */
export function balanceOf(
  option: BoundaryOption,
  units: readonly AssignableUnit[],
  regionIndex = regionIndexOf(option, units),
): Balance {
  const people = option.regions.map((region) => ({region, population: 0, units: 0}));
  let england = 0;
  units.forEach((u, i) => {
    england += u.population;
    const sum = people[regionIndex[i]!];
    if (!sum) return;
    sum.population += u.population;
    sum.units += 1;
  });
  return balanceOfSums(people, england);
}

/** The balance of regions with these sums (people and units, in the option's order; a region
 * with no units is left out) out of `england` people in all. */
export function balanceOfSums(
  sums: readonly {region: Region; population: number; units: number}[],
  england: number,
): Balance {
  const nonEmpty = sums.filter((r) => r.units > 0);
  const equalShare = nonEmpty.length > 0 ? england / nonEmpty.length : 0;
  const regions = nonEmpty.map(({region, population}) => ({
    region,
    population,
    ofEqualShare: equalShare > 0 ? population / equalShare : 0,
  }));
  let largest: RegionBalance | null = null;
  let smallest: RegionBalance | null = null;
  for (const r of regions) {
    if (!largest || r.population > largest.population) largest = r;
    if (!smallest || r.population < smallest.population) smallest = r;
  }
  const largestOverSmallest =
    largest && smallest && smallest.population > 0
      ? largest.population / smallest.population
      : null;
  return {equalShare, regions, largest, smallest, largestOverSmallest};
}

/** The regions outside EQUAL_SHARE_BOUNDS, in the option's order. */
export function outOfBalance(balance: Balance): RegionBalance[] {
  return balance.regions.filter(
    (r) => r.ofEqualShare < EQUAL_SHARE_BOUNDS.under || r.ofEqualShare > EQUAL_SHARE_BOUNDS.over,
  );
}
