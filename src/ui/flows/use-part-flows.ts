// The active flows split by part (parts/part-flows.ts), for options that move single parts
// (issue 19): each area-to-area flow shared out over part pairs by the part-to-trust file, each
// trust in the region of the part its headquarters lies in. The part-to-trust file is fetched
// only when an option in view moves parts, and the split is made once per data set.
import {useMemo} from 'react';
import {loadPartTrustFlows, type PartTrustData} from '../../data/flows-load';
import type {FlowDataset} from '../../domain/flow-dataset';
import {partFlowsOf, type PartFlow} from '../../domain/parts/part-flows';
import {destinationsOfTrusts, partDestinationFlows, type Part} from '../../domain/parts/part-types';
import {usePartLayer} from '../../state/part-layer';
import {useGeographyFile, useGeographyFiles} from '../geography-context';
import {useActiveFlows} from './use-flows';

/** 'ready': the part flows; 'loading': the files are on their way; 'none': they cannot be
 * computed, `why` in words (no part-to-trust file, it failed, or the flows are a user's file). */
export type PartFlowState = {status: 'loading'} | {status: 'ready'; flows: readonly PartFlow[]} | {status: 'none'; why: string};

/** Whether the option places any part on its own (its figures are then totalled by part). */
export {hasPartAssignments as movesAnyPart} from '../../domain/parts/part-region';

type Entry = {finer: PartTrustData; parts: readonly Part[]; value: PartFlow[]};
const cache = new WeakMap<readonly unknown[], Entry>();

/** partFlowsOf over the loaded files, remembered per (area flows, part-to-trust file, parts). */
export function partFlowsFor(areaFlows: FlowDataset['flows'], finer: PartTrustData, parts: readonly Part[]): PartFlow[] {
  const hit = cache.get(areaFlows);
  if (hit && hit.finer === finer && hit.parts === parts) return hit.value;
  const value = partFlowsOf(areaFlows, partDestinationFlows(finer.flows), destinationsOfTrusts(finer.trusts), parts);
  cache.set(areaFlows, {finer, parts, value});
  return value;
}

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
  const value = useMemo(() => (areaFlows && finerData && parts ? partFlowsFor(areaFlows, finerData, parts) : null), [areaFlows, finerData, parts]);
  const one = g?.parts?.noun.one ?? '';
  if (!possible) return {status: 'none', why: `this geography has no flows by ${one}`};
  if (flows.status === 'ready' && !builtIn) return {status: 'none', why: `a loaded flow file is not split by ${one}`};
  if (flows.status === 'error' || finer.status === 'error') return {status: 'none', why: 'the flow data could not be loaded'};
  return value ? {status: 'ready', flows: value} : {status: 'loading'};
}
