// How the map is drawn, in one place: colours, line widths and dashes, the hatch of a change,
// label sizes and limits. Both renderers (svg/, maplibre/), the prerendered first paint and the
// static maps of the side-by-side view and the board pack (svg/OptionSvg.tsx) read these, so a
// renderer swap changes no pixel's colour and no two drawings of one thing drift apart. Sizes
// are CSS pixels. The HTML labels' stylesheets repeat the label sizes (CSS cannot import this);
// tests/unit/draw-spec.test.ts checks that they agree.

export const COLOURS = {
  sea: '#e8edee', // NHS grey 4: quiet, so the regions carry the colour
  context: '#d8dde0',
  contextLine: '#aeb7bd',
  areaBorder: '#ffffff',
  regionOutline: '#212b32', // NHS text colour: 3:1+ against every fill
  focus: '#212b32',
  selected: '#ffeb3b', // NHS focus yellow, drawn over a dark casing
  noRegion: '#d8dde0',
  partLine: '#4c6272', // dark grey dashes: 3:1 against every region fill, unlike the solid region lines
} as const;

/** Fill opacity of an area, and of one outside the chosen region (it fades so the region reads
 * without colour alone). */
export const FILL_OPACITY = {normal: 0.92, dimmed: 0.35} as const;

/** Fixed line widths. The selected area is the widest line: yellow on a dark casing. */
export const LINE_WIDTH = {
  context: 0.8,
  areaBorder: 0.8,
  focus: 3,
  selectedCasing: 7,
  selected: 3,
} as const;

/** Region outline width at zoom 5 and zoom 9 (linear between, constant outside). */
export const OUTLINE_WIDTH = {z5: 1.6, z9: 3} as const;

/** The region outline's width at `zoom` (MapLibre's zoom: world = 512·2^zoom px). */
export function regionOutlineWidth(zoom: number): number {
  return (
    OUTLINE_WIDTH.z5 +
    (OUTLINE_WIDTH.z9 - OUTLINE_WIDTH.z5) * Math.min(1, Math.max(0, (zoom - 5) / 4))
  );
}

/** areas that change region in a comparison: diagonal stripes (a pattern, so the change does not
 * rest on colour alone) `spacing` apart across the stripes, each `stripe` wide, in the outline
 * colour at `opacity`, rising to the right (45°); and a dashed outline. */
export const HATCH = {
  spacing: 5,
  stripe: 1.5,
  opacity: 0.8,
  angle: 45,
  colour: COLOURS.regionOutline,
} as const;
export const CHANGE_OUTLINE = {width: 3, dash: [4.5, 3], colour: COLOURS.focus} as const;

/** Region names: bold Arial with a white halo. `charWidth` and `height` are the box the label
 * layout (label-layout.ts) assumes for one line, to keep names off each other and inside the
 * map; a name broken into lines adds `lineHeight` (the stylesheet's 1.2 × 13 px) per line. */
export const REGION_LABEL = {
  fontSize: 13,
  halo: 3,
  charWidth: 7.5,
  height: 18,
  lineHeight: 15.6,
  /** The middle of a name that must lie inside its own group, as fractions of its text's width
   * and height: a name may overhang its group at its ends, as on printed maps ("London" over the
   * edge of a small London), but never sits in the sea or on a neighbour by its middle. */
  coreWidth: 0.2,
  coreHeight: 0.8,
} as const;

/** "Northamptonshire: moves" boxes, `above` the area's point; more than `maxShown` crowd the map
 * (the summary and the table name them instead). */
export const CHANGE_LABEL = {
  fontSize: 12,
  charWidth: 6.8,
  padding: 6,
  height: 20,
  border: 2,
  dash: [4, 2],
  above: 8,
  maxShown: 6,
} as const;

/** area names on the static maps (the moved areas of the side-by-side view). */
export const AREA_LABEL = {fontSize: 11, halo: 3} as const;
