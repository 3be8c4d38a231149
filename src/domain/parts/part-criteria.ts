// The criteria scorecard (criteria/score.ts) at part granularity, for options that move single
// parts: the same criteria and option-level summary, from the part-level aggregates, flows and
// district splits. With no part moved, exactly optionCriteria's result.
import {summariseCriteria, totalOutbound} from '../criteria/score';
import {sharedDistrictsOf} from '../criteria/coterminosity';
import type {OptionCriteria, RegionCriteria} from '../criteria/types';
import type {BoundaryOption, Area} from '../types';
import {partRegionAggregates, type PartRegionAggregate} from './part-aggregates';
import {partDistrictSplits} from './part-coterminosity';
import {partRegionFlowTotals, type PartFlow} from './part-flows';
import type {DistrictPartResidents, Part} from './part-types';

export interface PartCriteriaInputs {
  /** The areas (areas: population ONS mid-2018, partCount, areaKm2). */
  areas: readonly Area[];
  /** Their parts (part-types.ts's partsOfMapped). */
  parts: readonly Part[];
  /** part-flows.ts's partFlowsOf (PHE 2018); null when not loaded (flow criteria are then null). */
  flows: readonly PartFlow[] | null;
  /** Districts' mid-2019 residents per part (part-types.ts's districtPartResidents). */
  districts: readonly DistrictPartResidents[];
}

/**
 * The criteria of `option` (see criteria/types.ts for shapes and units) with each part in its
 * own region. Regions are those holding an area or a part of one, in the option's order; a
 * region's `areas` counts the areas wholly or partly in it (a split area is overseen by both its
 * regions), `parts` its parts. Balance as balanceOf: England's population (all areas) ÷ the
 * number of those regions. Never throws on an incomplete option.
 */
export function partOptionCriteria(
  option: BoundaryOption,
  inputs: PartCriteriaInputs,
): OptionCriteria {
  const {areas, parts, flows, districts} = inputs;
  const rows = partRegionAggregates(option, areas, parts).filter(
    (r) => r.wholeAreaCodes.length + r.partAreaCodes.length > 0,
  );
  const england = areas.reduce((n, a) => n + a.population, 0);
  const equalShare = rows.length > 0 ? england / rows.length : 0;
  const flowTotals = flows ? partRegionFlowTotals(option, flows) : null;
  const splits = partDistrictSplits(option, districts, parts);
  const regions: RegionCriteria[] = rows.map((r) => {
    const totals = flowTotals?.get(r.region.id);
    return {
      regionId: r.region.id,
      population: r.population,
      ofEqualShare: equalShare > 0 ? r.population / equalShare : 0,
      containment: totals ? totals.containment : null,
      outsideRegion: totals ? totals.outbound : null,
      areas: r.wholeAreaCodes.length + r.partAreaCodes.length,
      parts: r.parts,
      areaKm2: r.areaKm2,
      sharedDistricts: sharedDistrictsOf(splits, r.region.id),
      // Trusts per region are counted at area level only (no geography with parts lists them).
      trusts: null,
    };
  });
  return summariseCriteria(
    option.id,
    regions,
    largestOverSmallest(rows),
    flowTotals ? totalOutbound(flowTotals) : null,
    splits,
  );
}

/** Largest ÷ smallest population (first in option order on ties, as balanceOf); null without
 * regions or when the smallest has no people. */
function largestOverSmallest(rows: readonly PartRegionAggregate[]): number | null {
  let largest: PartRegionAggregate | null = null;
  let smallest: PartRegionAggregate | null = null;
  for (const r of rows) {
    if (!largest || r.population > largest.population) largest = r;
    if (!smallest || r.population < smallest.population) smallest = r;
  }
  return largest && smallest && smallest.population > 0
    ? largest.population / smallest.population
    : null;
}
