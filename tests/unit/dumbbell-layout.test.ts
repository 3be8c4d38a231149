// The dumbbell chart's pixel layout (src/ui/charts/dumbbell-layout.ts): points at their
// values, and at 360 px and on a wide screen nothing runs off the side or overlaps.
import {describe, expect, it} from 'vitest';
import {formatCompact, formatPercent} from '../../src/domain/format';
import type {Dumbbell} from '../../src/ui/charts/chart-types';
import {
  DOT_R,
  dumbbellLayout,
  textPx,
  type DumbbellLayout,
} from '../../src/ui/charts/dumbbell-layout';

const dumbbell = (
  key: string,
  label: string,
  a: number | null,
  b: number | null,
  endText: string,
): Dumbbell => ({key, label, a, b, endText, fill: {colour: '#ee8866'}});
const ROWS: Dumbbell[] = [
  dumbbell('midlands', 'Midlands', 9_785_165, 10_515_815, '+730,650'),
  dumbbell('east', 'East of England', 7_215_574, 6_484_924, '−730,650'),
  dumbbell('new', 'North East and Yorkshire', null, 8_105_214, 'new in B'),
  dumbbell('gone', 'Midlands and East of England', 17_000_739, null, 'only in A'),
  dumbbell('none', 'South West', null, null, 'not known'),
];
const counts = {zeroBased: true, tickFormat: formatCompact};

function expectInside(layout: DumbbellLayout, rows: readonly Dumbbell[]) {
  const [start, end] = layout.x.range() as [number, number];
  expect(start - DOT_R).toBeGreaterThanOrEqual(0);
  expect(end + DOT_R).toBeLessThanOrEqual(layout.width);
  rows.forEach((r, i) => {
    for (const v of [r.a, r.b]) {
      if (v === null) continue;
      expect(layout.x(v)).toBeGreaterThanOrEqual(start - 0.001);
      expect(layout.x(v)).toBeLessThanOrEqual(end + 0.001);
    }
    const labelEnd = layout.labelX + textPx(layout.labels[i]!);
    const endStart = layout.endX - textPx(r.endText);
    expect(endStart).toBeGreaterThanOrEqual(0);
    if (layout.narrow) {
      // Label and change share a line above the points: they must not meet.
      expect(labelEnd + 8).toBeLessThanOrEqual(endStart);
      expect(layout.dotY(i) - DOT_R).toBeGreaterThan(layout.textY(i) + 4);
    } else {
      expect(labelEnd).toBeLessThanOrEqual(start - DOT_R);
      expect(end + DOT_R).toBeLessThanOrEqual(endStart);
    }
    if (i > 0) expect(layout.textY(i) - 14).toBeGreaterThanOrEqual(layout.dotY(i - 1) + DOT_R);
  });
  expect(layout.dotY(rows.length - 1) + DOT_R).toBeLessThanOrEqual(layout.height);
  let right = -Infinity;
  for (const t of layout.ticks) {
    const w = textPx(t.text);
    const left = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - w : t.x - w / 2;
    expect(left).toBeGreaterThanOrEqual(0);
    expect(left + w).toBeLessThanOrEqual(layout.width);
    expect(left).toBeGreaterThan(right);
    right = left + w;
  }
  // Wide, the change column's heading shares the axis line with the tick labels.
  expect(layout.changeHeading === null).toBe(layout.narrow);
  if (layout.changeHeading)
    expect(right + 24).toBeLessThanOrEqual(layout.endX - textPx(layout.changeHeading));
}

describe('dumbbellLayout', () => {
  it.each([320, 334, 360, 400, 519, 520, 700, 960])(
    'at %i px keeps points, labels, changes and ticks inside and apart',
    (width) => {
      const layout = dumbbellLayout(ROWS, width, counts);
      expect(layout.narrow).toBe(width < 520);
      expectInside(layout, ROWS);
      expect(layout.ticks.length).toBeGreaterThanOrEqual(2);
    },
  );

  it('drops tick labels that would touch (long labels in a narrow chart), keeping the first', () => {
    const layout = dumbbellLayout(ROWS, 320, {
      zeroBased: true,
      tickFormat: (n) => n.toLocaleString('en-GB'),
    });
    expectInside(layout, ROWS);
    expect(layout.ticks[0]!.value).toBe(0);
    expect(layout.ticks.length).toBeLessThan(layout.x.ticks(3).length);
  });

  it('keeps the last tick label clear of the "Change" heading when the changes are short', () => {
    const rows = [
      dumbbell('a', 'A', 20_000_000, 20_000_000, '0'),
      dumbbell('b', 'B', 5_000_000, 5_000_000, '0'),
    ];
    for (const width of [600, 960]) expectInside(dumbbellLayout(rows, width, counts), rows);
  });

  it('puts points on a zero-based axis: distance from 0 is proportional to the value', () => {
    for (const width of [360, 960]) {
      const {x} = dumbbellLayout(ROWS, width, counts);
      const k = (x(17_000_739) - x(0)) / 17_000_739;
      expect(x(0)).toBe(x.range()[0]);
      for (const v of [6_484_924, 9_785_165, 10_515_815])
        expect(Math.abs(x(v) - x(0) - v * k)).toBeLessThan(1e-6);
    }
  });

  it('shares (not zero-based) span their values, so a point of change is more than a pixel', () => {
    const rows = [
      dumbbell('a', 'A', 0.912, 0.914, '+0.2 pts'),
      dumbbell('b', 'B', 0.99, 0.99, '0 pts'),
    ];
    const layout = dumbbellLayout(rows, 960, {
      zeroBased: false,
      tickFormat: (n) => formatPercent(n, 0),
    });
    const [lo, hi] = layout.x.domain() as [number, number];
    expect(lo).toBeGreaterThan(0.8);
    expect(lo).toBeLessThanOrEqual(0.912);
    expect(hi).toBeGreaterThanOrEqual(0.99);
    expect(layout.x(0.914) - layout.x(0.912)).toBeGreaterThan(2);
    expectInside(layout, rows);
  });

  it('cuts a long label to its room at 360 px (the full name goes in a title) and never throws without values', () => {
    const long = [
      dumbbell('l', 'A region with a very long name that a user typed in', 5, 6, '+1,000,000'),
    ];
    const layout = dumbbellLayout(long, 360, counts);
    expect(layout.labels[0]).toMatch(/…$/);
    expectInside(layout, long);
    const empty = dumbbellLayout([dumbbell('n', 'None', null, null, 'loading')], 360, counts);
    expect(empty.x.domain()).toEqual([0, 1]);
    const same = dumbbellLayout([dumbbell('s', 'Same', 5, 5, '0')], 960, {
      zeroBased: false,
      tickFormat: String,
    });
    expect(same.x(5)).toBeGreaterThan(same.x.range()[0]!);
    expect(same.x(5)).toBeLessThan(same.x.range()[1]!);
  });
});
