// Where a comparison's "…: moves" labels go (issue 19): above each moved unit's point as
// always, unless another "moves" label is there already, then stacked above, below or beside,
// so no two overlap. A whole area's label and a single part's take part alike. The placed boxes
// are then the obstacles the region names keep off (label-layout.ts's placeLabels). Screen
// geometry only, shared by both renderers, so a swap moves no label.
import {boxesOverlap, type Box} from './label-layout';
import {CHANGE_LABEL} from './draw-spec';

/** A moved unit's label text, "Northamptonshire: moves": one wording, as its box's size (and so
 * where the layout puts it) follows from the text, in both renderers. */
export const changeText = (c: {label: string}): string => `${c.label}: moves`;

/** The box of a "… : moves" label whose area point is (x, y): CHANGE_LABEL's box, `above` the point. */
export function changeLabelBox(text: string, x: number, y: number): Box {
  const half = (text.length * CHANGE_LABEL.charWidth + 2 * CHANGE_LABEL.padding) / 2;
  const y1 = y - CHANGE_LABEL.above;
  return {x0: x - half, x1: x + half, y0: y1 - CHANGE_LABEL.height, y1};
}

/** A "…: moves" label to place: the moved unit (a whole area or a single part: both take part
 * alike), its text and its point in CSS pixels. */
export interface ChangeLabelInput {
  id: string;
  text: string;
  x: number;
  y: number;
}

/** A placed "moves" label: shifted (dx, dy) CSS pixels from its usual spot above the point, and
 * the box it then covers (changeLabelBox shifted), the obstacle region names keep off. */
export interface PlacedChangeLabel extends ChangeLabelInput {
  dx: number;
  dy: number;
  box: Box;
}

/** Space kept clear around a "moves" box when another is placed, CSS pixels: the HTML label is
 * up to 2.4 px taller than CHANGE_LABEL.height (12 px text at line height 1.2, 2 px borders). */
const CHANGE_GAP = 3;

/** Shifts tried for a "moves" label, in order, from its usual spot: there (so labels that never
 * collided stay put), stacked above, below the point, then beside. */
function changeShifts(width: number): [number, number][] {
  const step = CHANGE_LABEL.height + CHANGE_GAP;
  const below = CHANGE_LABEL.height + 2 * CHANGE_LABEL.above;
  const shifts: [number, number][] = [[0, 0]];
  for (let k = 1; k <= 4; k++) shifts.push([0, -k * step], [0, below + (k - 1) * step]);
  for (const dx of [width / 2 + CHANGE_GAP, -(width / 2 + CHANGE_GAP)])
    for (const dy of [0, -step, below, -2 * step, below + step]) shifts.push([dx, dy]);
  return shifts;
}

/**
 * The "moves" labels of a comparison, none overlapping another (issue 19: an area's and a single
 * part's labels near each other, e.g. a whole area and a single part of its neighbour), in input order,
 * each at the first spot of changeShifts whose box (with CHANGE_GAP around it) meets no label
 * placed before it. Labels beyond CHANGE_LABEL.maxShown are not drawn ([]); a label with no free
 * spot (none in practice: 19 spots for at most 6 labels) keeps its usual one rather than go
 * missing. Screen geometry only, shared by both renderers.
 */
export function placeChangeLabels(labels: readonly ChangeLabelInput[]): PlacedChangeLabel[] {
  if (labels.length > CHANGE_LABEL.maxShown) return [];
  const taken: Box[] = [];
  return labels.map((l) => {
    const home = changeLabelBox(l.text, l.x, l.y);
    const shifts = changeShifts(home.x1 - home.x0);
    const [dx, dy] =
      shifts.find(([sx, sy]) => {
        const grown = grow(shift(home, sx, sy), CHANGE_GAP / 2);
        return !taken.some((b) => boxesOverlap(b, grown));
      }) ?? shifts[0]!;
    const box = shift(home, dx, dy);
    taken.push(grow(box, CHANGE_GAP / 2));
    return {...l, dx, dy, box};
  });
}

const shift = (b: Box, dx: number, dy: number): Box => ({
  x0: b.x0 + dx,
  x1: b.x1 + dx,
  y0: b.y0 + dy,
  y1: b.y1 + dy,
});
const grow = (b: Box, by: number): Box => ({
  x0: b.x0 - by,
  x1: b.x1 + by,
  y0: b.y0 - by,
  y1: b.y1 + by,
});
