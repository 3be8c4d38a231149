// Region names placed so that no two overlap, ever (issue 21: at every width, option and
// comparison). Each name's box is estimated from its text (draw-spec.ts); names are placed in
// priority order (largest population first), each at the first free spot of a short list: its
// point, then above or below it, then beside it, then other points inside its region. A name
// with no free spot is left out: the legend, the tooltip and the map's description still name
// its region, and the renderers re-run the layout on zoom, where it may find room. Pure screen
// geometry, shared by both renderers and the static maps, so a swap keeps every name in place.
import type {RegionLabelSite} from '../domain/region-shapes';
import {REGION_LABEL} from './draw-spec';

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
}

export interface PlacedLabel extends LabelInput {
  /** Shift from the anchor, CSS pixels (to an alternative point, when one was used). */
  dx: number;
  dy: number;
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
  const half = (text.length * REGION_LABEL.charWidth * scale) / 2 + 4;
  const halfHeight = (REGION_LABEL.height * scale) / 2;
  return {x0: x - half, x1: x + half, y0: y - halfHeight, y1: y + halfHeight};
}

export const boxesOverlap = (a: Box, b: Box): boolean =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The shifts tried for `l`, in order, from its anchor (scaled with the font). */
function candidates(l: LabelInput, scale: number): [number, number][] {
  const w = labelBox(l.text, 0, 0, scale).x1;
  const s = ([dx, dy]: [number, number]): [number, number] => [dx, dy * scale];
  const near = aroundAnchor(w).map(s);
  const inside = (l.alternatives ?? []).flatMap(([x, y]) =>
    AT_POINT.map(s).map(([dx, dy]): [number, number] => [x - l.x + dx, y - l.y + dy]),
  );
  return [...near, ...inside];
}

/** The names that fit, in input order, each shifted to the first candidate spot that overlaps
 * no obstacle and no name of higher priority; names with no free spot are left out. */
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
    for (const shift of candidates(l, scale)) {
      const at = options.bounds ? insideBounds(l, shift, options.bounds, scale) : shift;
      if (!at) continue;
      const box = labelBox(l.text, l.x + at[0], l.y + at[1], scale);
      if (taken.some((b) => boxesOverlap(b, box))) continue;
      taken.push(box);
      placed.set(i, {...l, dx: at[0], dy: at[1]});
      break;
    }
  }
  return labels.flatMap((_, i) => placed.get(i) ?? []);
}

/** `shift` for `l`, moved sideways to keep the text (its padding may stick out) inside `bounds`;
 * null when the spot is outside them or the name cannot fit there. */
function insideBounds(
  l: LabelInput,
  [dx, dy]: [number, number],
  bounds: Box,
  scale: number,
): [number, number] | null {
  const x = l.x + dx;
  const y = l.y + dy;
  const half = (l.text.length * REGION_LABEL.charWidth * scale) / 2;
  const halfHeight = (REGION_LABEL.height * scale) / 2;
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
 * CSS pixels). */
export function regionLabelInputs(
  regions: readonly {id: string; name: string}[],
  sites: ReadonlyMap<string, RegionLabelSite>,
  project: (p: [number, number]) => [number, number],
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
      },
    ];
  });
}

/** Points per region tried (the best few are enough; more only slow the layout on zoom). */
const MAX_POINTS = 5;
