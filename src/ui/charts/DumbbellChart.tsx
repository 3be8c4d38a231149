// A dumbbell per row: A's value as a hollow circle, B's as a filled circle in the row's colour
// (patterned where two rows share one) with a dark outline, a line between, and the change
// written at the end. Points carry data-a / data-b and their exact cx, and the SVG its scale
// (data-origin: x of 0, data-scale: px per unit), so browser tests can read positions against
// the numbers. A row with one point or none says why in its end text. The viewBox only matters
// where the page is narrower than the chart was laid out for (print): it scales down to fit.
import type {Dumbbell} from './chart-types';
import {SWATCH} from './bar-layout';
import {dumbbellLayout, type DumbbellOptions} from './dumbbell-layout';
import {DumbbellPoint, Swatch} from './chart-marks';
import {fillOf, INK, PatternDefs, patternLookup} from './patterns';

const GRID = '#d8dde0';
const GREY = '#4c6272';

export interface DumbbellChartProps extends DumbbellOptions {
  rows: readonly Dumbbell[];
  width: number;
  /** Unique on the page: prefixes pattern ids. */
  scope: string;
  /** Ids of the caption elements naming the chart. */
  labelledBy: string;
}

export function DumbbellChart({
  rows,
  width,
  scope,
  labelledBy,
  zeroBased,
  tickFormat,
}: DumbbellChartProps) {
  const layout = dumbbellLayout(rows, width, {zeroBased, tickFormat});
  const {x, ticks, gridSpans, height} = layout;
  const fills = rows.map((r) => r.fill);
  const ids = patternLookup(scope, fills);
  return (
    <svg
      className="fp-chart__svg fp-dumbbell"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={labelledBy}
      data-origin={x(0)}
      data-scale={x(1) - x(0)}
    >
      <PatternDefs scope={scope} fills={fills} />
      <g className="fp-dumbbell__axis" aria-hidden="true">
        {ticks.map((t) => (
          <g key={t.value}>
            {gridSpans.map(([y1, y2]) => (
              <line key={y1} x1={t.x} x2={t.x} y1={y1} y2={y2} stroke={GRID} strokeWidth={1} />
            ))}
            <text x={t.x} y={layout.axisY} textAnchor={t.anchor} fill={GREY}>
              {t.text}
            </text>
          </g>
        ))}
        {layout.changeHeading && (
          <text
            x={layout.endX}
            y={layout.axisY}
            textAnchor="end"
            fill={INK}
            className="fp-dumbbell__heading"
            fontWeight={600}
          >
            {layout.changeHeading}
          </text>
        )}
      </g>
      {rows.map((r, i) => {
        const y = layout.dotY(i);
        const ty = layout.textY(i);
        const label = layout.labels[i]!;
        const xa = r.a === null ? null : x(r.a);
        const xb = r.b === null ? null : x(r.b);
        const fill = fillOf(r.fill, ids);
        return (
          <g key={r.key} className="fp-chart__row" data-key={r.key} data-testid="dumbbell-row">
            <Swatch
              className="fp-chart__swatch fp-dumbbell__swatch"
              x={layout.swatchX + 0.5}
              y={ty - SWATCH + 1.5}
              fill={fill}
            />
            <text x={layout.labelX} y={ty} fill={INK} className="fp-dumbbell__label">
              {label !== r.label && <title>{r.label}</title>}
              {label}
            </text>
            {xa !== null && xb !== null && (
              <line
                className="fp-dumbbell__link"
                x1={xa}
                x2={xb}
                y1={y}
                y2={y}
                stroke={INK}
                strokeWidth={2}
              />
            )}
            {xa !== null && <DumbbellPoint side="a" cx={xa} cy={y} value={r.a!} title={r.aTitle} />}
            {xb !== null && (
              <DumbbellPoint side="b" cx={xb} cy={y} fill={fill} value={r.b!} title={r.bTitle} />
            )}
            <text
              x={layout.endX}
              y={ty}
              textAnchor="end"
              fill={xa === null || xb === null ? GREY : INK}
              className="fp-dumbbell__change"
              data-testid="dumbbell-change"
            >
              {r.endText}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
