// One row model per option (issue 13): every per-region figure the app shows — the Regions
// table, the comparison, the charts and the CSVs — is read from these rows, so a number cannot
// differ between views. Missing is null, never a sentinel: a region's flow figures are null
// when no flow data is loaded, and its containment null when it has no residents in the flows.
// Generic over the unit being assigned (an STP today): `units` only need code, population,
// CCG count and area.
import {regionAggregates, totalsOf, type CountedUnit, type RegionAggregate, type Totals} from './aggregates';
import {regionFlowTotals, type RegionFlowTotals, type StpFlow} from './flows';
import type {BoundaryOption} from './types';

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
 * The per-region rows of `option` over `units` (ONS mid-2018 populations, CCG counts and areas
 * in km² from data/stps.json), with flow totals from `flows` (PHE 2018 attributions or a user's
 * file; null when not loaded). O(units + flows). Never throws: an unassigned unit is in no region.
 */
export function optionRows(option: BoundaryOption, units: readonly CountedUnit[], flows: readonly StpFlow[] | null): OptionRows {
  const aggregates = regionAggregates(option, units);
  const totals = totalsOf(units);
  const peopled = aggregates.filter((a) => a.stps > 0).length;
  const equalShare = peopled > 0 ? totals.population / peopled : null;
  const flowTotals = flows ? regionFlowTotals(option, flows) : null;
  const rows = aggregates.map(
    (a): RegionRow => ({
      ...a,
      ofEqualShare: a.stps > 0 && equalShare ? a.population / equalShare : null,
      flows: flowTotals?.get(a.region.id) ?? null,
    }),
  );
  return {option, rows, england: {...totals, equalShare, ...englandFlows(rows, flows)}};
}

/** Whether `rows` were built with flow data: England's cross-region total is a number then,
 * null without (every region's `flows` is then null too). */
export function hasFlows(rows: OptionRows): boolean {
  return rows.england.crossRegion !== null;
}

function englandFlows(rows: readonly RegionRow[], flows: readonly StpFlow[] | null): Pick<EnglandRow, 'crossRegion' | 'containment'> {
  if (!flows) return {crossRegion: null, containment: null};
  const all = flows.reduce((n, f) => n + f.volume, 0);
  const crossRegion = rows.reduce((n, r) => n + (r.flows?.outbound ?? 0), 0);
  return {crossRegion, containment: all > 0 ? (all - crossRegion) / all : null};
}
