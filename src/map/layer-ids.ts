// Every source and layer id, in drawing order. No id string literal appears anywhere else.
export const SOURCE = {
  context: 'context',
  stps: 'stps',
  regionOutlines: 'region-outlines',
} as const;

export const LAYER = {
  background: 'background',
  contextFill: 'context-fill',
  contextLine: 'context-line',
  stpFill: 'stp-fill',
  stpBorder: 'stp-border',
  regionOutline: 'region-outline',
  stpFocus: 'stp-focus',
  stpSelected: 'stp-selected',
} as const;

/** Bottom to top. Later layers (flows, change hatching) insert before stpFocus. */
export const LAYER_ORDER = [
  LAYER.background,
  LAYER.contextFill,
  LAYER.contextLine,
  LAYER.stpFill,
  LAYER.stpBorder,
  LAYER.regionOutline,
  LAYER.stpFocus,
  LAYER.stpSelected,
] as const;
