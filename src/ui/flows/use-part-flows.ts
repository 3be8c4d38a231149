// The active flows split by part (parts/part-flows.ts), for options that move single parts
// (issue 19): each area-to-area flow shared out over part pairs by the part-to-trust file, each
// trust in the region of the part its headquarters lies in. The part-to-trust file is fetched
// only when an option in view moves parts, and the split is made once per data set.
import {useMemo} from 'react';
import {loadPartTrustFlows} from '../../data/flows-load';
import type {FlowDataset} from '../../domain/flow-dataset';
import type {PartFlow} from '../../domain/parts/part-flows';
import {areaLevel, partFlowsFor, placedFor} from '../../state/placed-flows';
import {placeNamer, type PlacedFlows} from '../../domain/parts/placed-flows';
import type {Area, BoundaryOption} from '../../domain/types';
import {unitNames} from '../../domain/unit-index';
import {hasPartAssignments as movesAnyPart} from '../../domain/parts/part-region';
import {usePartLayer} from '../../state/part-layer';
import {useGeographyFile, useGeographyFiles} from '../geography-context';
import {useActiveFlows} from './use-flows';

/** 'ready': the part flows; 'loading': the files are on their way; 'none': they cannot be
 * computed, `why` in words (no part-to-trust file, it failed, or the flows are a user's file). */
export type PartFlowState =
  | {status: 'loading'}
  | {status: 'ready'; flows: readonly PartFlow[]}
  | {status: 'none'; why: string};

/** Whether the option places any part on its own (its figures are then totalled by part). */
export {hasPartAssignments as movesAnyPart} from '../../domain/parts/part-region';

/**
 * The part flows once `wanted` (an option in view moves parts) and the built-in flows, the part
 * layer and the part-to-trust file are in. A user's flow file is not split: its measure is not
 * the source's, so sharing it out by the source's trusts would invent figures.
 */
export function usePartFlows(wanted: boolean): PartFlowState {
  const g = useGeographyFiles()?.geography;
  const flows = useActiveFlows(wanted);
  const parts = usePartLayer((s) => s.partList);
  const builtIn = flows.status === 'ready' && flows.value.kind === 'builtin';
  const possible = Boolean(g?.parts && g.files.partTrustFlows);
  const finer = useGeographyFile(loadPartTrustFlows, wanted && builtIn && possible);
  const areaFlows = builtIn ? flows.value.flows : null;
  const finerData = finer.status === 'ready' ? finer.value : null;
  const value = useMemo(
    () => (areaFlows && finerData && parts ? partFlowsFor(areaFlows, finerData, parts) : null),
    [areaFlows, finerData, parts],
  );
  const one = g?.parts?.noun.one ?? '';
  if (!possible) return {status: 'none', why: `this geography has no flows by ${one}`};
  if (flows.status === 'ready' && !builtIn)
    return {status: 'none', why: `a loaded flow file is not split by ${one}`};
  if (flows.status === 'error' || finer.status === 'error')
    return {status: 'none', why: 'the flow data could not be loaded'};
  return value ? {status: 'ready', flows: value} : {status: 'loading'};
}

/**
 * The option's flows between places (state/placed-flows.ts) for the flow views: the area flows
 * as they are for an option with no part assignments or a user's flow file; null while the part
 * files load (or without a dataset). The area flows too when the part files cannot be had: the
 * flow views' part-level totals say why (usePartFlows).
 */
export function usePlacedFlows(
  option: BoundaryOption,
  dataset: FlowDataset | null,
): PlacedFlows<BoundaryOption> | null {
  const wanted = movesAnyPart(option) && dataset?.kind === 'builtin';
  const state = usePartFlows(wanted);
  const parts = usePartLayer((s) => s.partList);
  const ready = state.status === 'ready' ? state.flows : null;
  const none = state.status === 'none';
  return useMemo(() => {
    if (!dataset) return null;
    if (!wanted || none) return areaLevel(option, dataset);
    return ready && parts ? placedFor(option, ready, parts) : null;
  }, [wanted, none, option, dataset, ready, parts]);
}

/** A place's name (an area's, or a part's for a part apart): `which` of areas, a part's name. */
export function usePlaceNames(
  areas: readonly Area[],
  which: 'name' | 'shortName' = 'name',
): (code: string) => string {
  const mapped = usePartLayer((s) => s.mapped);
  return useMemo(() => placeNamer(unitNames(areas, which), mapped), [areas, which, mapped]);
}
