// One row model per option (issue 13): every per-region figure the app shows — the Regions
// table, the comparison, the charts and the CSVs — is read from these rows, so a number cannot
// differ between views. Missing is null, never a sentinel: a region's flow figures are null
// when no flow data is loaded, and its containment null when it has no residents in the flows.
// Generic over the unit being assigned (an area today): `units` only need code, population,
// part count and area.
import {
  regionAggregates,
  totalsOf,
  type CountedUnit,
  type RegionAggregate,
  type Totals,
} from './aggregates';
import {regionFlowTotals, type RegionFlowTotals, type AreaFlow} from './flows';
import type {BoundaryOption} from './types';
import {partRegionAggregates} from './parts/part-aggregates';
import {hasPartAssignments} from './parts/part-region';
import type {Part} from './parts/part-types';
import {partRegionFlowTotals, type PartFlow} from './parts/part-flows';

export interface RegionRow extends RegionAggregate {
  /** Population ÷ an equal share (England ÷ regions with at least one unit); null for an
   * empty region (it takes no share). */
  ofEqualShare: number | null;
  /** The region's residents in the flows: internal, outbound (to trusts in other regions),
   * inbound, total and containment (internal ÷ total, null with no residents in the flows).
   * null when no flow data is loaded. */
  flows: RegionFlowTotals | null;
}

export interface EnglandRow extends Totals {
  /** England's population ÷ the number of regions with at least one unit; null with none. */
  equalShare: number | null;
  /** Residents attributed to a trust outside their own region, all regions; null without flows. */
  crossRegion: number | null;
  /** Share of all residents in the flows treated in their own region (0–1); null without
   * flows or with empty flows. */
  containment: number | null;
}

export interface OptionRows {
  option: BoundaryOption;
  /** In the option's region order; empty regions included (zeros, ofEqualShare null). */
  rows: RegionRow[];
  england: EnglandRow;
}

/**
 * The per-region rows of `option` over `units` (ONS mid-2018 populations, part counts and areas
 * in km² from the geography's areas file), with flow totals from `flows` (PHE 2018 attributions or a user's
 * file; null when not loaded). O(units + flows). Never throws: an unassigned unit is in no region.
 * `parts` (the loaded finer units, e.g. partsOfMapped): an option that moves single parts is
 * totalled part by part (partRegionAggregates), a split unit counting in each region it is in,
 * and its flow figures come from `partFlows` (parts/part-flows.ts's partFlowsOf of the same
 * flows, each end in its part's region); null without them, never area-level figures that
 * ignore the move.
 */
export function optionRows(
  option: BoundaryOption,
  units: readonly CountedUnit[],
  flows: readonly AreaFlow[] | null,
  parts: readonly Part[] | null = null,
  partFlows: readonly PartFlow[] | null = null,
): OptionRows {
  const byPart = parts !== null && hasPartAssignments(option);
  const aggregates = byPart
    ? partAggregates(option, units, parts)
    : regionAggregates(option, units);
  const totals = totalsOf(units);
  const peopled = aggregates.filter((a) => a.areas > 0).length;
  const equalShare = peopled > 0 ? totals.population / peopled : null;
  const rowFlows = byPart ? partFlows : flows;
  const flowTotals = byPart
    ? partFlows
      ? partRegionFlowTotals(option, partFlows)
      : null
    : flows
      ? regionFlowTotals(option, flows)
      : null;
  const rows = aggregates.map((a): RegionRow => ({
    ...a,
    ofEqualShare: a.areas > 0 && equalShare ? a.population / equalShare : null,
    flows: flowTotals?.get(a.region.id) ?? null,
  }));
  return {
    option,
    rows,
    england: {...totals, equalShare, ...englandFlows(rows, flowTotals ? rowFlows : null)},
  };
}

/** partRegionAggregates as area-level aggregates: `areas` counts the units wholly or partly in
 * the region (their codes in `units` order), `parts` its parts. */
function partAggregates(
  option: BoundaryOption,
  units: readonly CountedUnit[],
  parts: readonly Part[],
): RegionAggregate[] {
  const order = new Map(units.map((u, i) => [u.code, i]));
  return partRegionAggregates(option, units, parts).map((a) => {
    const codes = [...a.wholeAreaCodes, ...a.partAreaCodes].sort(
      (x, y) => order.get(x)! - order.get(y)!,
    );
    return {
      region: a.region,
      areas: codes.length,
      parts: a.parts,
      population: a.population,
      areaKm2: a.areaKm2,
      populationShare: a.populationShare,
      areaCodes: codes as RegionAggregate['areaCodes'],
    };
  });
}

/** Whether `rows` were built with flow data: England's cross-region total is a number then,
 * null without (every region's `flows` is then null too). */
export function hasFlows(rows: OptionRows): boolean {
  return rows.england.crossRegion !== null;
}

function englandFlows(
  rows: readonly RegionRow[],
  flows: readonly {volume: number}[] | null,
): Pick<EnglandRow, 'crossRegion' | 'containment'> {
  if (!flows) return {crossRegion: null, containment: null};
  const all = flows.reduce((n, f) => n + f.volume, 0);
  const crossRegion = rows.reduce((n, r) => n + (r.flows?.outbound ?? 0), 0);
  return {crossRegion, containment: all > 0 ? (all - crossRegion) / all : null};
}
