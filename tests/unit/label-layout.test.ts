// Region names never overlap (issue 21 item 9): for random names and for the real 2026 options
// at the map widths people use. Boxes are the layout's own estimate (labelBox); the browser
// test (tests/e2e/region-labels.e2e.ts) checks the drawn text.
import {readFileSync} from 'node:fs';
import fc from 'fast-check';
import {feature} from 'topojson-client';
import {describe, expect, it} from 'vitest';
import {regionLabelSites} from '../../src/domain/region-shapes';
import type {Area, BoundaryOption} from '../../src/domain/types';
import {
  boxesOverlap,
  labelBox,
  placeLabels,
  regionLabelInputs,
  type Box,
  type LabelInput,
  type PlacedLabel,
} from '../../src/map/label-layout';
import {changeLabelBox} from '../../src/map/change-label-layout';
import {fitProjection} from '../../src/map/svg/static-map';

const boxOf = (l: PlacedLabel) => labelBox(l.text, l.x + l.dx, l.y + l.dy);

/** Every pair of placed names, and every name against every obstacle, that overlap. */
function collisions(placed: PlacedLabel[], obstacles: Box[] = []): string[] {
  const found: string[] = [];
  placed.forEach((a, i) => {
    placed
      .slice(i + 1)
      .forEach((b) => boxesOverlap(boxOf(a), boxOf(b)) && found.push(`${a.text} × ${b.text}`));
    obstacles.forEach((o) => boxesOverlap(boxOf(a), o) && found.push(`${a.text} × obstacle`));
  });
  return found;
}

const point = fc.tuple(
  fc.double({min: 0, max: 400, noNaN: true}),
  fc.double({min: 0, max: 300, noNaN: true}),
);
const label = fc.record({
  text: fc.string({minLength: 1, maxLength: 40}),
  at: point,
  alternatives: fc.array(point, {maxLength: 4}),
  priority: fc.integer({min: 0, max: 1e7}),
});
const labels = fc.array(label, {maxLength: 40}).map((ls): LabelInput[] =>
  ls.map((l, i) => ({
    id: `r${i}`,
    text: l.text,
    x: l.at[0],
    y: l.at[1],
    alternatives: l.alternatives,
    priority: l.priority,
  })),
);

describe('placeLabels', () => {
  it('never places two names, or a name and an obstacle, overlapping (random names)', () => {
    const obstacles = fc.array(
      point.map(([x, y]) => changeLabelBox('Somewhere: moves', x, y)),
      {maxLength: 3},
    );
    fc.assert(
      fc.property(labels, obstacles, fc.constantFrom(undefined, 11, 16), (ls, obs, fontSize) => {
        const placed = placeLabels(ls, {obstacles: obs, fontSize});
        const scale = (fontSize ?? 13) / 13;
        const box = (l: PlacedLabel) => labelBox(l.text, l.x + l.dx, l.y + l.dy, scale);
        for (const [i, a] of placed.entries()) {
          for (const b of placed.slice(i + 1))
            expect(boxesOverlap(box(a), box(b)), `${a.id} × ${b.id}`).toBe(false);
          for (const o of obs) expect(boxesOverlap(box(a), o)).toBe(false);
        }
      }),
      {numRuns: 300},
    );
  });

  it('keeps placed names inside the bounds, in input order, each once', () => {
    const bounds = {x0: 20, y0: 10, x1: 380, y1: 290};
    fc.assert(
      fc.property(labels, (ls) => {
        const placed = placeLabels(ls, {bounds});
        expect(placed.map((l) => l.id)).toEqual(
          ls.filter((l) => placed.some((p) => p.id === l.id)).map((l) => l.id),
        );
        for (const l of placed) {
          const half = (l.text.length * 7.5) / 2;
          expect(l.x + l.dx - half).toBeGreaterThanOrEqual(bounds.x0 - 1e-9);
          expect(l.x + l.dx + half).toBeLessThanOrEqual(bounds.x1 + 1e-9);
          expect(l.y + l.dy - 9).toBeGreaterThanOrEqual(bounds.y0 - 1e-9);
          expect(l.y + l.dy + 9).toBeLessThanOrEqual(bounds.y1 + 1e-9);
        }
      }),
      {numRuns: 200},
    );
  });

  it('gives the most populous region its spot when two collide, and leaves out a name with no room', () => {
    const a = {id: 'small', text: 'Small region', x: 100, y: 100, priority: 1};
    const b = {id: 'big', text: 'Big region', x: 100, y: 100, priority: 2};
    const placed = placeLabels([a, b], {bounds: {x0: 0, y0: 91, x1: 200, y1: 109}});
    expect(placed.map((l) => [l.id, l.dx, l.dy])).toEqual([['big', 0, 0]]);
  });

  it('keeps names that do not collide where they were (an untouched map keeps every name)', () => {
    const placed = placeLabels([
      {id: 'a', text: 'North', x: 100, y: 50},
      {id: 'b', text: 'South', x: 100, y: 150},
    ]);
    expect(placed.map((l) => [l.dx, l.dy])).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });
});

const json = (file: string) => JSON.parse(readFileSync(`data/england-2026/${file}`, 'utf8'));
const topology = json('areas.topo.json');
const areas2026: Area[] = (
  feature(topology, topology.objects.areas) as unknown as {features: {properties: Area}[]}
).features.map((f) => f.properties);
const options2026: BoundaryOption[] = json('options.json').options;
const bounds2026 = json('manifest.json').bounds as [number, number, number, number];

describe('the 2026 options’ names', () => {
  for (const option of options2026) {
    for (const width of [1280, 700, 360]) {
      it(`${option.id} at ${width} px: no two overlap, the most populous region is named`, () => {
        const {project, height} = fitProjection(bounds2026, width);
        const inputs = regionLabelInputs(option.regions, regionLabelSites(areas2026, option), (p) =>
          project(p),
        );
        const placed = placeLabels(inputs, {bounds: {x0: 0, y0: 0, x1: width, y1: height}});
        expect(collisions(placed)).toEqual([]);
        const biggest = [...inputs].sort((a, b) => b.priority! - a.priority!)[0]!;
        expect(placed.map((l) => l.id)).toContain(biggest.id);
      });
    }
  }

  it('a name left out at 360 px comes back when the map is zoomed in (4× wider)', () => {
    const option = options2026.find((o) => o.id === 'icbs-2026')!;
    const at = (width: number) => {
      const {project, height} = fitProjection(bounds2026, width);
      const inputs = regionLabelInputs(option.regions, regionLabelSites(areas2026, option), (p) =>
        project(p),
      );
      return placeLabels(inputs, {bounds: {x0: 0, y0: 0, x1: width, y1: height}}).map((l) => l.id);
    };
    const small = at(360);
    expect(small.length).toBeLessThan(option.regions.length);
    expect(at(1440).length).toBeGreaterThan(small.length);
  });
});
