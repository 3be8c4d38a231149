// A chart as a PNG, to paste into slides and papers: its title and summary above, the drawing
// (serialised SVG: every colour is a presentation attribute; the type size is set on the clone,
// as no stylesheet travels with it), then the source and the licence's attribution below.
import {INK} from './patterns';
import {snapshotSvg} from '../../map/svg/snapshot';
import {exposeForTests} from '../../map/test-hooks';
import {FONT} from '../export/png-flow-key';
import {wrapText} from '../export/png';

const PAD = 16;
const GREY = '#4c6272';

/** The text drawn into the last chart picture, for the browser tests. */
let drawnText: string[] = [];
exposeForTests('__footprintChartPng', {text: () => drawnText});

export interface ChartPngText {
  title: string;
  summary: string;
  source?: string;
  /** Lines drawn under the chart before the source (its key, notes on shared colours). */
  notes?: string[];
  /** The geography's attribution line (its manifest's), drawn last. */
  attribution: string;
}

/** A PNG of `svg` with its words; rejects when the browser cannot draw it (message in words). */
export async function chartPng(svg: SVGSVGElement, text: ChartPngText): Promise<Blob> {
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const style = getComputedStyle(svg);
  clone.setAttribute('font-family', FONT);
  clone.setAttribute('font-size', style.fontSize || '14px');
  const picture = await snapshotSvg(clone, {width, height});
  const canvasWidth = width + 2 * PAD;
  const measure = document.createElement('canvas').getContext('2d')!;
  measure.font = `bold 16px ${FONT}`;
  const titleLines = wrapText(measure, text.title, width);
  measure.font = `14px ${FONT}`;
  const summaryLines = wrapText(measure, text.summary, width);
  measure.font = `12px ${FONT}`;
  const notes = [
    ...(text.notes ?? []),
    text.source ? `Source: ${text.source}.` : '',
    `${text.attribution.replace(/^Source: /, '')}.`,
  ].filter(Boolean);
  const noteLines = notes.flatMap((n) => wrapText(measure, n, width));
  const top = PAD + titleLines.length * 20 + summaryLines.length * 18 + 8;
  const canvasHeight = top + height + 8 + noteLines.length * 16 + PAD;
  const scale = picture.pixelRatio;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(canvasWidth * scale);
  canvas.height = Math.round(canvasHeight * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw the picture');
  drawnText = [];
  const write = (line: string, x: number, y: number) => {
    drawnText.push(line);
    ctx.fillText(line, x, y);
  };
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvasWidth, canvasHeight);
  ctx.textBaseline = 'top';
  ctx.fillStyle = INK;
  ctx.font = `bold 16px ${FONT}`;
  titleLines.forEach((l, i) => write(l, PAD, PAD + i * 20));
  ctx.font = `14px ${FONT}`;
  summaryLines.forEach((l, i) => write(l, PAD, PAD + titleLines.length * 20 + i * 18));
  ctx.drawImage(await loadImage(picture.dataUrl), PAD, top, width, height);
  ctx.fillStyle = GREY;
  ctx.font = `12px ${FONT}`;
  noteLines.forEach((l, i) => write(l, PAD, top + height + 8 + i * 16));
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new Error('The picture could not be made'))),
      'image/png',
    ),
  );
}

function loadImage(src: string): Promise<HTMLImageElement> {
  const img = new Image();
  img.src = src;
  return img.decode().then(() => img);
}
