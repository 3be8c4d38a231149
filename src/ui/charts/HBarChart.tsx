// Horizontal bars with their labels and values written out, optionally a reference line (an
// equal share, England's figure). Bars carry data-value and an exact pixel width so browser
// tests can read lengths against the numbers. A null value draws no bar and says so.
import type {Bar, Marker} from './chart-types';
import {barLayout, endText, labelText, SWATCH, type BarDensity, type BarLayout} from './bar-layout';
import {fillOf, INK, PatternDefs, patternLookup} from './patterns';
import {Swatch} from './chart-marks';

const GREY = '#4c6272';

export interface HBarChartProps {
  bars: readonly Bar[];
  width: number;
  marker?: Marker | null;
  /** Unique on the page: prefixes pattern ids. */
  scope: string;
  /** Ids of the caption elements naming the chart. */
  labelledBy: string;
  density?: BarDensity;
  /** A square of each bar's fill before its label: where the colour means something (a
   * region), it can then be read on a bar too short to show it. */
  swatches?: boolean;
  /** One scale for several charts: the value at the right edge (see barLayout). */
  domainMax?: number;
}

export function HBarChart({
  bars,
  width,
  marker,
  scope,
  labelledBy,
  density = 'normal',
  swatches = false,
  domainMax = 0,
}: HBarChartProps) {
  const layout = barLayout(bars, width, marker, density, swatches, domainMax);
  const {plotX, x, barY, barHeight, narrow, swatchRoom} = layout;
  const fills = bars.map((b) => b.fill);
  const ids = patternLookup(scope, fills);
  return (
    <svg
      className={`fp-chart__svg fp-chart__svg--${density}`}
      width={width}
      height={layout.height}
      role="img"
      aria-labelledby={labelledBy}
      data-chart-scale={x(1) - x(0)}
    >
      <PatternDefs scope={scope} fills={fills} />
      {/* First, so the bars sit over the line; it is broken where it would cross a figure. */}
      {marker && (
        <MarkerLine
          x={plotX + x(marker.value) - x(0)}
          top={layout.top}
          bottom={layout.height - 2}
          label={marker.label}
          width={width}
          gaps={textGaps(bars, layout, plotX + x(marker.value) - x(0))}
        />
      )}
      {bars.map((b, i) => {
        const y = barY(i);
        const length = b.value === null ? 0 : Math.max(0, x(b.value) - x(0));
        const label = labelText(b, layout);
        // Narrow: swatch, then the label, on the line above the bar. Wide: label, then the
        // swatch, just left of the bar.
        const labelY = narrow ? y - 6 : y + barHeight / 2;
        return (
          <g key={b.key} className="fp-chart__row" data-key={b.key}>
            {swatches && (
              <Swatch
                className="fp-chart__swatch"
                x={narrow ? 0.5 : plotX - 8 - SWATCH + 0.5}
                y={narrow ? labelY - SWATCH + 1.5 : labelY - SWATCH / 2}
                fill={fillOf(b.fill, ids)}
              />
            )}
            <text
              x={narrow ? swatchRoom : plotX - 8 - swatchRoom}
              y={labelY}
              dy={narrow ? 0 : '0.35em'}
              textAnchor={narrow ? 'start' : 'end'}
              fill={INK}
            >
              {!label.startsWith(b.label) && <title>{b.label}</title>}
              {label}
            </text>
            {b.value === null ? (
              <text
                x={plotX}
                y={y + barHeight / 2}
                dy="0.35em"
                fill={GREY}
                className="fp-chart__missing"
              >
                {b.valueText}
              </text>
            ) : (
              <>
                <rect
                  className="fp-chart__bar"
                  data-testid="chart-bar"
                  data-value={b.value}
                  x={plotX}
                  y={y}
                  width={length}
                  height={barHeight}
                  fill={fillOf(b.fill, ids)}
                  stroke={INK}
                  strokeWidth={1}
                />
                <text
                  x={plotX + length + 6}
                  y={y + barHeight / 2}
                  dy="0.35em"
                  fill={INK}
                  className="fp-chart__value"
                >
                  {endText(b, narrow)}
                </text>
              </>
            )}
          </g>
        );
      })}
    </svg>
  );
}

/** The vertical spans [y0, y1] where the line at `lineX` would cross a label or a figure. */
function textGaps(bars: readonly Bar[], layout: BarLayout, lineX: number): [number, number][] {
  const {plotX, x, barY, barHeight, narrow, charPx, swatchRoom} = layout;
  return bars.flatMap((b, i): [number, number][] => {
    const y = barY(i);
    const end = plotX + (b.value === null ? 0 : x(b.value) - x(0)) + (b.value === null ? 0 : 6);
    const text = b.value === null ? b.valueText : endText(b, narrow);
    const gaps: [number, number][] = [];
    // The whole row: a line broken only at the figure's height still seems to run through it.
    const pad = (layout.rowHeight - barHeight) / 2;
    if (lineX >= end - 3 && lineX <= end + text.length * charPx + 3)
      gaps.push([y - (narrow ? 2 : pad), y + barHeight + (narrow ? 2 : pad)]);
    if (narrow && lineX <= swatchRoom + labelText(b, layout).length * charPx + 3)
      gaps.push([y - 20, y - 2]);
    return gaps;
  });
}

/** [y0, y1] pieces of the span top…bottom with the gaps left out. */
function pieces(
  top: number,
  bottom: number,
  gaps: readonly [number, number][],
): [number, number][] {
  const out: [number, number][] = [];
  let from = top;
  for (const [g0, g1] of [...gaps].sort((a, b) => a[0] - b[0])) {
    if (g0 > from) out.push([from, Math.min(g0, bottom)]);
    from = Math.max(from, g1);
  }
  if (from < bottom) out.push([from, bottom]);
  return out;
}

function MarkerLine({
  x,
  top,
  bottom,
  label,
  width,
  gaps,
}: {
  x: number;
  top: number;
  bottom: number;
  label: string;
  width: number;
  gaps: [number, number][];
}) {
  // The label sits above the line, kept inside the chart at either edge.
  const anchor = x > width * 0.6 ? 'end' : x < width * 0.2 ? 'start' : 'middle';
  return (
    <g className="fp-chart__marker" data-testid="chart-marker" data-x={x}>
      {pieces(top - 4, bottom, gaps).map(([y1, y2]) => (
        <line
          key={y1}
          x1={x}
          x2={x}
          y1={y1}
          y2={y2}
          stroke={INK}
          strokeWidth={1.5}
          strokeDasharray="4 3"
        />
      ))}
      <text x={x} y={top - 6} textAnchor={anchor} fill={INK} className="fp-chart__marker-label">
        {label}
      </text>
    </g>
  );
}
