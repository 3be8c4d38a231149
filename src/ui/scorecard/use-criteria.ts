// The criteria of every option, for the scorecard: fetched inputs (flows, districts) once the
// scorecard is open, then optionCriteria per option, memoised per option object (an edited
// user option is a new object; the others are not recomputed). A thrown error becomes a
// message, never a blank page.
import {useMemo} from 'react';
import type {FootprintData} from '../../data/load';
import {loadDistricts} from '../../data/lazy';
import {optionCriteria, type CriteriaInputs} from '../../domain/criteria/score';
import type {DistrictResidents, OptionCriteria} from '../../domain/criteria/types';
import type {BoundaryOption, District} from '../../domain/types';
import {useOptions} from '../../state/catalogue';
import {useActiveFlows} from '../flows/use-flows';
import {useGeographyFile} from '../geography-context';

export type CriteriaState =
  | {status: 'loading'}
  | {status: 'error'; message: string}
  | {status: 'ready'; options: BoundaryOption[]; criteria: OptionCriteria[]; flowsMissing: boolean};

type InputsState = {status: 'loading'} | {status: 'error'; message: string} | {status: 'ready'; inputs: CriteriaInputs; flowsMissing: boolean};

/** What optionCriteria needs, fetched once `wanted`. A flow file that failed to load costs
 * only the flow criteria (null, shown as —), not the scorecard. */
function useCriteriaInputs(data: FootprintData, wanted: boolean): InputsState {
  const flows = useActiveFlows(wanted);
  const districts = useGeographyFile(loadDistricts, wanted);
  const flowList = flows.status === 'ready' ? flows.value.flows : null;
  const flowsSettled = flows.status === 'ready' || flows.status === 'error';
  const districtList = districts.status === 'ready' ? districts.value : null;
  const districtError = districts.status === 'error' ? districts.message : null;
  return useMemo((): InputsState => {
    if (districtError !== null) return {status: 'error', message: `the district file did not load (${districtError})`};
    if (!flowsSettled || !districtList) return {status: 'loading'};
    try {
      return {status: 'ready', inputs: {units: data.areas, flows: flowList, districts: districtResidents(districtList)}, flowsMissing: flowList === null};
    } catch (err) {
      return {status: 'error', message: messageOf(err)};
    }
  }, [data.areas, flowList, flowsSettled, districtList, districtError]);
}

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Criteria of every option (built-in then user-built) once `wanted`. */
export function useAllCriteria(data: FootprintData, wanted: boolean): CriteriaState {
  const options = useOptions(data);
  const inputs = useCriteriaInputs(data, wanted);
  return useMemo((): CriteriaState => {
    if (inputs.status !== 'ready') return inputs;
    try {
      return {status: 'ready', options, criteria: options.map((o) => criteriaOf(o, inputs.inputs)), flowsMissing: inputs.flowsMissing};
    } catch (err) {
      return {status: 'error', message: messageOf(err)};
    }
  }, [options, inputs]);
}

/** Criteria of one option (the region panel's). */
export function useOptionCriteria(data: FootprintData, option: BoundaryOption): {status: 'loading'} | {status: 'error'; message: string} | {status: 'ready'; criteria: OptionCriteria} {
  const inputs = useCriteriaInputs(data, true);
  return useMemo(() => {
    if (inputs.status !== 'ready') return inputs;
    try {
      return {status: 'ready', criteria: criteriaOf(option, inputs.inputs)};
    } catch (err) {
      return {status: 'error', message: messageOf(err)};
    }
  }, [option, inputs]);
}

// Per option object, the inputs it was computed with and the result.
const cache = new WeakMap<BoundaryOption, {units: CriteriaInputs['units']; flows: CriteriaInputs['flows']; districts: CriteriaInputs['districts']; value: OptionCriteria}>();

/** optionCriteria, remembered while the option and its inputs are the same objects. */
export function criteriaOf(option: BoundaryOption, inputs: CriteriaInputs): OptionCriteria {
  const hit = cache.get(option);
  if (hit && hit.units === inputs.units && hit.flows === inputs.flows && hit.districts === inputs.districts) return hit.value;
  const value = optionCriteria(option, inputs);
  cache.set(option, {...inputs, value});
  return value;
}

const residentsOf = new WeakMap<readonly District[], DistrictResidents[]>();

/** The district file's parts as the criteria read them: each STP part's residents (LSOA
 * mid-2019 populations summed in the data build; data/england-2018/districts.json). */
export function districtResidents(districts: readonly District[]): DistrictResidents[] {
  let found = residentsOf.get(districts);
  if (!found) {
    found = districts.map((d) => ({code: d.code, name: d.name, parts: d.parts.map((p) => ({areaCode: p.areaCode, residents: p.residents}))}));
    residentsOf.set(districts, found);
  }
  return found;
}
