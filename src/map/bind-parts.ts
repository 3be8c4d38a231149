// Store → map for the part layer (issue 19): once the option on the map moves single parts, the
// map is given the parts' geometry (loaded on first use through the part layer, the same copy
// the builder and the figures use) so it can draw split areas part by part. Until an option
// moves parts nothing is loaded, so the default view's first paint is unchanged.
import type {FootprintData} from '../data/load';
import {onUserOptionsChange, resolveOption} from '../state/catalogue';
import {loadPartLayer, usePartLayer} from '../state/part-layer';
import {useFootprint} from '../state/store';
import {hasPartAssignments} from '../domain/parts/part-region';
import type {MapView, PartGeometry} from './map-view';

/** Gives `view` the parts when the option on it, or the one it is compared with, moves some (a
 * moving part is hatched on its own shape). Returns the unsubscribe. */
export function bindPartsToMap(view: MapView, data: FootprintData): () => void {
  let given: PartGeometry | null = null;
  const apply = () => {
    const {optionId, compareId} = useFootprint.getState();
    const options = [resolveOption(data, optionId), resolveOption(data, compareId)];
    if (!options.some((o) => o && hasPartAssignments(o))) return;
    const layer = usePartLayer.getState();
    if (layer.geometry && layer.geographyId === data.geography.id) {
      if (given !== layer.geometry) view.showSplitParts((given = layer.geometry));
      return;
    }
    // The part layer's store calls apply again once loaded; a failed load leaves the areas whole
    // (the builder reports the failure).
    if (!layer.error) loadPartLayer(data).catch(() => undefined);
  };
  apply();
  const subs = [
    useFootprint.subscribe((s) => s.optionId, apply),
    useFootprint.subscribe((s) => s.compareId, apply),
    onUserOptionsChange(apply),
    usePartLayer.subscribe(apply),
  ];
  return () => subs.forEach((unsubscribe) => unsubscribe());
}
