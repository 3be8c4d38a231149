// Store → map, in one place: React components never hold the map. Returns an unsubscribe.
import type {FootprintData} from '../data/load';
import type {AreaCode} from '../domain/types';
import {useFootprint} from '../state/store';
import type {MapView} from './map-view';
import type {TooltipContent} from './map-view';
import {bindCompareToMap} from './bind-compare';
import {bindPartsToMap} from './bind-parts';
import {onUserOptionsChange, resolveOption} from '../state/catalogue';

export function bindStoreToMap(
  view: MapView,
  data: FootprintData,
  describeArea: (code: AreaCode) => TooltipContent | null,
): () => void {
  const store = useFootprint;
  const applyOption = () => {
    const option = resolveOption(data, store.getState().optionId);
    if (option) view.showOption(option);
    applySelection();
    applyFocus();
  };
  const applySelection = () => {
    const {selectedArea, selectedRegion} = store.getState();
    view.setSelected(selectedArea, selectedRegion);
  };
  const applyFocus = () => {
    const code = store.getState().focusedArea;
    view.setFocused(code, code ? describeArea(code) : null);
  };
  applyOption();
  // A link's view; null (fit England) is where the map starts anyway.
  const initialViewport = store.getState().viewport;
  if (initialViewport) view.setViewport(initialViewport);
  const subs = [
    store.subscribe((s) => s.optionId, applyOption),
    // The option being built changes under the same id: redraw it.
    onUserOptionsChange(applyOption),
    store.subscribe((s) => [s.selectedArea, s.selectedRegion] as const, applySelection, {
      equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1],
    }),
    store.subscribe((s) => s.focusedArea, applyFocus),
    store.subscribe(
      (s) => s.viewport,
      (v) => view.setViewport(v),
    ),
    bindCompareToMap(view, data),
    bindPartsToMap(view, data),
  ];
  return () => subs.forEach((unsubscribe) => unsubscribe());
}
