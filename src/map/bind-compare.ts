// Store → map for the comparison overlay, zooming to a chosen region and the part layer.
// Kept beside bind-store.ts (which calls it) so that file stays small.
import type {FootprintData} from '../data/load';
import {loadParts} from '../data/lazy';
import {boundsOf} from '../domain/bounds';
import {compareOptions} from '../domain/compare';
import {areasInRegion} from '../domain/options';
import {useFootprint} from '../state/store';
import type {ChangedArea, MapView} from './map-view';
import type {BoundaryOption} from '../domain/types';
import {changedUnits} from '../domain/parts/changed-units';
import {hasPartAssignments} from '../domain/parts/part-region';
import {loadPartLayer, namedPartsOf, usePartLayer} from '../state/part-layer';
import {onUserOptionsChange, resolveOption} from '../state/catalogue';

export function bindCompareToMap(view: MapView, data: FootprintData): () => void {
  const store = useFootprint;
  let live = true;

  const applyChanges = () => {
    const {optionId, compareId} = store.getState();
    const a = resolveOption(data, compareId);
    const b = resolveOption(data, optionId);
    if (!a || !b || a.id === b.id) return view.showChanges([]);
    view.showChanges(changesBetween(data, a, b));
  };

  const applyZoom = () => {
    const {selectedRegion, selectedArea, optionId, viewport} = store.getState();
    const option = resolveOption(data, optionId);
    if (selectedRegion && option) {
      const codes = new Set(areasInRegion(option, selectedRegion, data.areas).map((s) => s.code));
      fitToSelection(boundsOf(data.areaShapes, codes));
    } else if (selectedArea) {
      // Close enough to see its parts (drawn inside it), with its neighbours around it.
      const bounds = boundsOf(data.areaShapes, new Set([selectedArea]));
      fitToSelection(bounds && widen(bounds, 0.6));
    } else {
      // Selection cleared: back to the user's own view (England unless they moved the map).
      view.setViewport(viewport);
    }
  };

  /** MapView.fitTo saves the view it lands on, so a link copied now opens right here. */
  const fitToSelection = (bounds: [number, number, number, number] | null | undefined) => {
    if (bounds) view.fitTo(bounds);
  };

  const applyParts = () => {
    const {layers, selectedArea} = store.getState();
    const visible = {all: layers.parts, area: selectedArea};
    if (!visible.all && !visible.area) return view.showParts(null, visible);
    loadParts(data)
      .then(
        (parts) =>
          live &&
          view.showParts(parts.shapes, {
            all: store.getState().layers.parts,
            area: store.getState().selectedArea,
          }),
      )
      // The details panel reports a failed download; the map just goes without the layer.
      .catch(() => undefined);
  };

  applyChanges();
  applyParts();
  // A link that selects a region or area without its own view opens zoomed to the selection.
  const first = store.getState();
  if ((first.selectedRegion || first.selectedArea) && first.viewport === null) applyZoom();
  const subs = [
    onUserOptionsChange(applyChanges),
    // Parts arriving turn a split area's changes from none into its moving parts.
    usePartLayer.subscribe((now, before) => now.parts !== before.parts && applyChanges()),
    store.subscribe((s) => [s.optionId, s.compareId] as const, applyChanges, {
      equalityFn: (x, y) => x[0] === y[0] && x[1] === y[1],
    }),
    store.subscribe(
      (s) => [s.selectedRegion, s.selectedArea, s.viewport] as const,
      (now, before) => {
        if (now[0] === before[0] && now[1] === before[1]) return;
        // A link or Back/Forward that brings its own view along: that view wins.
        if (now[2] !== before[2] && now[2] !== null) return;
        applyZoom();
      },
      {equalityFn: (x, y) => x[0] === y[0] && x[1] === y[1] && x[2] === y[2]},
    ),
    store.subscribe((s) => [s.layers.parts, s.selectedArea] as const, applyParts, {
      equalityFn: (x, y) => x[0] === y[0] && x[1] === y[1],
    }),
  ];
  return () => {
    live = false;
    subs.forEach((unsubscribe) => unsubscribe());
  };
}

/** The units to hatch between A and B (parts/changed-units.ts): part by part where either moves
 * single parts, once the part layer is loaded (asked for here; until then, and if it fails, the
 * areas are compared whole, as the figures are). */
function changesBetween(data: FootprintData, a: BoundaryOption, b: BoundaryOption): ChangedArea[] {
  const byPart = hasPartAssignments(a) || hasPartAssignments(b);
  const layer = usePartLayer.getState();
  const parts = byPart && layer.geographyId === data.geography.id ? namedPartsOf(layer) : null;
  if (byPart && !parts && !layer.error) loadPartLayer(data).catch(() => undefined);
  const anchors = new Map(parts ? layer.mapped?.map((p) => [p.code, p.anchor]) : []);
  return changedUnits(compareOptions(a, b, data.areas, undefined, parts), (code) =>
    anchors.get(code),
  );
}

/** The box grown by `by` of its size on every side. */
function widen(
  [w, s, e, n]: [number, number, number, number],
  by: number,
): [number, number, number, number] {
  const dx = (e - w) * by;
  const dy = (n - s) * by;
  return [w - dx, s - dy, e + dx, n + dy];
}
