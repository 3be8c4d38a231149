// Pixel layout of a horizontal bar chart from its width: pure, so unit tests can check that
// bars are proportional to their values and that nothing runs off the side at 360 px.
import {scaleLinear, type ScaleLinear} from 'd3-scale';
import type {Bar, Marker} from './chart-types';

/** Below this width a bar's label goes on its own line above the bar. */
export const NARROW = 520;
/** Estimated advance of one character of 14 px Arial/Frutiger text (no DOM measuring: the
 * layout must be the same in tests, the prerender and print). */
export const CHAR_PX = 7.4;
/** The widest a label column gets when wide (px). */
export const LABEL_MAX = 210;
/** A colour swatch before a label (HBarChart's `swatches`): its side, and the room it takes
 * with the gap after it. */
export const SWATCH = 12;
export const SWATCH_ROOM = SWATCH + 6;

export interface BarLayout {
  narrow: boolean;
  width: number;
  height: number;
  /** Left edge of the bars (0 when narrow). */
  plotX: number;
  /** Width from plotX to the largest value's bar end. */
  plotWidth: number;
  /** Space above the first row, for the marker's label. */
  top: number;
  rowHeight: number;
  barHeight: number;
  /** y of a row's bar (top edge). */
  barY(index: number): number;
  /** x scale from value to length in px (domain starts at 0). */
  x: ScaleLinear<number, number>;
  /** Label width when wide, swatch included (labels are cut to it, the full text in a <title>). */
  labelWidth: number;
  /** Estimated px per character at this layout's type size. */
  charPx: number;
  /** Room before (narrow) or after (wide) each label for its swatch; 0 without swatches. */
  swatchRoom: number;
}

/** 'dense': 12 px type and tight rows, labels always beside the bars (the board pack's A4
 * sheet, where several options share a page). */
export type BarDensity = 'normal' | 'dense';
/** px per character of 12 px type. */
export const DENSE_CHAR_PX = 6.4;

/** The layout of `bars` in `width` px, with room at the right for the longest value text. */
/** `domainMax`: the value at the plot's right edge when charts must share one scale (the board
 * pack's options side by side); at least the largest bar and the marker. */
export function barLayout(
  bars: readonly Bar[],
  width: number,
  marker?: Marker | null,
  density: BarDensity = 'normal',
  swatches = false,
  domainMax = 0,
): BarLayout {
  const dense = density === 'dense';
  const charPx = dense ? DENSE_CHAR_PX : CHAR_PX;
  const textPx = (s: string) => s.length * charPx;
  const narrow = !dense && width < NARROW;
  const swatchRoom = swatches ? SWATCH_ROOM : 0;
  const labelWidth = narrow
    ? 0
    : Math.min(
        LABEL_MAX,
        Math.max(...bars.map((b) => textPx(b.label)), 40) + 12,
        width * (dense ? 0.42 : 0.35),
      ) + swatchRoom;
  const valueRoom = Math.min(
    width * 0.5,
    Math.max(...bars.map((b) => textPx(endText(b, narrow))), 40) + 10,
  );
  const plotX = labelWidth;
  const plotWidth = Math.max(40, width - plotX - valueRoom);
  const max = Math.max(domainMax, marker?.value ?? 0, ...bars.map((b) => b.value ?? 0));
  const x = scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .range([0, plotWidth]);
  const top = marker ? (dense ? 18 : 22) : 4;
  const rowHeight = dense ? 20 : narrow ? 46 : 30;
  const barHeight = dense ? 13 : 18;
  const barY = (i: number) => top + i * rowHeight + (narrow ? 22 : (rowHeight - barHeight) / 2);
  return {
    narrow,
    width,
    height: top + bars.length * rowHeight + 4,
    plotX,
    plotWidth,
    top,
    rowHeight,
    barHeight,
    barY,
    x,
    labelWidth,
    charPx,
    swatchRoom,
  };
}

/** What is written after a bar: value, note and marks, e.g. "8,955,004 ★ Best". When
 * `narrow`, the marks go on the label's line instead (labelText), where there is room. */
export function endText(bar: Bar, narrow = false): string {
  return [bar.valueText, bar.note ? `(${bar.note})` : '', ...(narrow ? [] : (bar.marks ?? []))]
    .filter(Boolean)
    .join(' ');
}

/** The label as written: when `narrow` (its own line above the bar), with the marks after it
 * ("Before ★ Best ⚠ Under 95.0%") and cut with an ellipsis to the chart's width. */
export function labelText(
  bar: Bar,
  layout: Pick<BarLayout, 'narrow' | 'width' | 'swatchRoom' | 'charPx' | 'labelWidth'>,
): string {
  if (!layout.narrow)
    return fitText(bar.label, layout.labelWidth - 10 - layout.swatchRoom, layout.charPx);
  const marks = bar.marks?.length ? `  ${bar.marks.join(' ')}` : '';
  return `${fitText(bar.label, layout.width - layout.swatchRoom - marks.length * layout.charPx - 4, layout.charPx)}${marks}`;
}

/** `text` cut to fit `px` with an ellipsis. */
export function fitText(text: string, px: number, charPx = CHAR_PX): string {
  const n = Math.floor(px / charPx);
  return text.length <= n ? text : `${text.slice(0, Math.max(1, n - 1))}…`;
}
