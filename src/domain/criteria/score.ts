// Computes OptionCriteria for any option, built-in or user-built (issue 12), from the areas, the
// area-to-area flows and the districts. Each criterion reuses the function the rest of the app
// shows it with (balance, flow containment), so the scorecard never disagrees with other views.
import type {BoundaryOption, RegionId, Area} from '../types';
import {balanceOf} from '../builder/balance';
import {regionFlowTotals, type RegionFlowTotals, type AreaFlow} from '../flows';
import {districtSplits, sharedDistrictsOf} from './coterminosity';
import {regionSpans} from './span';
import {trustsByRegion} from './trusts';
import type {
  DistrictResidents,
  DistrictSplit,
  OptionCriteria,
  RegionCriteria,
  TrustAtHq,
} from './types';

export interface CriteriaInputs {
  units: readonly Area[];
  /** area-to-area flows; null when not loaded (flow criteria are then null). */
  flows: readonly AreaFlow[] | null;
  districts: readonly DistrictResidents[];
  /** Combined authorities' residents per area, as districts'; absent where the geography has none. */
  authorities?: readonly DistrictResidents[];
  /** Acute trusts at their headquarters' area; absent where the geography lists none. */
  trusts?: readonly TrustAtHq[];
}

/**
 * The criteria of `option`: see types.ts for shapes and units. Regions are those with at least one
 * area, in the option's order (an empty region of a user's option has nothing to measure);
 * populations are the areas' (ONS mid-2018), district residents mid-2019, flows PHE 2018.
 * With no area in any region the extremes are 0 and the ratio null. Never throws on an
 * incomplete option: unassigned areas are simply in no region.
 */
export function optionCriteria(option: BoundaryOption, inputs: CriteriaInputs): OptionCriteria {
  const {units, flows, districts} = inputs;
  const balance = balanceOf(option, units);
  const spans = regionSpans(option, units);
  const flowTotals = flows ? regionFlowTotals(option, flows) : null;
  const splits = districtSplits(option, districts);
  const trusts = inputs.trusts ? trustsByRegion(option, inputs.trusts) : null;
  const regions: RegionCriteria[] = balance.regions.map(({region, population, ofEqualShare}) => {
    const span = spans.get(region.id)!;
    const totals = flowTotals?.get(region.id);
    return {
      regionId: region.id,
      population,
      ofEqualShare,
      containment: totals ? totals.containment : null,
      outsideRegion: totals ? totals.outbound : null,
      areas: span.areas,
      parts: span.parts,
      areaKm2: span.areaKm2,
      sharedDistricts: sharedDistrictsOf(splits, region.id),
      trusts: trusts ? (trusts.get(region.id) ?? 0) : null,
    };
  });
  const summary = summariseCriteria(
    option.id,
    regions,
    balance.largestOverSmallest,
    flowTotals ? totalOutbound(flowTotals) : null,
    splits,
  );
  return inputs.authorities
    ? {...summary, splitAuthorities: districtSplits(option, inputs.authorities)}
    : summary;
}

/** The option-level criteria from its regions' (also used at part granularity,
 * parts/part-criteria.ts; split authorities are left null: optionCriteria adds them): `largestOverSmallest` as balanceOf gives it, `outsideRegion` the
 * regions' outbound flows summed (null without flows). */
export function summariseCriteria(
  optionId: OptionCriteria['optionId'],
  regions: RegionCriteria[],
  largestOverSmallest: number | null,
  outsideRegion: number | null,
  splits: DistrictSplit[],
): OptionCriteria {
  const most = (f: (r: RegionCriteria) => number) =>
    regions.length ? Math.max(...regions.map(f)) : 0;
  const fewest = (f: (r: RegionCriteria) => number) =>
    regions.length ? Math.min(...regions.map(f)) : 0;
  return {
    optionId,
    populationRatio:
      regions.filter((r) => r.population > 0).length >= 2 ? largestOverSmallest : null,
    lowestContainment: lowestContainment(regions),
    outsideRegion,
    mostAreas: most((r) => r.areas),
    fewestAreas: fewest((r) => r.areas),
    mostParts: most((r) => r.parts),
    fewestParts: fewest((r) => r.parts),
    largestAreaKm2: most((r) => r.areaKm2),
    splitDistricts: splits,
    minorityResidents: splits.reduce((sum, s) => sum + s.minorityResidents, 0),
    splitAuthorities: null,
    regions,
  };
}

/** The region with the lowest containment (first in option order on ties); null when no region
 * has one (no flows, or no residents in them). */
function lowestContainment(
  regions: readonly RegionCriteria[],
): {regionId: RegionId; value: number} | null {
  let lowest: {regionId: RegionId; value: number} | null = null;
  for (const r of regions) {
    if (r.containment !== null && (!lowest || r.containment < lowest.value))
      lowest = {regionId: r.regionId, value: r.containment};
  }
  return lowest;
}

export function totalOutbound(totals: ReadonlyMap<RegionId, RegionFlowTotals>): number {
  let sum = 0;
  for (const t of totals.values()) sum += t.outbound;
  return sum;
}
