// Horizontal bars with their labels and values written out, optionally a reference line (an
// equal share, England's figure). Bars carry data-value and an exact pixel width so browser
// tests can read lengths against the numbers. A null value draws no bar and says so.
import type {Bar, Marker} from './chart-types';
import {barLayout, CHAR_PX, endText, fitText} from './bar-layout';
import {fillOf, PatternDefs, patternLookup} from './patterns';

const INK = '#212b32';
const GREY = '#4c6272';

export interface HBarChartProps {
  bars: readonly Bar[];
  width: number;
  marker?: Marker | null;
  /** Unique on the page: prefixes pattern ids. */
  scope: string;
  /** Ids of the caption elements naming the chart. */
  labelledBy: string;
}

export function HBarChart({bars, width, marker, scope, labelledBy}: HBarChartProps) {
  const layout = barLayout(bars, width, marker);
  const {plotX, x, barY, barHeight, narrow, labelWidth} = layout;
  const fills = bars.map((b) => b.fill);
  const ids = patternLookup(scope, fills);
  return (
    <svg className="fp-chart__svg" width={width} height={layout.height} role="img" aria-labelledby={labelledBy} data-chart-scale={x(1) - x(0)}>
      <PatternDefs scope={scope} fills={fills} />
      {/* First, so the bars and their text sit over the line. */}
      {marker && <MarkerLine x={plotX + x(marker.value) - x(0)} top={layout.top} bottom={layout.height - 2} label={marker.label} width={width} />}
      {bars.map((b, i) => {
        const y = barY(i);
        const length = b.value === null ? 0 : Math.max(0, x(b.value) - x(0));
        const label = narrow ? b.label : fitText(b.label, labelWidth - 10);
        return (
          <g key={b.key} className="fp-chart__row" data-key={b.key}>
            {narrow && <rect className="fp-chart__text-bg" x={0} y={y - 20} width={label.length * CHAR_PX + 4} height={17} fill="#fff" />}
            <text x={narrow ? 0 : plotX - 8} y={narrow ? y - 6 : y + barHeight / 2} dy={narrow ? 0 : '0.35em'} textAnchor={narrow ? 'start' : 'end'} fill={INK}>
              {label !== b.label && <title>{b.label}</title>}
              {label}
            </text>
            {b.value === null ? (
              <text x={plotX} y={y + barHeight / 2} dy="0.35em" fill={GREY} className="fp-chart__missing">
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
                {/* A white ground, so the reference line never runs through the figure. */}
                <rect className="fp-chart__text-bg" x={plotX + length + 3} y={y} width={endText(b).length * CHAR_PX + 6} height={barHeight} fill="#fff" />
                <text x={plotX + length + 6} y={y + barHeight / 2} dy="0.35em" fill={INK} className="fp-chart__value">
                  {endText(b)}
                </text>
              </>
            )}
          </g>
        );
      })}
    </svg>
  );
}

function MarkerLine({x, top, bottom, label, width}: {x: number; top: number; bottom: number; label: string; width: number}) {
  // The label sits above the line, kept inside the chart at either edge.
  const anchor = x > width * 0.6 ? 'end' : x < width * 0.2 ? 'start' : 'middle';
  return (
    <g className="fp-chart__marker" data-testid="chart-marker">
      <line x1={x} x2={x} y1={top - 4} y2={bottom} stroke={INK} strokeWidth={1.5} strokeDasharray="4 3" />
      <text x={x} y={top - 8} textAnchor={anchor} fill={INK} className="fp-chart__marker-label">
        {label}
      </text>
    </g>
  );
}
