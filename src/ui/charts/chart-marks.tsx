// The small marks several charts draw, written once so that a chart and its key draw the same
// thing: a row's colour swatch (bar and dumbbell charts) and a dumbbell's A and B points (the
// dumbbell chart and the comparison chart's key).
import type {ReactNode} from 'react';
import {SWATCH} from './bar-layout';
import {DOT_R} from './dumbbell-layout';
import {INK} from './patterns';

/** A square of `fill` (a colour or fillOf's pattern) with a dark 1 px edge, SWATCH px across
 * with its edge; (x, y) is its top-left corner as drawn (callers add the half pixels). */
export function Swatch({
  className,
  x,
  y,
  fill,
}: {
  className: string;
  x: number;
  y: number;
  fill: string;
}) {
  return (
    <rect
      className={className}
      x={x}
      y={y}
      width={SWATCH - 1}
      height={SWATCH - 1}
      fill={fill}
      stroke={INK}
      strokeWidth={1}
    />
  );
}

/** A dumbbell's point at (cx, cy): A's a hollow circle with a 2 px edge, one px smaller than B's
 * so both show where they meet; B's filled with `fill`. With `value`, the point carries it
 * (data-a / data-b) and its test id for the browser tests; `title` is its tooltip. */
export function DumbbellPoint({
  side,
  cx,
  cy,
  fill = '#fff',
  value,
  title,
}: {
  side: 'a' | 'b';
  cx: number;
  cy: number;
  fill?: string;
  value?: number;
  title?: ReactNode;
}) {
  const a = side === 'a';
  return (
    <circle
      className={`fp-dumbbell__${side}`}
      data-testid={value === undefined ? undefined : `dumbbell-${side}`}
      data-a={a ? value : undefined}
      data-b={a ? undefined : value}
      cx={cx}
      cy={cy}
      r={a ? DOT_R - 1 : DOT_R}
      fill={a ? '#fff' : fill}
      stroke={INK}
      strokeWidth={a ? 2 : 1.5}
    >
      {title && <title>{title}</title>}
    </circle>
  );
}
