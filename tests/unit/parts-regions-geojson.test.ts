// The regions GeoJSON of an option that moves a single part (issue 19): Revised + Tameside and
// Glossop CCG → Midlands. The region shapes follow the parts where the option splits an area, as
// the map's outlines do, so the Midlands grows by the CCG and the North West shrinks by it, with
// the people following; an option that moves no part is exported byte for byte as before.
import {describe, expect, it} from 'vitest';
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {area} from '@turf/area';
import {feature, merge} from 'topojson-client';
import type {Feature, MultiPolygon, Polygon} from 'geojson';
import type {FootprintData} from '../../src/data/load';
import type {BoundaryOption} from '../../src/domain/types';
import {regionsGeoJson} from '../../src/ui/export/geojson';
import {GEOGRAPHY_2018, areaShapes, areaTopology, areas, option, options} from './real-data';
import {PARTS, TAMESIDE, TAMESIDE_PEOPLE} from './builder-part-fixtures';

const partTopology = JSON.parse(readFileSync('data/england-2018/ccgs.topo.json', 'utf8'));
const data = {
  ...GEOGRAPHY_2018,
  areas,
  areaTopology,
  areaShapes,
  options,
} as unknown as FootprintData;
const parts = {topology: partTopology, list: PARTS};
const revised = option('revised');
const moved: BoundaryOption = {
  ...revised,
  id: 'my-option-1',
  partAssignments: {[TAMESIDE]: 'midlands'},
};
const GREATER_MANCHESTER = 'E54000007';

/** km² on the sphere, @turf/area (not the app's figures). */
const km2 = (g: Polygon | MultiPolygon) =>
  area({type: 'Feature', geometry: g, properties: {}} as Feature) / 1e6;
const region = (fc: ReturnType<typeof regionsGeoJson>, id: string) =>
  fc.features.find((f) => f.properties.region_id === id)!;
/** The CCG's own shape from the parts file, independently of the app. */
const tamesideKm2 = km2(
  feature(
    partTopology,
    partTopology.objects.parts.geometries.find(
      (g: {properties: {code: string}}) => g.properties.code === TAMESIDE,
    ),
  ).geometry as unknown as Polygon,
);

describe('the regions GeoJSON of Revised with Tameside and Glossop CCG in the Midlands', () => {
  const before = regionsGeoJson(data, revised);
  const after = regionsGeoJson(data, moved, parts);

  it('draws the CCG in the Midlands: its area joins the Midlands and leaves the North West', () => {
    expect(tamesideKm2).toBeGreaterThan(200);
    const gain = km2(region(after, 'midlands').geometry) - km2(region(before, 'midlands').geometry);
    // The Midlands' whole areas are unchanged; the CCG is added from the parts' layer.
    expect(gain).toBeCloseTo(tamesideKm2, 0);
    // The North West's Greater Manchester is now its other 9 CCGs from the parts' layer, which is
    // generalised differently from the STP layer: within 3% of the CCG's area (measured 1.8%).
    const loss =
      km2(region(before, 'north-west').geometry) - km2(region(after, 'north-west').geometry);
    expect(Math.abs(loss - tamesideKm2) / tamesideKm2).toBeLessThan(0.03);
    // Every other region keeps its shape exactly.
    for (const f of after.features) {
      if (f.properties.region_id === 'midlands' || f.properties.region_id === 'north-west')
        continue;
      expect(f.geometry).toEqual(region(before, f.properties.region_id).geometry);
    }
  });

  it('counts the CCG’s people in the Midlands, not the North West', () => {
    const people = (fc: typeof after, id: string) => region(fc, id).properties.population_mid_2018;
    expect(people(after, 'midlands') - people(before, 'midlands')).toBe(TAMESIDE_PEOPLE);
    expect(people(after, 'north-west') - people(before, 'north-west')).toBe(-TAMESIDE_PEOPLE);
    expect(region(after, 'midlands').properties.stp_codes).toContain(GREATER_MANCHESTER);
  });

  it('shapes the North West from its whole STPs and the other 9 CCGs of Greater Manchester', () => {
    const merged = (topology: typeof areaTopology, object: string, keep: (p: never) => boolean) =>
      km2(
        merge(
          topology,
          topology.objects[object].geometries.filter((g: {properties: never}) =>
            keep(g.properties),
          ),
        ),
      );
    const wholeStps = merged(
      areaTopology,
      'areas',
      (p: {code: string}) =>
        revised.assignments[p.code] === 'north-west' && p.code !== GREATER_MANCHESTER,
    );
    const otherCcgs = merged(
      partTopology,
      'parts',
      (p: {code: string; areaCode: string}) =>
        p.areaCode === GREATER_MANCHESTER && p.code !== TAMESIDE,
    );
    expect(km2(region(after, 'north-west').geometry)).toBeCloseTo(wholeStps + otherCcgs, 0);
    expect(region(after, 'north-west').properties.parts).toBe(
      region(before, 'north-west').properties.parts - 1,
    );
  });
});

describe('an option that moves no part', () => {
  // sha-256 of the export before issue 19's region shapes (commit 4bedca7).
  const BEFORE = {
    initial: '871856699387866d835dddb808d68bd2d568f72b1a280da867c436463c0b8bf7',
    revised: '174ccae263ff008196f7996d6be5a5cf25473ae42449923bc1858f737edbf802',
  };
  const hash = (o: BoundaryOption, p: typeof parts | null) =>
    createHash('sha256')
      .update(JSON.stringify(regionsGeoJson(data, o, p)))
      .digest('hex');

  it('is exported byte for byte as before, with or without the parts loaded', () => {
    for (const id of ['initial', 'revised'] as const) {
      expect(hash(option(id), null)).toBe(BEFORE[id]);
      expect(hash(option(id), parts)).toBe(BEFORE[id]);
    }
    // A part assignment that keeps the part in its area's region moves nothing.
    expect(hash({...revised, partAssignments: {[TAMESIDE]: 'north-west'}}, parts)).toBe(
      BEFORE.revised,
    );
  });
});
