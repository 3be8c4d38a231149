// The criteria of every option, for the scorecard: fetched inputs (flows, districts) once the
// scorecard is open, then optionCriteria per option (partOptionCriteria for one that moves
// single parts), memoised per option object (an edited user option is a new object; the others
// are not recomputed). A thrown error becomes a message, never a blank page.
import {useMemo} from 'react';
import type {FootprintData} from '../../data/load';
import {loadAuthorities, loadDistricts, loadTrusts} from '../../data/lazy';
import {optionCriteria, type CriteriaInputs} from '../../domain/criteria/score';
import type {DistrictResidents, OptionCriteria} from '../../domain/criteria/types';
import type {BoundaryOption, District} from '../../domain/types';
import {useShownOptions} from '../later-options';
import {useActiveFlows} from '../flows/use-flows';
import {useGeographyFile} from '../geography-context';
import {movesAnyPart, usePartFlows} from '../flows/use-part-flows';
import {usePartLayer} from '../../state/part-layer';
import {partOptionCriteria} from '../../domain/parts/part-criteria';
import type {PartFlow} from '../../domain/parts/part-flows';
import {
  districtPartResidents,
  type DistrictPartResidents,
  type Part,
} from '../../domain/parts/part-types';

export type CriteriaState =
  | {status: 'loading'}
  | {status: 'error'; message: string}
  | {
      status: 'ready';
      options: BoundaryOption[];
      criteria: OptionCriteria[];
      flowsMissing: boolean;
      districtsMissing?: boolean;
    };

/** What an option that moves single parts is scored with (part-criteria.ts), beside the
 * area-level inputs: the parts, the part flows (null when they cannot be had) and the
 * districts' residents per part. */
export interface PartInputs {
  parts: readonly Part[];
  partFlows: readonly PartFlow[] | null;
  partDistricts: readonly DistrictPartResidents[];
}

type Inputs = CriteriaInputs & Partial<PartInputs>;

type InputsState =
  | {status: 'loading'}
  | {status: 'error'; message: string}
  | {status: 'ready'; inputs: Inputs; flowsMissing: boolean; districtsMissing: boolean};

/** What optionCriteria needs, fetched once `wanted`; with the part inputs too when `byPart` (an
 * option scored moves parts). A flow file that failed to load costs only the flow criteria
 * (null, shown as —), not the scorecard; a geography without districts only the coterminosity
 * rows (scored with no districts, and left out of the table by criterionRowsIn). */
function useCriteriaInputs(data: FootprintData, wanted: boolean, byPart: boolean): InputsState {
  const g = data.geography;
  const hasDistricts = Boolean(g.districts && g.files.districts);
  const flows = useActiveFlows(wanted);
  const districts = useGeographyFile(loadDistricts, wanted && hasDistricts);
  const extra = useExtraLayers(g, wanted);
  const partFlows = usePartFlows(wanted && byPart);
  const parts = usePartLayer((s) => s.partList);
  const partError = usePartLayer((s) => s.error);
  const flowList = flows.status === 'ready' ? flows.value.flows : null;
  const flowsSettled = flows.status === 'ready' || flows.status === 'error';
  const partFlowsSettled = !byPart || partFlows.status !== 'loading';
  const partFlowList = partFlows.status === 'ready' ? partFlows.flows : null;
  const districtList = !hasDistricts
    ? NO_DISTRICTS
    : districts.status === 'ready'
      ? districts.value
      : null;
  const districtError = districts.status === 'error' ? districts.message : null;
  return useMemo((): InputsState => {
    if (districtError !== null)
      return {status: 'error', message: `the district file did not load (${districtError})`};
    if (extra.status === 'error') return extra;
    if (byPart && !parts && partError !== null)
      return {status: 'error', message: `the finer units did not load (${partError})`};
    if (
      !flowsSettled ||
      !partFlowsSettled ||
      !districtList ||
      (byPart && !parts) ||
      extra.status === 'loading'
    )
      return {status: 'loading'};
    try {
      const inputs: Inputs = {
        units: data.areas,
        flows: flowList,
        districts: districtResidents(districtList),
        ...extra.value,
      };
      if (byPart && parts)
        Object.assign(inputs, {
          parts,
          partFlows: partFlowList,
          partDistricts: partDistrictsOf(districtList),
        });
      return {
        status: 'ready',
        inputs,
        flowsMissing: flowList === null,
        districtsMissing: !hasDistricts,
      };
    } catch (err) {
      return {status: 'error', message: messageOf(err)};
    }
  }, [
    data.areas,
    flowList,
    flowsSettled,
    districtList,
    districtError,
    byPart,
    parts,
    partError,
    partFlowsSettled,
    partFlowList,
    hasDistricts,
    extra,
  ]);
}

