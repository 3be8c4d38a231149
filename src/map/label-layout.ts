// Region names placed so that none overlaps another (London and South East collided on the
// England view): each label keeps its point if it can, else moves to the nearest free slot
// above or below it. Pure screen geometry, shared by both renderers so a swap keeps every label
// where it was.
import {REGION_LABEL} from './draw-spec';

export interface LabelInput {
  id: string;
  text: string;
  /** Anchor in CSS pixels from the map's top left. */
  x: number;
  y: number;
}

export interface PlacedLabel extends LabelInput {
  /** Shift from the anchor, CSS pixels. */
  dx: number;
  dy: number;
}

/** Approximate box of a region name (draw-spec.ts; as .fp-region-label): per character, height. */
const LABEL_CHAR_WIDTH = REGION_LABEL.charWidth;
const LABEL_HEIGHT = REGION_LABEL.height;

const OFFSETS: [number, number][] = [
  [0, 0],
  [0, -LABEL_HEIGHT],
  [0, LABEL_HEIGHT],
  [0, -2 * LABEL_HEIGHT],
  [0, 2 * LABEL_HEIGHT],
  [0, -3 * LABEL_HEIGHT],
  [0, 3 * LABEL_HEIGHT],
];

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const boxOf = (l: LabelInput, dx: number, dy: number): Box => {
  const half = (l.text.length * LABEL_CHAR_WIDTH) / 2 + 4;
  return {x0: l.x + dx - half, x1: l.x + dx + half, y0: l.y + dy - LABEL_HEIGHT / 2, y1: l.y + dy + LABEL_HEIGHT / 2};
};

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Labels in the order given (earlier ones keep their place first), each shifted to the first
 * offset that overlaps no label placed before it; if none is free, the one overlapping least. */
export function placeLabels(labels: readonly LabelInput[]): PlacedLabel[] {
  const placed: Box[] = [];
  return labels.map((l) => {
    let best: [number, number] = [0, 0];
    let bestCount = Infinity;
    for (const [dx, dy] of OFFSETS) {
      const count = placed.filter((b) => overlaps(b, boxOf(l, dx, dy))).length;
      if (count < bestCount) {
        best = [dx, dy];
        bestCount = count;
        if (count === 0) break;
      }
    }
    placed.push(boxOf(l, best[0], best[1]));
    return {...l, dx: best[0], dy: best[1]};
  });
}
