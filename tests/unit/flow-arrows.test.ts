import {describe, expect, it} from 'vitest';
import {
  arrowShape,
  flowArrowFeatures,
  flowOpacity,
  flowScale,
  flowWidth,
  legendVolumes,
  type LonLat,
} from '../../src/domain/flow-arrows';
import {fromWorld, toWorld} from '../../src/domain/projection';
import {areaFlowsFromTuples, topFlows, type AreaFlow} from '../../src/domain/flows';
import {option, areas} from './real-data';
import {readFileSync} from 'node:fs';

const NORTHAMPTON: LonLat = [-0.9, 52.3];
const LEICESTER: LonLat = [-1.1, 52.7];

/** Which side of the directed line p0 → p2 a point is on, as seen on the map: > 0 right. */
function side(p0: LonLat, p2: LonLat, q: LonLat): number {
  const [a, b, c] = [toWorld(p0), toWorld(p2), toWorld(q)];
  // Mercator y grows downwards (as on screen), so a positive cross product is the right side.
  return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
}

describe('arrowShape', () => {
  it('round-trips Web Mercator', () => {
    const [lon, lat] = fromWorld(toWorld([-1.2345, 52.6789]));
    expect(lon).toBeCloseTo(-1.2345, 9);
    expect(lat).toBeCloseTo(52.6789, 9);
  });

  it('bends to the right of travel, so opposite flows curve to opposite sides', () => {
    const there = arrowShape(NORTHAMPTON, LEICESTER);
    const back = arrowShape(LEICESTER, NORTHAMPTON);
    expect(side(NORTHAMPTON, LEICESTER, there.control)).toBeGreaterThan(0);
    expect(side(NORTHAMPTON, LEICESTER, back.control)).toBeLessThan(0);
    // Every interior point of each curve is on its own side, not only the control point.
    for (const p of there.line.slice(1, -1))
      expect(side(NORTHAMPTON, LEICESTER, p)).toBeGreaterThan(0);
    for (const p of back.line.slice(1, -1)) expect(side(NORTHAMPTON, LEICESTER, p)).toBeLessThan(0);
  });

  it('leaves the anchors clear: starts after the origin and stops short of the destination', () => {
    const s = arrowShape(NORTHAMPTON, LEICESTER, {segments: 10});
    expect(s.line).toHaveLength(11);
    expect(s.line[0]).not.toEqual(NORTHAMPTON);
    expect(s.head).toEqual(s.line[10]);
    const dist = (a: LonLat, b: LonLat) =>
      Math.hypot(toWorld(a)[0] - toWorld(b)[0], toWorld(a)[1] - toWorld(b)[1]);
    expect(dist(s.head, LEICESTER)).toBeLessThan(dist(NORTHAMPTON, LEICESTER) / 2);
    expect(dist(s.head, LEICESTER)).toBeGreaterThan(0);
  });

  it('points the arrowhead towards the destination', () => {
    // Due north with no bend: bearing 0; due east: 90; due south-west: 225.
    expect(arrowShape([0, 52], [0, 53], {bend: 0}).bearing).toBeCloseTo(0, 1);
    expect(arrowShape([0, 52], [1, 52], {bend: 0}).bearing).toBeCloseTo(90, 1);
    const sw = arrowShape([0, 52], [-1, 51.38], {bend: 0}).bearing;
    expect(sw).toBeGreaterThan(200);
    expect(sw).toBeLessThan(250);
    // With the bend, a northbound arrow arrives from the right, heading a little west of north.
    const bent = arrowShape([0, 52], [0, 53]).bearing;
    expect(bent).toBeGreaterThan(300);
  });
});

describe('the width scale', () => {
  const flows = areaFlowsFromTuples([
    ['E54000020', 'E54000020', 600_000],
    ['E54000020', 'E54000015', 22_598],
    ['E54000015', 'E54000020', 24_738],
    ['E54000020', 'E54000018', 16_139],
  ]);

  it('takes its maximum over cross-STP flows only (never a self-flow)', () => {
    expect(flowScale(flows).maxVolume).toBe(24_738);
  });

  it('grows with volume, from the minimum to the maximum width', () => {
    const s = flowScale(flows);
    expect(flowWidth(s, 0)).toBe(s.minWidth);
    expect(flowWidth(s, 24_738)).toBe(s.maxWidth);
    expect(flowWidth(s, 16_139)).toBeLessThan(flowWidth(s, 22_598));
    expect(flowOpacity(s, 16_139)).toBeLessThan(flowOpacity(s, 22_598));
    expect(flowWidth(s, 1e9)).toBe(s.maxWidth);
  });

  it('is the same for every option and filter on the real data, so comparisons are honest', () => {
    const file = JSON.parse(readFileSync('data/england-2018/flows-stp.json', 'utf8')) as {
      flows: [string, string, number][];
    };
    const all = areaFlowsFromTuples(file.flows);
    const scale = flowScale(all);
    expect(scale.maxVolume).toBe(238_877);
    // The scale is built from the data alone; what each option draws is a subset on that scale.
    for (const id of ['before', 'initial', 'revised']) {
      const shown = topFlows(all, {
        minVolume: 5000,
        crossRegionOnly: true,
        option: option(id),
        topN: 40,
      });
      for (const f of shown) expect(flowWidth(scale, f.volume)).toBeLessThanOrEqual(scale.maxWidth);
    }
    expect(flowWidth(scale, 22_598)).toBeCloseTo(1 + 11 * Math.sqrt(22_598 / 238_877), 9);
  });

  it('offers a few round legend steps ending at the largest flow', () => {
    const s = flowScale(areaFlowsFromTuples([['a', 'b', 238_877]]));
    expect(legendVolumes(s, 5000)).toEqual([5000, 20_000, 100_000, 238_877]);
    expect(legendVolumes(s, 150_000)).toEqual([238_877]);
    expect(legendVolumes(s, 50_000)).toEqual([50_000, 100_000, 238_877]);
  });
});

describe('flowArrowFeatures', () => {
  const anchors = new Map(areas.map((s) => [s.code, s.anchor] as const));
  const flows: AreaFlow[] = areaFlowsFromTuples([
    ['E54000020', 'E54000015', 22_598],
    ['E54000015', 'E54000020', 24_738],
    ['E54000020', 'E54000020', 600_000],
    ['E54000020', 'E54999999', 10],
  ]);

  it('gives a line and an arrowhead per drawable flow, with volume and the region crossing', () => {
    const revised = option('revised');
    const fc = flowArrowFeatures(
      flows,
      anchors,
      (f) => revised.assignments[f.origin] !== revised.assignments[f.destination],
    );
    expect(fc.features.map((f) => f.geometry.type)).toEqual([
      'LineString',
      'Point',
      'LineString',
      'Point',
    ]);
    expect(fc.features[0]!.properties).toMatchObject({
      key: 'E54000020>E54000015',
      volume: 22_598,
      crossRegion: false,
    });
    expect(new Set(fc.features.map((f) => f.id)).size).toBe(4);
    const initial = option('initial');
    const fc2 = flowArrowFeatures(
      flows,
      anchors,
      (f) => initial.assignments[f.origin] !== initial.assignments[f.destination],
    );
    expect(fc2.features[0]!.properties.crossRegion).toBe(true);
  });
});
