// What the scorecard's criteria are computed from, as a hook: the area-level inputs (flows,
// districts, and the authorities and trusts where the geography's rows use them) fetched once
// the scorecard is open, with the part inputs too when an option moves single parts. A file that
// failed to load becomes a message (or, for flows, only missing flow criteria).
import {useMemo} from 'react';
import type {FootprintData} from '../../data/load';
import {loadAuthorities, loadDistricts, loadTrusts} from '../../data/lazy';
import type {CriteriaInputs} from '../../domain/criteria/score';
import type {District} from '../../domain/types';
import {useActiveFlows} from '../flows/use-flows';
import {useGeographyFile} from '../geography-context';
import {usePartFlows} from '../flows/use-part-flows';
import {usePartLayer} from '../../state/part-layer';
import {districtResidents, partDistrictsOf, type Inputs} from './criteria-of';

/** The scorecard's inputs: on their way, failed (the loader's own message), or ready with
 * whether the flows or districts were missing for this geography (their rows then say so). */
export type InputsState =
  | {status: 'loading'}
  | {status: 'error'; message: string}
  | {status: 'ready'; inputs: Inputs; flowsMissing: boolean; districtsMissing: boolean};

/** What optionCriteria needs, fetched once `wanted`; with the part inputs too when `byPart` (an
 * option scored moves parts). A flow file that failed to load costs only the flow criteria
 * (null, shown as —), not the scorecard; a geography without districts only the coterminosity
 * rows (scored with no districts, and left out of the table by criterionRowsIn). */
export function useCriteriaInputs(
  data: FootprintData,
  wanted: boolean,
  byPart: boolean,
): InputsState {
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

/** An error's message for the page (a thrown non-Error as its text). */
export const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));
