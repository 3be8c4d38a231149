// The part flows and an option's flows between places (domain/parts/placed-flows.ts), made once
// per data set and option and shared by the map's arrows and the flow views, so both show the
// same flows for an option that moves single parts (issue 19).
import type {FootprintData} from '../data/load';
import {loadPartTrustFlows, type PartTrustData} from '../data/flows-load';
import type {FlowDataset} from '../domain/flow-dataset';
import {partFlowsOf, type PartFlow} from '../domain/parts/part-flows';
import {hasPartAssignments} from '../domain/parts/part-region';
import {placedFlowsOf, type PlacedFlows} from '../domain/parts/placed-flows';
import {destinationsOfTrusts, partDestinationFlows, type Part} from '../domain/parts/part-types';
import type {BoundaryOption} from '../domain/types';
import {loadPartLayer, usePartLayer} from './part-layer';

type Entry = {finer: PartTrustData; parts: readonly Part[]; value: PartFlow[]};
const cache = new WeakMap<readonly unknown[], Entry>();

/** partFlowsOf over the loaded files, remembered per (area flows, part-to-trust file, parts). */
export function partFlowsFor(
  areaFlows: FlowDataset['flows'],
  finer: PartTrustData,
  parts: readonly Part[],
): PartFlow[] {
  const hit = cache.get(areaFlows);
  if (hit && hit.finer === finer && hit.parts === parts) return hit.value;
  const value = partFlowsOf(
    areaFlows,
    partDestinationFlows(finer.flows),
    destinationsOfTrusts(finer.trusts),
    parts,
  );
  cache.set(areaFlows, {finer, parts, value});
  return value;
}

const placed = new WeakMap<
  BoundaryOption,
  WeakMap<readonly PartFlow[], PlacedFlows<BoundaryOption>>
>();

/** placedFlowsOf remembered per (option, part flows); `parts` are the part flows' own. */
export function placedFor(
  option: BoundaryOption,
  flows: readonly PartFlow[],
  parts: readonly Part[],
): PlacedFlows<BoundaryOption> {
  let byFlows = placed.get(option);
  if (!byFlows) placed.set(option, (byFlows = new WeakMap()));
  let hit = byFlows.get(flows);
  if (!hit) byFlows.set(flows, (hit = placedFlowsOf(option, flows, parts)));
  return hit;
}

/** An option's flows as the area-level views take them, when it moves no part (or the flows are
 * a user's file, which is not split by part: its measure is not the source's). */
export function areaLevel(
  option: BoundaryOption,
  dataset: FlowDataset,
): PlacedFlows<BoundaryOption> {
  return {flows: dataset.flows, option, apart: new Map(), areaPlaces: (area) => [area]};
}

/** Whether `option`'s flows are to be placed part by part: it has part assignments, the flows
 * are the built-in ones and the geography has flows by part. */
export function wantsPlaces(
  data: Pick<FootprintData, 'geography'>,
  option: BoundaryOption,
  dataset: FlowDataset,
): boolean {
  return (
    hasPartAssignments(option) &&
    dataset.kind === 'builtin' &&
    Boolean(data.geography.parts && data.geography.files.partTrustFlows)
  );
}

/**
 * The option's flows between places, for code outside React (the map): loads the parts and the
 * part-to-trust file on first use. Resolves the area-level flows when no place is needed;
 * rejects when a file fails (the flow views report it).
 */
export async function loadPlacedFlows(
  data: FootprintData,
  option: BoundaryOption,
  dataset: FlowDataset,
): Promise<PlacedFlows<BoundaryOption>> {
  if (!wantsPlaces(data, option, dataset)) return areaLevel(option, dataset);
  const [finer] = await Promise.all([loadPartTrustFlows(data), loadPartLayer(data)]);
  const parts = usePartLayer.getState().partList;
  if (!parts) return areaLevel(option, dataset);
  return placedFor(option, partFlowsFor(dataset.flows, finer, parts), parts);
}
