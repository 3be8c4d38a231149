// Every chart's frame: a caption that says what the chart shows and what it says, the SVG
// (role img, named by the caption), and the same numbers as a small table — the text
// alternative, for screen readers, for copying and for anyone who would rather read.
import {useId, useState, type ReactNode} from 'react';
import {downloadBlob} from '../export/download';
import type {TextColumn} from './chart-types';
import {useChartWidth} from './use-chart-width';
import type {ChartPngText} from './chart-png';
import {useGeographyFiles} from '../geography-context';

export interface ChartFigureProps<Row> {
  title: string;
  /** One sentence with the chart's main point, generated from the figures. */
  summary: string;
  /** Draws the chart at the panel's width (CSS px); `labelledBy` names the SVG. */
  children(width: number, labelledBy: string): ReactNode;
  /** The same numbers as a table, behind "Show the numbers". Leave out only where a table
   * beside the chart already has them, and say so in `summary`. */
  table?: {columns: TextColumn<Row>[]; rows: readonly Row[]; rowKey(row: Row): string};
  /** Source and vintage, e.g. "ONS mid-2018 population estimates". */
  source?: string;
  testId?: string;
  className?: string;
  /** The PNG's file name; no download button without one. */
  pngName?: string;
  /** Lines the picture needs that sit outside the SVG on the page (a key, notes). */
  pngNotes?: string[];
}

export function ChartFigure<Row>({
  title,
  summary,
  children,
  table,
  source,
  testId,
  className,
  pngName,
  pngNotes,
}: ChartFigureProps<Row>) {
  const id = useId();
  const [ref, width] = useChartWidth<HTMLDivElement>();
  return (
    <figure
      className={`fp-chart${className ? ` ${className}` : ''}`}
      data-testid={testId}
      aria-labelledby={`${id}-title`}
    >
      <figcaption className="fp-chart__caption">
        <span className="fp-chart__title" id={`${id}-title`}>
          {title}
        </span>{' '}
        <span className="fp-chart__summary" id={`${id}-summary`}>
          {summary}
        </span>
      </figcaption>
      <div className="fp-chart__plot" ref={ref}>
        {children(width, `${id}-title ${id}-summary`)}
      </div>
      {table && (
        <details className="fp-chart__numbers">
          <summary>Show the numbers in this chart</summary>
          <table className="nhsuk-table fp-chart__table">
            <caption className="fp-visually-hidden">{title}</caption>
            <thead>
              <tr>
                {table.columns.map((c) => (
                  <th key={c.label} scope="col" className={c.numeric ? 'fp-num' : undefined}>
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={table.rowKey(row)}>
                  {table.columns.map((c, i) =>
                    i === 0 ? (
                      <th key={c.label} scope="row">
                        {c.text(row)}
                      </th>
                    ) : (
                      <td key={c.label} className={c.numeric ? 'fp-num' : undefined}>
                        {c.text(row)}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      {source && <p className="fp-chart__source">Source: {source}</p>}
      {pngName && (
        <PngButton plot={ref} name={pngName} text={{title, summary, source, notes: pngNotes}} />
      )}
    </figure>
  );
}

/** Saves the chart as a PNG with its words; a failure is said beside the button. */
function PngButton({
  plot,
  name,
  text,
}: {
  plot: React.RefObject<HTMLDivElement | null>;
  name: string;
  text: Omit<ChartPngText, 'attribution'>;
}) {
  const files = useGeographyFiles();
  const [status, setStatus] = useState('');
  const save = async () => {
    // The chart's own drawing (role img), not a key's small glyphs beside it.
    const svg = plot.current?.querySelector<SVGSVGElement>('svg[role="img"]');
    if (!svg) return;
    setStatus('Making the picture…');
    try {
      // Loaded on first use: the picture code (and the map PNG's helpers) stay out of the page.
      const {chartPng} = await import('./chart-png');
      downloadBlob(
        await chartPng(svg, {...text, attribution: files?.geography.attribution ?? ''}),
        name,
      );
      setStatus('Picture saved.');
    } catch (err) {
      setStatus(
        `The picture could not be made: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
  };
  return (
    <p className="fp-chart__actions">
      <button type="button" className="fp-link-button" onClick={save}>
        Download this chart (PNG)<span className="fp-visually-hidden">: {text.title}</span>
      </button>{' '}
      <span aria-live="polite">{status}</span>
    </p>
  );
}
