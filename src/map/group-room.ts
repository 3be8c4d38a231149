// Where in a group a name has room (issue 20): the group's cells on a 3 px grid, and the spots
// where a box of a given size fits with the widest margin, the way a pole of inaccessibility is
// the point farthest from the edge. Found once per layout and per group, only for names that do
// not fit at their usual spots; group-inside.ts's exact test has the last word.
/** A ring of a group's area in CSS pixels (x, y pairs) with its box. */
export interface Ring {
  points: Float64Array;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Grid cell size, CSS pixels: fine enough for a 13 px name, coarse enough to lay out on zoom. */
const CELL = 3;
/** Spots returned per box size: the layout stops at the first that no other name covers. */
const MAX_SPOTS = 40;

/** A group's cells over the map: `filled[j * cols + i]` is 1 when the centre of cell (i, j) is
 * inside; `sums` is its summed-area table ((cols + 1) × (rows + 1)). */
export interface Grid {
  x0: number;
  y0: number;
  cols: number;
  rows: number;
  sums: Int32Array;
  /** The middle of the inside cells, CSS pixels: of equally roomy spots, the nearest wins. */
  middle: [number, number];
}

/** The group's cells within `bounds` (its box on the map), or null when none is inside. A cell
 * is inside when its centre is, by even–odd over all the group's rings (its areas do not
 * overlap), filled row by row from where the rings cross each row's centre line. */
export function rasterise(
  polygons: Ring[][],
  bounds: {x0: number; y0: number; x1: number; y1: number},
): Grid | null {
  const cols = Math.floor((bounds.x1 - bounds.x0) / CELL);
  const rows = Math.floor((bounds.y1 - bounds.y0) / CELL);
  if (cols <= 0 || rows <= 0) return null;
  const crossings: number[][] = Array.from({length: rows}, () => []);
  const rowOf = (y: number) => (y - bounds.y0) / CELL - 0.5;
  for (const {points} of polygons.flat()) {
    const n = points.length / 2;
    for (let i = 0, k = n - 1; i < n; k = i++) {
      const [xa, ya, xb, yb] = [
        points[2 * i]!,
        points[2 * i + 1]!,
        points[2 * k]!,
        points[2 * k + 1]!,
      ];
      const from = Math.max(0, Math.ceil(rowOf(Math.min(ya, yb))));
      const to = Math.min(rows - 1, Math.ceil(rowOf(Math.max(ya, yb))) - 1);
      for (let j = from; j <= to; j++) {
        const y = bounds.y0 + (j + 0.5) * CELL;
        crossings[j]!.push(xa + ((xb - xa) * (y - ya)) / (yb - ya));
      }
    }
  }
  const sums = new Int32Array((cols + 1) * (rows + 1));
  let [n, sx, sy] = [0, 0, 0];
  for (let j = 0; j < rows; j++) {
    const xs = crossings[j]!.sort((a, b) => a - b);
    const y = bounds.y0 + (j + 0.5) * CELL;
    let [row, next, inside] = [0, 0, false];
    for (let i = 0; i < cols; i++) {
      const x = bounds.x0 + (i + 0.5) * CELL;
      while (next < xs.length && xs[next]! <= x) [next, inside] = [next + 1, !inside];
      if (inside) [row, n, sx, sy] = [row + 1, n + 1, sx + x, sy + y];
      sums[(j + 1) * (cols + 1) + i + 1] = sums[j * (cols + 1) + i + 1]! + row;
    }
  }
  if (n === 0) return null;
  return {x0: bounds.x0, y0: bounds.y0, cols, rows, sums, middle: [sx / n, sy / n]};
}

/** Centres where a w × h box (its cells, with a cell to spare round it) lies inside, the ones
 * with the widest margin first (so a name sits well inside, like a pole of inaccessibility),
 * then nearest the group's middle; at most MAX_SPOTS. */
export function roomySpots(grid: Grid, w: number, h: number): [number, number][] {
  const {x0, y0, cols, rows, sums, middle} = grid;
  const bw = Math.ceil(w / CELL) + 1;
  const bh = Math.ceil(h / CELL) + 1;
  const full = (i: number, j: number, m: number) => {
    const a = i - m;
    const b = j - m;
    const c = i + bw + m;
    const d = j + bh + m;
    if (a < 0 || b < 0 || c > cols || d > rows) return false;
    const s = sums[d * (cols + 1) + c]! - sums[b * (cols + 1) + c]!;
    return s - sums[d * (cols + 1) + a]! + sums[b * (cols + 1) + a]! === (c - a) * (d - b);
  };
  const found: {x: number; y: number; m: number}[] = [];
  for (let j = 0; j + bh <= rows; j++)
    for (let i = 0; i + bw <= cols; i++) {
      if (!full(i, j, 0)) continue;
      let m = 0;
      while (m < 8 && full(i, j, m + 1)) m++;
      found.push({x: x0 + (i + bw / 2) * CELL, y: y0 + (j + bh / 2) * CELL, m});
    }
  const d2 = (p: {x: number; y: number}) => (p.x - middle[0]) ** 2 + (p.y - middle[1]) ** 2;
  found.sort((p, q) => q.m - p.m || d2(p) - d2(q));
  return found.slice(0, MAX_SPOTS).map((p): [number, number] => [p.x, p.y]);
}
