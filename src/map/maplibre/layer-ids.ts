// Every source and layer id, listed bottom to top. No id string literal appears anywhere else;
// layers added at run time name the layer they go under (beforeId) where they are added.
export const SOURCE = {
  context: 'context',
  areas: 'areas',
  regionOutlines: 'region-outlines',
  /** Every part and part edge (issue 19), given once an option splits an area; feature-state
   * shows a split area's parts and the region outlines along them (split-layer.ts). */
  splitParts: 'split-parts',
  /** Added on first use by part-outlines.ts. */
  parts: 'parts',
  /** Added on first use by flow-layer.ts. */
  flows: 'flows',
} as const;

export const LAYER = {
  background: 'background',
  contextFill: 'context-fill',
  contextLine: 'context-line',
  areaFill: 'area-fill',
  splitFill: 'split-fill',
  splitBorder: 'split-border',
  areaBorder: 'area-border',
  regionOutline: 'region-outline',
  partOutline: 'part-outline',
  areaFocus: 'area-focus',
  areaSelectedCasing: 'area-selected-casing',
  areaSelected: 'area-selected',
  // Added at run time (change-layer.ts, part-outlines.ts), each before the layer named there:
  // transition under areaBorder, hatch and part lines under regionOutline, dashes under areaFocus.
  areaTransition: 'area-transition',
  areaChangedHatch: 'area-changed-hatch',
  areaChangedOutline: 'area-changed-outline',
  /** A part that moves without its area (issue 19), on the split source's part shapes. */
  partChangedHatch: 'part-changed-hatch',
  partChangedOutline: 'part-changed-outline',
  partLine: 'part-line',
  // Flow arrows (flow-layer.ts), added when first shown, under areaFocus: above the region
  // outlines so they read, below the focus and selection outlines.
  flowCasing: 'flow-casing',
  flowLine: 'flow-line',
  flowHead: 'flow-head',
} as const;
