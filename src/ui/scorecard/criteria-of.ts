// Scoring one option with its inputs, remembered: criteriaOf (optionCriteria, or
// partOptionCriteria for an option that moves single parts) memoised per option object, and the
// district file read as the criteria want it. No React: the scorecard's hooks (use-criteria.ts)
// and the exports (src/ui/export/actions.ts) both score through here.
import {optionCriteria, type CriteriaInputs} from '../../domain/criteria/score';
import type {DistrictResidents, OptionCriteria} from '../../domain/criteria/types';
import type {BoundaryOption, District} from '../../domain/types';
import {hasPartAssignments as movesAnyPart} from '../../domain/parts/part-region';
import {partOptionCriteria} from '../../domain/parts/part-criteria';
import type {PartFlow} from '../../domain/parts/part-flows';
import {
  districtPartResidents,
  type DistrictPartResidents,
  type Part,
} from '../../domain/parts/part-types';

/** What an option that moves single parts is scored with (part-criteria.ts), beside the
 * area-level inputs: the parts, the part flows (null when they cannot be had) and the
 * districts' residents per part. */
export interface PartInputs {
  parts: readonly Part[];
  partFlows: readonly PartFlow[] | null;
  partDistricts: readonly DistrictPartResidents[];
}

export type Inputs = CriteriaInputs & Partial<PartInputs>;

// Per option object, the inputs it was computed with and the result.
const cache = new WeakMap<BoundaryOption, {inputs: Inputs; value: OptionCriteria}>();

const sameInputs = (x: Inputs, y: Inputs) =>
  x.authorities === y.authorities &&
  x.trusts === y.trusts &&
  x.units === y.units &&
  x.flows === y.flows &&
  x.districts === y.districts &&
  x.parts === y.parts &&
  x.partFlows === y.partFlows &&
  x.partDistricts === y.partDistricts;

/** optionCriteria, remembered while the option and its inputs are the same objects. An option
 * that moves single parts is scored part by part (partOptionCriteria: population, containment
 * and coterminosity with each part in its own region) when the part inputs are given. */
export function criteriaOf(option: BoundaryOption, inputs: Inputs): OptionCriteria {
  const hit = cache.get(option);
  if (hit && sameInputs(hit.inputs, inputs)) return hit.value;
  const {parts, partFlows, partDistricts} = inputs;
  const value =
    movesAnyPart(option) && parts && partDistricts
      ? partOptionCriteria(option, {
          areas: inputs.units,
          parts,
          flows: partFlows ?? null,
          districts: partDistricts,
        })
      : optionCriteria(option, inputs);
  cache.set(option, {inputs, value});
  return value;
}

const partResidentsOf = new WeakMap<readonly District[], DistrictPartResidents[]>();

/** The district file's residents per part (districtPartResidents), made once per file. */
export function partDistrictsOf(districts: readonly District[]): DistrictPartResidents[] {
  let found = partResidentsOf.get(districts);
  if (!found) {
    found = districtPartResidents(districts);
    partResidentsOf.set(districts, found);
  }
  return found;
}

const residentsOf = new WeakMap<readonly District[], DistrictResidents[]>();

/** The district file's parts as the criteria read them: each area part's residents (LSOA
 * mid-2019 populations summed in the data build; the geography's district file). */
export function districtResidents(districts: readonly District[]): DistrictResidents[] {
  let found = residentsOf.get(districts);
  if (!found) {
    found = districts.map((d) => ({
      code: d.code,
      name: d.name,
      parts: d.parts.map((p) => ({areaCode: p.areaCode, residents: p.residents})),
    }));
    residentsOf.set(districts, found);
  }
  return found;
}
