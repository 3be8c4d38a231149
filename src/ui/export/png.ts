// The PNG export: the map as drawn, with what makes it readable on its own once it is pasted
// into a slide or an email: a title naming the option, its date, the legend, the date of the
// export and the attribution the licence requires.
import {exposeForTests} from '../../map/test-hooks';
import type {MapSnapshot} from './map-snapshot';
import {drawFlowKey, flowKeyHeight, FONT, type PngFlowKey} from './png-flow-key';

export interface PngLegendItem {
  name: string;
  colour: string;
  detail: string;
}

export interface PngContent {
  title: string;
  subtitle: string;
  legendTitle: string;
  legend: PngLegendItem[];
  /** Lines under the map: selection, source, attribution. */
  notes: string[];
  /** The arrows' key, when flows are on the map. */
  flowKey?: PngFlowKey;
}

/** Every piece of text drawn into the last picture, for the browser tests (what the PNG says,
 * not what it was asked to say). */
let drawnText: string[] = [];
exposeForTests('__footprintPng', {text: () => drawnText});

const NHS_BLUE = '#005eb8';
const TEXT = '#212b32';
const SECONDARY = '#4c6272';
const HEADER = 76;
const LEGEND_WIDTH = 300;
const PAD = 16;
const NOTE_LINE = 18;
const FALLBACK_MAP = {width: 640, height: 720};
/** Space between the regions' legend and the arrows' key. */
const KEY_GAP = 16;

function recordText(ctx: CanvasRenderingContext2D) {
  drawnText = [];
  const fill = ctx.fillText.bind(ctx);
  ctx.fillText = (text, x, y, maxWidth) => {
    drawnText.push(text);
    fill(text, x, y, maxWidth);
  };
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('The map picture could not be read'));
    img.src = src;
  });
}

/** Breaks text into lines no wider than `width` at the context's current font. */
export function wrapText(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export async function composePng(snapshot: MapSnapshot | null, content: PngContent): Promise<Blob> {
  const mapW = snapshot?.width ?? FALLBACK_MAP.width;
  const mapH = snapshot?.height ?? FALLBACK_MAP.height;
  const scale = Math.max(1, snapshot?.pixelRatio ?? 1);
  const width = mapW + LEGEND_WIDTH;

  // Measure the notes first: the canvas height depends on how many lines they wrap to.
  const measure = document.createElement('canvas').getContext('2d')!;
  measure.font = `13px ${FONT}`;
  const noteLines = content.notes.flatMap((n) => wrapText(measure, n, width - 2 * PAD));
  const keyWidth = LEGEND_WIDTH - 2 * PAD;
  const keyHeight = content.flowKey
    ? KEY_GAP + flowKeyHeight(measure, content.flowKey, keyWidth, wrapText)
    : 0;
  const legendHeight = 56 + content.legend.length * 44 + keyHeight;
  const bodyH = Math.max(mapH, legendHeight);
  const height = HEADER + bodyH + PAD + noteLines.length * NOTE_LINE + PAD;

  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d')!;
  recordText(ctx);
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);

  // Title band.
  ctx.fillStyle = NHS_BLUE;
  ctx.fillRect(0, 0, width, HEADER);
  ctx.fillStyle = '#ffffff';
  ctx.textBaseline = 'alphabetic';
  ctx.font = `bold 24px ${FONT}`;
  ctx.fillText(content.title, PAD, 34, width - 2 * PAD);
  ctx.font = `15px ${FONT}`;
  ctx.fillText(content.subtitle, PAD, 60, width - 2 * PAD);

  // The map, or a plain note where the browser could not draw it.
  if (snapshot) {
    ctx.drawImage(await loadImage(snapshot.dataUrl), 0, HEADER, mapW, mapH);
    ctx.font = `bold 13px ${FONT}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    for (const label of snapshot.labels) {
      ctx.lineWidth = 4;
      ctx.strokeStyle = 'rgba(255,255,255,0.95)';
      ctx.strokeText(label.text, label.x, HEADER + label.y);
      ctx.fillStyle = TEXT;
      ctx.fillText(label.text, label.x, HEADER + label.y);
    }
    ctx.textAlign = 'left';
  } else {
    ctx.fillStyle = '#e8edee';
    ctx.fillRect(0, HEADER, mapW, mapH);
    ctx.fillStyle = TEXT;
    ctx.font = `15px ${FONT}`;
    ctx.fillText('The map could not be drawn in this browser (no WebGL).', PAD, HEADER + 32);
  }

  // Legend.
  const lx = mapW + PAD;
  let y = HEADER + 30;
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = TEXT;
  ctx.font = `bold 17px ${FONT}`;
  ctx.fillText(content.legendTitle, lx, y, LEGEND_WIDTH - 2 * PAD);
  y += 20;
  for (const item of content.legend) {
    ctx.fillStyle = item.colour;
    ctx.fillRect(lx, y, 24, 24);
    ctx.strokeStyle = TEXT;
    ctx.lineWidth = 2;
    ctx.strokeRect(lx + 1, y + 1, 22, 22);
    ctx.fillStyle = TEXT;
    ctx.font = `15px ${FONT}`;
    ctx.fillText(item.name, lx + 34, y + 12, LEGEND_WIDTH - 34 - 2 * PAD);
    ctx.fillStyle = SECONDARY;
    ctx.font = `13px ${FONT}`;
    ctx.fillText(item.detail, lx + 34, y + 30, LEGEND_WIDTH - 34 - 2 * PAD);
    y += 44;
  }
  if (content.flowKey) drawFlowKey(ctx, content.flowKey, lx, y - 8 + KEY_GAP, keyWidth, wrapText);

  // Notes and attribution.
  ctx.fillStyle = '#d8dde0';
  ctx.fillRect(0, HEADER + bodyH, width, 1);
  ctx.fillStyle = SECONDARY;
  ctx.font = `13px ${FONT}`;
  noteLines.forEach((line, i) =>
    ctx.fillText(line, PAD, HEADER + bodyH + PAD + 10 + i * NOTE_LINE),
  );

  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be made'))),
      'image/png',
    ),
  );
}
