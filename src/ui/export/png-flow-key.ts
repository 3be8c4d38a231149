// The key to the flow arrows in the PNG export, so a picture pasted into a slide still says
// what a line's width and colour mean, what was counted and where the numbers came from. It
// follows the page's key (src/ui/flows/FlowLegend.tsx): same colours, dash, widths and steps.
import {withArticle, type Noun} from '../../domain/geography';
import {flowScale, flowWidth, legendVolumes} from '../../domain/flow-arrows';
import {measureLabel, type FlowDataset} from '../../domain/flow-dataset';
import {FLOW_COLOURS, FLOW_WITHIN_DASH} from '../../domain/flow-style';
import {formatCount} from '../../domain/format';

export interface PngFlowKey {
  /** The two arrow kinds' words: "crosses a region boundary (solid)", "stays within one region (dashed)". */
  kinds: [cross: string, within: string];
  /** "Width: admissions". */
  widthTitle: string;
  /** One arrow per round volume, up to the largest flow; widths in CSS pixels as on the map. */
  steps: {label: string; width: number}[];
  /** What is counted and its source: for a loaded file, its name and the unit the user gave. */
  notes: string[];
}

export const FONT = 'Arial, "Liberation Sans", Helvetica, sans-serif';
const TEXT = '#212b32';
const SECONDARY = '#4c6272';
const ARROW = 56;
const NOTE_LINE = 17;

/** The key's words and widths for a dataset and the smallest flow shown (minVolume, in its unit). */
export function flowKeyContent(dataset: FlowDataset, minVolume: number, groups: Noun): PngFlowKey {
  const scale = flowScale(dataset.flows);
  const steps = legendVolumes(scale, minVolume).map((v) => ({
    label: `${formatCount(v)}${v === scale.maxVolume ? ' (largest flow)' : ''}`,
    width: flowWidth(scale, v),
  }));
  const measure = measureLabel(dataset);
  const source =
    dataset.kind === 'file'
      ? `${dataset.source}; unit: ${dataset.unit}, as given when it was loaded.`
      : dataset.source;
  return {
    kinds: [
      `crosses ${withArticle(groups.one)} boundary (solid)`,
      `stays within one ${groups.one} (dashed)`,
    ],
    widthTitle: `Width: ${dataset.unit}`,
    steps,
    notes: [
      `Measure: ${measure.charAt(0).toUpperCase()}${measure.slice(1)}.`,
      `Flow source: ${source}`,
    ],
  };
}

type Wrap = (ctx: CanvasRenderingContext2D, text: string, width: number) => string[];

const rowHeight = (width: number) => Math.max(26, width + 12);

/** Height the key takes at `width` CSS pixels wide. */
export function flowKeyHeight(
  ctx: CanvasRenderingContext2D,
  key: PngFlowKey,
  width: number,
  wrap: Wrap,
): number {
  ctx.font = `13px ${FONT}`;
  const lines = key.notes.flatMap((n) => wrap(ctx, n, width)).length;
  return (
    30 +
    2 * rowHeight(3) +
    28 +
    key.steps.reduce((n, s) => n + rowHeight(s.width), 0) +
    8 +
    lines * NOTE_LINE
  );
}

/** Draws the key with its top-left at (x, y), `width` wide; returns the y below it. */
export function drawFlowKey(
  ctx: CanvasRenderingContext2D,
  key: PngFlowKey,
  x: number,
  y: number,
  width: number,
  wrap: Wrap,
): number {
  ctx.textBaseline = 'middle';
  ctx.fillStyle = TEXT;
  ctx.font = `bold 17px ${FONT}`;
  ctx.fillText('Arrows', x, y + 10, width);
  y += 30;
  const label = (text: string, rowY: number, h: number) => {
    ctx.fillStyle = TEXT;
    ctx.font = `14px ${FONT}`;
    ctx.fillText(text, x + ARROW + 12, rowY + h / 2, width - ARROW - 12);
  };
  for (const [colour, dashed, text] of [
    [FLOW_COLOURS.cross, false, key.kinds[0]],
    [FLOW_COLOURS.within, true, key.kinds[1]],
  ] as const) {
    const h = rowHeight(3);
    drawArrow(ctx, x, y + h / 2, 3, colour, dashed);
    label(text, y, h);
    y += h;
  }
  ctx.fillStyle = TEXT;
  ctx.font = `bold 15px ${FONT}`;
  ctx.fillText(key.widthTitle, x, y + 14, width);
  y += 28;
  for (const step of key.steps) {
    const h = rowHeight(step.width);
    drawArrow(ctx, x, y + h / 2, step.width, FLOW_COLOURS.cross, false);
    label(step.label, y, h);
    y += h;
  }
  y += 8;
  ctx.fillStyle = SECONDARY;
  ctx.font = `13px ${FONT}`;
  for (const line of key.notes.flatMap((n) => wrap(ctx, n, width))) {
    ctx.fillText(line, x, y + NOTE_LINE / 2, width);
    y += NOTE_LINE;
  }
  ctx.textBaseline = 'alphabetic';
  return y;
}

/** A straight arrow as the page's key draws it: line, then a head 1.6× the width. */
function drawArrow(
  ctx: CanvasRenderingContext2D,
  x: number,
  midY: number,
  width: number,
  colour: string,
  dashed: boolean,
) {
  const head = Math.max(9, width * 1.6);
  ctx.save();
  ctx.strokeStyle = colour;
  ctx.fillStyle = colour;
  ctx.lineWidth = width;
  ctx.lineCap = 'butt';
  ctx.setLineDash(dashed ? FLOW_WITHIN_DASH.map((n) => n * width) : []);
  ctx.beginPath();
  ctx.moveTo(x + 2, midY);
  ctx.lineTo(x + ARROW - head, midY);
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.beginPath();
  ctx.moveTo(x + ARROW - head, midY - head / 1.3);
  ctx.lineTo(x + ARROW + 2, midY);
  ctx.lineTo(x + ARROW - head, midY + head / 1.3);
  ctx.closePath();
  ctx.fill();
  ctx.restore();
}
