// How flow arrows look, shared by the map (src/map/flow-layer.ts) and its legend
// (src/ui/flows/FlowLegend.tsx) so the key always matches the drawing. Plain data.

export const FLOW_COLOURS = {
  /** Ends in different regions under the option shown: the flows the board paper is about. */
  cross: '#212b32',
  /** Both ends in one region. */
  within: '#005eb8',
  casing: '#ffffff',
  highlight: '#ffeb3b',
} as const;

/** Within-region arrows are dashed as well as blue, so the two kinds differ by more than
 * colour. Dash and gap in line widths (MapLibre's line-dasharray unit). */
export const FLOW_WITHIN_DASH: readonly [number, number] = [3, 1.5];