type ExtraLayers =
  | {status: 'loading'}
  | {status: 'error'; message: string}
  | {status: 'ready'; value: Pick<CriteriaInputs, 'authorities' | 'trusts'>};

/** The combined authorities and trusts, fetched only where the geography's rows use them
 * (its manifest lists the rows and the files); absent otherwise, so those criteria stay null. */
function useExtraLayers(g: FootprintData['geography'], wanted: boolean): ExtraLayers {
  const rows = g.criteria.rows;
  const wantAuthorities =
    wanted && Boolean(g.files.combinedAuthorities) && rows.includes('split-authorities');
  const wantTrusts =
    wanted &&
    Boolean(g.files.trusts) &&
    (rows.includes('fewest-trusts') || rows.includes('regions-few-trusts'));
  const authorities = useGeographyFile(loadAuthorities, wantAuthorities);
  const trusts = useGeographyFile(loadTrusts, wantTrusts);
  const authorityList = authorities.status === 'ready' ? authorities.value : null;
  const trustList = trusts.status === 'ready' ? trusts.value : null;
  const authorityError = authorities.status === 'error' ? authorities.message : null;
  const trustError = trusts.status === 'error' ? trusts.message : null;
  return useMemo((): ExtraLayers => {
    if (authorityError !== null)
      return {
        status: 'error',
        message: `the combined authorities did not load (${authorityError})`,
      };
    if (trustError !== null)
      return {status: 'error', message: `the trusts did not load (${trustError})`};
    if ((wantAuthorities && !authorityList) || (wantTrusts && !trustList))
      return {status: 'loading'};
    return {
      status: 'ready',
      value: {
        ...(authorityList ? {authorities: authorityList} : {}),
        ...(trustList ? {trusts: trustList} : {}),
      },
    };
  }, [wantAuthorities, wantTrusts, authorityList, trustList, authorityError, trustError]);
}

/** A geography without districts is scored with none (one array, so memos hold). */
const NO_DISTRICTS: readonly District[] = [];

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Criteria of every option (built-in then user-built) once `wanted`. */
export function useAllCriteria(data: FootprintData, wanted: boolean): CriteriaState {
  const options = useShownOptions(data);
  const inputs = useCriteriaInputs(data, wanted, options.some(movesAnyPart));
  return useMemo((): CriteriaState => {
    if (inputs.status !== 'ready') return inputs;
    try {
      const criteria = options.map((o) => criteriaOf(o, inputs.inputs));
      return {
        status: 'ready',
        options,
        criteria,
        flowsMissing: inputs.flowsMissing,
        districtsMissing: inputs.districtsMissing,
      };
    } catch (err) {
      return {status: 'error', message: messageOf(err)};
    }
  }, [options, inputs]);
}

/** Criteria of one option (the region panel's). */
export function useOptionCriteria(
  data: FootprintData,
  option: BoundaryOption,
):
  | {status: 'loading'}
  | {status: 'error'; message: string}
  | {status: 'ready'; criteria: OptionCriteria} {
  const inputs = useCriteriaInputs(data, true, movesAnyPart(option));
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
function partDistrictsOf(districts: readonly District[]): DistrictPartResidents[] {
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
