// Region names never overlap (issue 21 item 9): for random names and for the real 2026 options
// at the map widths people use. Boxes are the layout's own estimate (labelBox); the browser
// test (tests/e2e/region-labels.e2e.ts) checks the drawn text.
import {readFileSync} from 'node:fs';
import fc from 'fast-check';
import {feature} from 'topojson-client';
import type {Feature, MultiPolygon, Polygon} from 'geojson';
import {describe, expect, it} from 'vitest';
import {regionLabelSites} from '../../src/domain/region-shapes';
import type {Area, BoundaryOption} from '../../src/domain/types';
import {
  boxesOverlap,
  coreBox,
  linesBox,
  placeLabels,
  textBox,
  regionLabelInputs,
  type Box,
  type LabelInput,
  type PlacedLabel,
} from '../../src/map/label-layout';
import {changeLabelBox} from '../../src/map/change-label-layout';
import {groupInsideTests, groupPlaces} from '../../src/map/group-inside';
import {fitProjection} from '../../src/map/svg/static-map';

const boxOf = (l: PlacedLabel) => linesBox(l.lines, l.x + l.dx, l.y + l.dy);

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
        const box = (l: PlacedLabel) => linesBox(l.lines, l.x + l.dx, l.y + l.dy, scale);
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
          const half = (Math.max(...l.lines.map((line) => line.length)) * 7.5) / 2;
          const halfHeight = (18 + (l.lines.length - 1) * 15.6) / 2;
          expect(l.x + l.dx - half).toBeGreaterThanOrEqual(bounds.x0 - 1e-9);
          expect(l.x + l.dx + half).toBeLessThanOrEqual(bounds.x1 + 1e-9);
          expect(l.y + l.dy - halfHeight).toBeGreaterThanOrEqual(bounds.y0 - 1e-9);
          expect(l.y + l.dy + halfHeight).toBeLessThanOrEqual(bounds.y1 + 1e-9);
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

type Shape = Feature<Polygon | MultiPolygon, {code: string}>;
const shapes2026 = (feature(topology, topology.objects.areas) as unknown as {features: Shape[]})
  .features;

/** The names of `option` laid out on a map `width` px wide, as the renderers lay them out. */
function layout2026(option: BoundaryOption, width: number) {
  const {project, height} = fitProjection(bounds2026, width);
  const bounds = {x0: 0, y0: 0, x1: width, y1: height};
  const places = groupPlaces(shapes2026, option, project, bounds);
  const inputs = regionLabelInputs(
    option.regions,
    regionLabelSites(areas2026, option),
    project,
    places,
  );
  return {project, bounds, placed: placeLabels(inputs, {bounds})};
}

/** The points of `box` outside its region: its corners and every point of a 2 px grid over it,
 * by the exact even–odd test (finer than the layout's own check). */
function pointsOutside(box: Box, inside: (x: number, y: number) => boolean): number {
  let outside = 0;
  for (let x = box.x0; x <= box.x1 + 1e-9; x += Math.min(2, box.x1 - x || 2))
    for (let y = box.y0; y <= box.y1 + 1e-9; y += Math.min(2, box.y1 - y || 2))
      if (!inside(Math.min(x, box.x1), Math.min(y, box.y1))) outside++;
  return outside;
}

describe('the 2026 options’ names', () => {
  for (const option of options2026) {
    for (const width of [1280, 700, 360]) {
      it(`${option.id} at ${width} px: no two overlap, the middle of each lies inside its group`, () => {
        const {project, bounds, placed} = layout2026(option, width);
        expect(collisions(placed)).toEqual([]);
        const inside = groupInsideTests(shapes2026, option, project);
        for (const l of placed) {
          const box = boxOf(l);
          const text = textBox(l.lines, l.x + l.dx, l.y + l.dy);
          expect(
            pointsOutside(coreBox(text), inside.get(l.id)!),
            `${l.text} outside its group`,
          ).toBe(0);
          expect(box.x0 >= bounds.x0 && box.x1 <= bounds.x1 + 4, l.text).toBe(true);
          expect(box.y0 >= bounds.y0 && box.y1 <= bounds.y1, l.text).toBe(true);
          // The full name stays with the label (the tooltip reads it); the lines are its words.
          expect(l.text).toBe(option.regions.find((r) => r.id === l.id)!.name);
        }
        // At the widest map most groups are named (the rest are too small for any name).
        if (width === 1280) expect(placed.length).toBeGreaterThanOrEqual(option.regions.length / 3);
      });
    }
  }

  it('a name left out at 360 px comes back when the map is zoomed in (4× wider)', () => {
    const option = options2026.find((o) => o.id === 'icbs-2026')!;
    const small = layout2026(option, 360).placed.length;
    expect(small).toBeLessThan(option.regions.length);
    expect(layout2026(option, 1440).placed.length).toBeGreaterThan(small);
  });
});
