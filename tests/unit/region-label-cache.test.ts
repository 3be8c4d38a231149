// The SVG map lays its region names out again on every builder step, reusing what the step did
// not change (group-places-cache.ts, svg/region-label-layout.ts): the reused places and layouts
// must be exactly those made afresh, step after step, and a group whose areas changed must never
// keep its old place.
import {readFileSync} from 'node:fs';
import {feature} from 'topojson-client';
import type {Feature, MultiPolygon, Polygon} from 'geojson';
import {describe, expect, it} from 'vitest';
import {regionLabelSites} from '../../src/domain/region-shapes';
import type {Area, BoundaryOption} from '../../src/domain/types';
import {placeLabels, regionLabelInputs, type PlacedLabel} from '../../src/map/label-layout';
import {groupPlaces, type GroupPlace} from '../../src/map/group-inside';
import {cachedGroupPlaces} from '../../src/map/group-places-cache';
import {regionLabelLayout} from '../../src/map/svg/region-label-layout';
import {fitProjection} from '../../src/map/svg/static-map';

const json = (file: string) => JSON.parse(readFileSync(`data/england-2026/${file}`, 'utf8'));
const topology = json('areas.topo.json');
type Shape = Feature<Polygon | MultiPolygon, Area>;
const shapes = (feature(topology, topology.objects.areas) as unknown as {features: Shape[]})
  .features;
const areas: Area[] = shapes.map((f) => f.properties);
const icbs2023 = (json('options.json').options as BoundaryOption[]).find(
  (o) => o.id === 'icbs-2023',
)!;
const WIDTH = 700;
const {project, height} = fitProjection(json('manifest.json').bounds, WIDTH);
const bounds = {x0: 0, y0: 0, x1: WIDTH, y1: height};
const size = {width: WIDTH, height};

/** `option` with every unit of `from` in `to` (a merge), as a builder step makes it: a new object. */
const merged = (option: BoundaryOption, from: string, to: string): BoundaryOption => ({
  ...option,
  assignments: Object.fromEntries(
    Object.entries(option.assignments).map(([unit, g]) => [unit, g === from ? to : g]),
  ),
});

/** A builder session: two merges, an undo, a third merge, and the undo back to the start. */
const lincs = merged(icbs2023, 'lincolnshire', 'derby-and-derbyshire');
const steps: BoundaryOption[] = [
  icbs2023,
  lincs,
  merged(lincs, 'nottingham-and-nottinghamshire', 'derby-and-derbyshire'),
  lincs,
  merged(icbs2023, 'north-central-london', 'north-east-london'),
  {...icbs2023},
];

/** Whether each of a 7 px grid of small boxes fits `place`, as one string: two places that fit
 * the same boxes are the same as far as the layout can tell. */
function fitsGrid(place: GroupPlace): string {
  let out = '';
  for (let x = 0; x < WIDTH; x += 7)
    for (let y = 0; y < height; y += 7)
      out += place.fits({x0: x, y0: y, x1: x + 6, y1: y + 4}) ? 1 : 0;
  return out;
}

const labelsOf = (placed: PlacedLabel[]) =>
  placed.map((l) => [l.id, l.x, l.y, l.dx, l.dy, l.lines]);

describe('the SVG map’s reused label work', () => {
  it('gives each group, step after step, the place made afresh from its areas', () => {
    for (const [i, option] of steps.entries()) {
      const cached = cachedGroupPlaces(shapes, option, project, bounds, `test ${WIDTH}`);
      const fresh = groupPlaces(shapes, option, project, bounds);
      expect([...cached.keys()].sort(), `step ${i}`).toEqual([...fresh.keys()].sort());
      for (const [group, place] of fresh)
        expect(fitsGrid(cached.get(group)!), `step ${i}: ${group}`).toBe(fitsGrid(place));
    }
  });

  it('lays the names out, step after step, as placing them afresh does', () => {
    for (const [i, option] of steps.entries()) {
      const reused = regionLabelLayout({
        areas,
        shapes,
        option,
        toScreen: project,
        frame: `test ${WIDTH}`,
        px: 1,
        size,
        changes: [],
      });
      const places = groupPlaces(shapes, option, project, bounds);
      const inputs = regionLabelInputs(
        option.regions,
        regionLabelSites(areas, option),
        project,
        places,
      );
      expect(labelsOf(reused), `step ${i}`).toEqual(labelsOf(placeLabels(inputs, {bounds})));
    }
  });

  it('places a merged group by all its areas, not by the areas it had before', () => {
    cachedGroupPlaces(shapes, icbs2023, project, bounds, `test ${WIDTH}`);
    const after = cachedGroupPlaces(shapes, lincs, project, bounds, `test ${WIDTH}`);
    const fresh = groupPlaces(shapes, lincs, project, bounds).get('derby-and-derbyshire')!;
    const before = groupPlaces(shapes, icbs2023, project, bounds).get('derby-and-derbyshire')!;
    expect(fitsGrid(fresh)).not.toBe(fitsGrid(before));
    expect(fitsGrid(after.get('derby-and-derbyshire')!)).toBe(fitsGrid(fresh));
  });
});
