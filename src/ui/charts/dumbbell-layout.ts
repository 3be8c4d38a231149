// Pixel layout of a dumbbell chart (one row per region: A's point, B's point, the change
// written at the end) from its width: pure, so unit tests can check that points sit at their
// values and that nothing overlaps or runs off the side at 360 px. Narrow: the label and the
// change share a line above the points, which get the whole width.
import {scaleLinear, type ScaleLinear} from 'd3-scale';
import {CHAR_PX, fitText, NARROW, SWATCH_ROOM} from './bar-layout';
import type {Dumbbell} from './chart-types';

/** Radius of both points (px): big enough for a pattern to show in B's fill. */
export const DOT_R = 7;
const LABEL_MAX = 260;
/** Height of the axis labels above the first row. */
const AXIS = 24;
export const CHANGE_HEADING = 'Change';

export interface Tick {
  value: number;
  x: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
}

export interface DumbbellLayout {
  narrow: boolean;
  width: number;
  height: number;
  /** Top of the first row (below the axis labels). */
  top: number;
  rowHeight: number;
  /** x of the swatch's left edge and of the label's start. */
  swatchX: number;
  labelX: number;
  /** Each row's label, cut to its room (the full text goes in a <title>). */
  labels: string[];
  /** Baseline of a row's label and end text. */
  textY(index: number): number;
  /** Centre line of a row's points. */
  dotY(index: number): number;
  /** Right edge of the end text (anchored at its end). */
  endX: number;
  /** Value → x in px, the whole plot (points' centres stay inside it). */
  x: ScaleLinear<number, number>;
  ticks: Tick[];
  /** Above the change column when wide (narrow, the change sits beside its label). */
  changeHeading: string | null;
  /** Baseline of the axis labels and the change heading. */
  axisY: number;
  /** Vertical extents [y1, y2] of the grid lines at each tick. */
  gridSpans: [number, number][];
}

export interface DumbbellOptions {
  /** Start the axis at zero (counts: positions are then proportional to the values); false
   * for shares that sit close together (containment), where the axis spans the values. */
  zeroBased: boolean;
  tickFormat(value: number): string;
}

export const textPx = (s: string) => s.length * CHAR_PX;

/** The layout of `rows` in `width` px. Never throws: no values give a 0–1 axis. */
export function dumbbellLayout(
  rows: readonly Dumbbell[],
  width: number,
  {zeroBased, tickFormat}: DumbbellOptions,
): DumbbellLayout {
  const narrow = width < NARROW;
  const top = AXIS;
  const endRoom = Math.min(
    width * 0.4,
    Math.max(...rows.map((r) => textPx(r.endText)), textPx(CHANGE_HEADING)) + 14,
  );
  const labelWidth = narrow
    ? 0
    : Math.min(
        LABEL_MAX,
        width * 0.35,
        Math.max(...rows.map((r) => textPx(r.label)), 40) + SWATCH_ROOM + 12,
      );
  const plotStart = labelWidth + DOT_R + 1;
  const plotEnd = (narrow ? width : width - endRoom) - DOT_R - 1;
  const tickCount = narrow ? 3 : 5;
  const x = scaleLinear()
    .domain(domainOf(rows, zeroBased))
    .range([plotStart, Math.max(plotStart + 40, plotEnd)])
    .nice(tickCount);
  const rowHeight = narrow ? 50 : 30;
  const dotY = (i: number) => top + i * rowHeight + (narrow ? 33 : rowHeight / 2);
  const labels = rows.map((r) =>
    fitText(
      r.label,
      narrow ? width - SWATCH_ROOM - textPx(r.endText) - 12 : labelWidth - SWATCH_ROOM - 8,
    ),
  );
  return {
    narrow,
    width,
    height: top + rows.length * rowHeight + 4,
    top,
    rowHeight,
    swatchX: 0,
    labelX: SWATCH_ROOM,
    labels,
    textY: (i) => top + i * rowHeight + (narrow ? 15 : rowHeight / 2 + 5),
    dotY,
    endX: width - 2,
    axisY: 14,
    x,
    // Wide, the change column has a heading on the axis line: ticks stop short of it.
    ticks: ticksOf(x, tickCount, tickFormat, narrow ? width : width - textPx(CHANGE_HEADING) - 28),
    changeHeading: narrow ? null : CHANGE_HEADING,
    // Narrow, the labels and changes cross the plot: grid lines only through the points' bands.
    gridSpans: narrow
      ? rows.map((_, i): [number, number] => [dotY(i) - DOT_R - 4, dotY(i) + DOT_R + 4])
      : [[top - 4, top + rows.length * rowHeight]],
  };
}

function domainOf(rows: readonly Dumbbell[], zeroBased: boolean): [number, number] {
  const values = rows
    .flatMap((r) => [r.a, r.b])
    .filter((v): v is number => v !== null && Number.isFinite(v));
  if (values.length === 0) return [0, 1];
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (zeroBased) lo = Math.min(0, lo);
  if (hi === lo) {
    const pad = Math.abs(hi) * 0.05 || 1;
    if (!zeroBased || lo !== 0) lo -= pad;
    hi += pad;
  }
  return [lo, hi];
}

/** d3's round ticks, their labels kept left of `width` and dropped where they would touch. */
function ticksOf(
  x: ScaleLinear<number, number>,
  count: number,
  format: (v: number) => string,
  width: number,
): Tick[] {
  const placed: Tick[] = [];
  let lastRight = -Infinity;
  for (const value of x.ticks(count)) {
    const px = x(value);
    const text = format(value);
    const w = textPx(text);
    const anchor: Tick['anchor'] = px - w / 2 < 0 ? 'start' : px + w / 2 > width ? 'end' : 'middle';
    const left = anchor === 'start' ? px : anchor === 'end' ? px - w : px - w / 2;
    if (left < lastRight + 12 || left + w > width) continue;
    placed.push({value, x: px, text, anchor});
    lastRight = left + w;
  }
  return placed;
}
