// The map's colours, shared by both renderers (and the prerendered first paint), so a swap from
// SVG to WebGL changes no pixel's colour.
export const COLOURS = {
  sea: '#e8edee', // NHS grey 4: quiet, so the regions carry the colour
  context: '#d8dde0',
  contextLine: '#aeb7bd',
  stpBorder: '#ffffff',
  regionOutline: '#212b32', // NHS text colour: 3:1+ against every fill
  focus: '#212b32',
  selected: '#ffeb3b', // NHS focus yellow, drawn over a dark casing
  noRegion: '#d8dde0',
  ccgLine: '#4c6272', // dark grey dashes: 3:1 against every region fill, unlike the solid region lines
} as const;

/** Fill opacity of an STP, and of one outside the chosen region (it fades so the region reads
 * without colour alone). */
export const FILL_OPACITY = {normal: 0.92, dimmed: 0.35} as const;

/** Region outline width in CSS px at zoom 5 and zoom 9 (linear between). */
export const OUTLINE_WIDTH = {z5: 1.6, z9: 3} as const;
