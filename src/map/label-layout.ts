// Region names placed so that no two overlap, ever (issue 21: at every width, option and
// comparison), and each inside its own region (issue 20). Each name's box is estimated from its
// text (draw-spec.ts); names are placed in priority order (largest population first), each at
// the first free spot of a short list: its point, then above or below it, then beside it, then
// other points inside its region. A spot is free when the box overlaps no placed name, stays in
// the map and (given the region's inside test) its middle (coreBox) lies wholly inside the region:
// its ends may overhang, its middle never sits in the sea or on a neighbour. A name with no free
// spot is tried shorter (label-text.ts: without bracketed notes, then on two or three lines), and
// left out when none fits: the legend, the tooltip and the map's description still name its
// region, and the renderers re-run the layout on zoom, where it may find room. Pure screen
// geometry, shared by both renderers and the static maps, so a swap keeps every name in place.
import type {RegionLabelSite} from '../domain/region-shapes';
import {REGION_LABEL} from './draw-spec';
import type {GroupPlace} from './group-inside';
import {labelTextChoices} from './label-text';

export interface LabelInput {
  id: string;
  text: string;
  /** Anchor in CSS pixels from the map's top left. */
  x: number;
  y: number;
  /** Other points inside the region, CSS pixels, best first: tried when every spot around the
   * anchor is taken. */
  alternatives?: readonly (readonly [number, number])[];
  /** Higher is placed first (e.g. the region's population); equal priorities keep input order. */
  priority?: number;
  /** Whether a box (CSS pixels) lies wholly inside the region: when given, the middle of a
   * name's text box (coreBox of textBox) must. */
  fits?: GroupPlace['fits'];
  /** Centres (CSS pixels) where a box of the given size fits inside the region, roomiest first:
   * tried after every other spot (group-inside.ts). */
  spots?: GroupPlace['spots'];
}

export interface PlacedLabel extends LabelInput {
  /** Shift from the anchor, CSS pixels (to an alternative point, when one was used). */
  dx: number;
  dy: number;
  /** The text as drawn, line by line (`text` itself, or shortened: label-text.ts), centred on the
   * shifted anchor. `text` stays the full name, for the tooltip. */
  lines: string[];
}

/** A screen rectangle, CSS pixels: left, top, right, bottom. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LayoutOptions {
  /** Boxes no name may cover (a comparison's "moves" labels). */
  obstacles?: readonly Box[];
  /** The names' font size in CSS pixels, when the stylesheet changes it (boxes scale with it). */
  fontSize?: number;
  /** The map's visible box: a name whose spot is outside is not drawn there, and one that would
   * stick out sideways (a coastal region's) moves sideways just enough to lie wholly inside. */
  bounds?: Box;
}

const H = REGION_LABEL.height;

/** Around the anchor, in the order tried: the first seven are the layout's original ones (so a
 * map whose names never collided keeps them exactly), then beside the point. `w` is the box's
 * half width. */
const aroundAnchor = (w: number): [number, number][] => [
  [0, 0],
  [0, -H],
  [0, H],
  [0, -2 * H],
  [0, 2 * H],
  [0, -3 * H],
  [0, 3 * H],
  [w, 0],
  [-w, 0],
  [w, -H],
  [-w, -H],
  [w, H],
  [-w, H],
];

/** At another point inside the region: on it, just above, just below. */
const AT_POINT: [number, number][] = [
  [0, 0],
  [0, -H],
  [0, H],
];

/** The box of a name `text` centred on (x, y), at `scale` times REGION_LABEL's size: the
 * estimated text width plus 4 px each side, REGION_LABEL.height tall. */
export function labelBox(text: string, x: number, y: number, scale = 1): Box {
  return linesBox([text], x, y, scale);
}

/** The box of the text itself (no padding: each line REGION_LABEL.lineHeight tall, its
 * estimated width), what must lie inside the name's region; the halo may reach over its border,
 * as it reaches over the region's outline. */
export function textBox(lines: readonly string[], x: number, y: number, scale = 1): Box {
  const b = linesBox(lines, x, y, scale);
  const trim = ((REGION_LABEL.height - REGION_LABEL.lineHeight) * scale) / 2;
  return {x0: b.x0 + 4, x1: b.x1 - 4, y0: b.y0 + trim, y1: b.y1 - trim};
}

/** The box of a name written as `lines`, centred on (x, y): its longest line's estimated width
 * plus 4 px each side, REGION_LABEL.height tall plus REGION_LABEL.lineHeight per further line,
 * all at `scale` times REGION_LABEL's size. */
export function linesBox(lines: readonly string[], x: number, y: number, scale = 1): Box {
  const longest = Math.max(...lines.map((l) => l.length));
  const half = (longest * REGION_LABEL.charWidth * scale) / 2 + 4;
  const height = REGION_LABEL.height + (lines.length - 1) * REGION_LABEL.lineHeight;
  const halfHeight = (height * scale) / 2;
  return {x0: x - half, x1: x + half, y0: y - halfHeight, y1: y + halfHeight};
}

