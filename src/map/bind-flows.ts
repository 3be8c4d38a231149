// Store → map for the flow arrows: which flows to draw follows the flow settings, the option
// (for "crosses a region boundary"), the selection (focus) and the active dataset. The built-in
// flow file is fetched only once arrows are asked for.
import type {FootprintData} from '../data/load';
import {loadAreaFlows} from '../data/flows-load';
import {flowArrowFeatures, flowScale, type FlowScale, type LonLat} from '../domain/flow-arrows';
import {flowsToDraw, type FlowDataset} from '../domain/flow-dataset';
import {crossesRegion, flowKey} from '../domain/flow-key';
import {describeFlow} from '../domain/flow-text';
import {originTotals, type AreaFlow} from '../domain/flows';
import type {AreaCode} from '../domain/types';
import {useFlowData} from '../state/flow-data';
import {useFootprint} from '../state/store';
import type {FlowDrawing} from './map-view';
import type {MapView} from './map-view';
import {onUserOptionsChange, resolveOption} from '../state/catalogue';
import {unitNames} from '../domain/unit-index';
import {placeNamer, type PlacedFlows} from '../domain/parts/placed-flows';
import type {BoundaryOption} from '../domain/types';
import {loadPlacedFlows} from '../state/placed-flows';
import {usePartLayer} from '../state/part-layer';

/** Per dataset: the shared width scale and the origin totals (both over all flows). */
const derived = new WeakMap<FlowDataset, {scale: FlowScale; totals: Map<AreaCode, number>}>();
function derive(d: FlowDataset) {
  let x = derived.get(d);
  if (!x) derived.set(d, (x = {scale: flowScale(d.flows), totals: originTotals(d.flows)}));
  return x;
}

export function bindFlowsToMap(view: MapView, data: FootprintData): () => void {
  const anchors = new Map<AreaCode, LonLat>(data.areas.map((s) => [s.code, s.anchor]));
  const areaName = unitNames(data.areas);
  let live = true;
  let latest = 0;

  /** The anchors and names of places: the areas', and a part apart's own (parts/placed-flows.ts). */
  const placeAnchors = (): ReadonlyMap<string, LonLat> => {
    const mapped = usePartLayer.getState().mapped;
    if (!mapped) return anchors;
    let both = withParts.get(mapped);
    if (!both)
      withParts.set(
        mapped,
        (both = new Map([...mapped.map((p): [string, LonLat] => [p.code, p.anchor]), ...anchors])),
      );
    return both;
  };
  const withParts = new WeakMap<object, Map<string, LonLat>>();

  const drawing = (
    dataset: FlowDataset,
    placed: PlacedFlows<BoundaryOption>,
  ): FlowDrawing | null => {
    const s = useFootprint.getState();
    const option = placed.option;
    const {scale} = derive(dataset);
    const totals = placed.apart.size === 0 ? derive(dataset).totals : originTotals(placed.flows);
    const nameOf = placeNamer(areaName, usePartLayer.getState().mapped);
    const drawn = flowsToDraw(
      placed.flows,
      s.flows,
      option,
      {area: s.selectedArea, region: s.selectedRegion},
      placed.areaPlaces,
    );
    const byKey = new Map<string, AreaFlow>(drawn.map((f) => [flowKey(f), f]));
    const crosses = (f: AreaFlow) => crossesRegion(option, f);
    return {
      features: flowArrowFeatures(drawn, placeAnchors(), crosses) as FlowDrawing['features'],
      scale,
      describe: (key) => {
        const f = byKey.get(key);
        return f ? describeFlow(f, dataset, option, nameOf, totals.get(f.origin)) : null;
      },
    };
  };

  const apply = () => {
    const request = ++latest;
    if (!useFootprint.getState().flows.visible) return view.showFlows(null);
    const custom = useFlowData.getState().custom;
    const option = resolveOption(data, useFootprint.getState().optionId);
    if (!option) return view.showFlows(null);
    (custom ? Promise.resolve(custom) : loadAreaFlows(data))
      .then(async (dataset) => {
        const placed = await loadPlacedFlows(data, option, dataset);
        if (live && request === latest) view.showFlows(drawing(dataset, placed));
      })
      // The flow controls report a failed download; the map just goes without arrows.
      .catch(() => undefined);
  };

  apply();
  const subs = [
    useFootprint.subscribe(
      (s) => [s.flows, s.optionId, s.selectedArea, s.selectedRegion] as const,
      apply,
      {
        equalityFn: (a, b) => a.every((v, i) => v === b[i]),
      },
    ),
    useFlowData.subscribe((s, prev) => s.custom !== prev.custom && apply()),
    onUserOptionsChange(apply),
    useFlowData.subscribe(
      (s, prev) => s.highlighted !== prev.highlighted && view.highlightFlow(s.highlighted),
    ),
  ];
  return () => {
    live = false;
    subs.forEach((unsubscribe) => unsubscribe());
  };
}
