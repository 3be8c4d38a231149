// Flows between units: the PHE catchment populations of 2018 moved onto the units by the
// collector (units108_to_units108_catchment_pop_2018_derived.csv; method in PROVENANCE.md), in
// the format of the 2018 STP flows. Checked: every unit id is a unit, no pair twice, and the total
// equals the collector's unit → trust file's.
import {BuildError, byCode} from '../raw';
import type {Unit} from './units';

export interface AreaFlows {
  measure: string;
  unit: string;
  period: string;
  source: string;
  flows: [string, string, number][];
}

export function buildUnitFlows(
  units: readonly Unit[],
  rows: readonly Record<string, string>[],
  trustRows: readonly Record<string, string>[],
): AreaFlows {
  const code = new Map(units.map((u) => [u.sourceId, u.code]));
  const seen = new Set<string>();
  const flows: [string, string, number][] = [];
  let total = 0;
  for (const r of rows) {
    const from = code.get(r.from_unit_id!);
    const to = code.get(r.to_unit_id!);
    if (!from) throw new BuildError(`Flow from ${r.from_unit_id}: not a unit`);
    if (!to) throw new BuildError(`Flow to ${r.to_unit_id}: not a unit`);
    const key = `${from}>${to}`;
    if (seen.has(key)) throw new BuildError(`Flow ${from} → ${to} is listed twice`);
    seen.add(key);
    const people = Number(r.catchment_pop);
    if (!Number.isFinite(people) || people < 0)
      throw new BuildError(`Flow ${from} → ${to}: "${r.catchment_pop}" is not a number of people`);
    total += people;
    const rounded = Math.round(people);
    if (rounded > 0) flows.push([from, to, rounded]);
  }
  const trustTotal = trustRows.reduce((s, r) => s + Number(r.catchment_pop), 0);
  if (Math.abs(total - trustTotal) > 1)
    throw new BuildError(
      `The unit flows add up to ${total.toFixed(1)}, the unit → trust flows to ${trustTotal.toFixed(1)}`,
    );
  // A unit with no trust headquarters has no self-flow, but every unit's residents go somewhere.
  const noFlow = units.find((u) => !flows.some(([from]) => from === u.code));
  if (noFlow) throw new BuildError(`Unit ${noFlow.code} has no residents attributed to any trust`);
  flows.sort((a, b) => byCode(a[0], b[0]) || byCode(a[1], b[1]));
  return {
    measure: 'Residents attributed to hospital trusts',
    unit: 'people',
    period: 'PHE catchment year 2018',
    source:
      'Public Health England, NHS Acute (Hospital) Trust Catchment Populations (All Admissions, catchment year 2018) × ONS mid-2019 LSOA (2011) populations, carried to LSOA 2021 by the ONS best-fit lookup and summed by unit. Each trust counts in the unit of its headquarters (ODS postcode, ONS NSPL November 2020).',
    flows,
  };
}