/** The middle of a text box that must lie inside its group (REGION_LABEL.coreWidth, coreHeight). */
export function coreBox(text: Box): Box {
  const w = ((text.x1 - text.x0) * (1 - REGION_LABEL.coreWidth)) / 2;
  const h = ((text.y1 - text.y0) * (1 - REGION_LABEL.coreHeight)) / 2;
  return {x0: text.x0 + w, x1: text.x1 - w, y0: text.y0 + h, y1: text.y1 - h};
}

export const boxesOverlap = (a: Box, b: Box): boolean =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The shifts tried for `l` written as `lines`, in order, from its anchor (scaled with the
 * font); the roomy spots only when every other one has failed (they cost a scan of the region). */
function* candidates(l: LabelInput, lines: string[], scale: number): Generator<[number, number]> {
  const box = linesBox(lines, 0, 0, scale);
  const s = ([dx, dy]: [number, number]): [number, number] => [dx, dy * scale];
  yield* aroundAnchor(box.x1).map(s);
  for (const [x, y] of l.alternatives ?? [])
    for (const [dx, dy] of AT_POINT.map(s)) yield [x - l.x + dx, y - l.y + dy];
  const core = coreBox(textBox(lines, 0, 0, scale));
  for (const [x, y] of l.spots?.(2 * core.x1, 2 * core.y1) ?? []) yield [x - l.x, y - l.y];
}

/** The names that fit, in input order, each written the first way (label-text.ts) that has a
 * candidate spot overlapping no obstacle and no name of higher priority, inside the bounds and
 * inside its region (when `inside` is given), and shifted to the first such spot; names with no
 * free spot are left out. */
export function placeLabels(
  labels: readonly LabelInput[],
  options: LayoutOptions = {},
): PlacedLabel[] {
  const scale = (options.fontSize ?? REGION_LABEL.fontSize) / REGION_LABEL.fontSize;
  const taken: Box[] = [...(options.obstacles ?? [])];
  const order = labels
    .map((l, i) => ({l, i}))
    .sort((a, b) => (b.l.priority ?? 0) - (a.l.priority ?? 0) || a.i - b.i);
  const placed = new Map<number, PlacedLabel>();
  for (const {l, i} of order) {
    const spot = firstFreeSpot(l, taken, options.bounds, scale);
    if (!spot) continue;
    taken.push(spot.box);
    placed.set(i, {...l, dx: spot.dx, dy: spot.dy, lines: spot.lines});
  }
  return labels.flatMap((_, i) => placed.get(i) ?? []);
}

/** The first way of writing `l` and the first spot for it that is free (see placeLabels). */
function firstFreeSpot(
  l: LabelInput,
  taken: readonly Box[],
  bounds: Box | undefined,
  scale: number,
): {dx: number; dy: number; lines: string[]; box: Box} | null {
  for (const lines of labelTextChoices(l.text)) {
    for (const shift of candidates(l, lines, scale)) {
      const at = bounds ? insideBounds(l, lines, shift, bounds, scale) : shift;
      if (!at) continue;
      const box = linesBox(lines, l.x + at[0], l.y + at[1], scale);
      if (taken.some((b) => boxesOverlap(b, box))) continue;
      if (l.fits && !l.fits(coreBox(textBox(lines, l.x + at[0], l.y + at[1], scale)))) continue;
      return {dx: at[0], dy: at[1], lines, box};
    }
  }
  return null;
}

/** `shift` for `l`, moved sideways to keep the text (its padding may stick out) inside `bounds`;
 * null when the spot is outside them or the name cannot fit there. */
function insideBounds(
  l: LabelInput,
  lines: readonly string[],
  [dx, dy]: [number, number],
  bounds: Box,
  scale: number,
): [number, number] | null {
  const x = l.x + dx;
  const y = l.y + dy;
  const box = linesBox(lines, 0, 0, scale);
  const half = box.x1 - 4;
  const halfHeight = box.y1;
  if (
    x < bounds.x0 ||
    x > bounds.x1 ||
    y - halfHeight < bounds.y0 ||
    y + halfHeight > bounds.y1 ||
    2 * half > bounds.x1 - bounds.x0
  )
    return null;
  return [Math.min(Math.max(x, bounds.x0 + half), bounds.x1 - half) - l.x, dy];
}

/** The layout's input for each region with a label site: its name at its best point, its other
 * points as alternatives and its population as priority, projected by `project` ([lon, lat] →
 * CSS pixels); with `places` (group-inside.ts, same projection), each region's inside test and
 * roomy spots. */
export function regionLabelInputs(
  regions: readonly {id: string; name: string}[],
  sites: ReadonlyMap<string, RegionLabelSite>,
  project: (p: [number, number]) => [number, number],
  places?: ReadonlyMap<string, GroupPlace>,
): LabelInput[] {
  return regions.flatMap((r) => {
    const site = sites.get(r.id);
    if (!site) return [];
    const [first, ...rest] = site.points.slice(0, MAX_POINTS).map(project);
    return [
      {
        id: r.id,
        text: r.name,
        x: first![0],
        y: first![1],
        alternatives: rest,
        priority: site.population,
        ...places?.get(r.id),
      },
    ];
  });
}

/** Points per region tried (the best few are enough; more only slow the layout on zoom). */
const MAX_POINTS = 5;
