// What the maps hatch when a comparison moves single parts (issue 19), and the GeoJSON export of
// an option that moves one: Revised against Revised + Tameside and Glossop CCG → Midlands hatches
// that CCG alone (not Greater Manchester), labelled by its name at its own point; the STP export
// gives Greater Manchester as its 10 CCGs, each with its region, and every other STP as before.
import {describe, expect, it} from 'vitest';
import {renderToStaticMarkup} from 'react-dom/server';
import {createElement} from 'react';
import {feature} from 'topojson-client';
import {readFileSync} from 'node:fs';
import type {FootprintData} from '../../src/data/load';
import type {PartData} from '../../src/data/lazy';
import {compareOptions} from '../../src/domain/compare';
import {changedCodes, changedUnits} from '../../src/domain/parts/changed-units';
import type {BoundaryOption, MappedPart} from '../../src/domain/types';
import {areasGeoJson} from '../../src/ui/export/geojson';
import {OptionSvg} from '../../src/map/svg/OptionSvg';
import {svgMap} from '../../src/map/svg/static-map';
import {
  GEOGRAPHY_2018,
  NORTHAMPTONSHIRE,
  areaShapes,
  areaTopology,
  areas,
  option,
  options,
  parts as mapped,
} from './real-data';
import {PARTS, PARTS_CONTEXT, TAMESIDE} from './builder-part-fixtures';

const GREATER_MANCHESTER = 'E54000007';
const REAL = {list: PARTS, name: PARTS_CONTEXT.name};
const revised = option('revised');
const moved: BoundaryOption = {
  ...revised,
  id: 'my-option-1',
  partAssignments: {[TAMESIDE]: 'midlands'},
};
const anchors = new Map((mapped as MappedPart[]).map((p) => [p.code, p.anchor]));
const partTopology = JSON.parse(readFileSync('data/england-2018/ccgs.topo.json', 'utf8'));
const partShapes = feature(
  partTopology,
  partTopology.objects.parts,
) as unknown as PartData['shapes'];
const data = {
  ...GEOGRAPHY_2018,
  areas,
  areaTopology,
  areaShapes,
  context: {type: 'FeatureCollection', features: []},
  options,
} as unknown as FootprintData;

describe('the units a comparison hatches', () => {
  it('hatches the moving part, not its area, labelled by its name at its own point', () => {
    const units = changedUnits(compareOptions(revised, moved, areas, undefined, REAL), (code) =>
      anchors.get(code),
    );
    expect(units).toEqual([
      {
        code: TAMESIDE,
        level: 'part',
        anchor: anchors.get(TAMESIDE),
        label: 'Tameside and Glossop CCG',
      },
    ]);
    expect([...changedCodes(units, 'area')]).toEqual([]);
  });

  it('hatches whole areas as before, and both levels when an option moves an area and a part', () => {
    const initial = option('initial');
    expect(
      changedUnits(compareOptions(initial, revised, areas), () => undefined).map((u) => [
        u.code,
        u.level,
        u.label,
      ]),
    ).toEqual([[NORTHAMPTONSHIRE, 'area', 'Northamptonshire']]);
    const both = changedUnits(compareOptions(initial, moved, areas, undefined, REAL), (code) =>
      anchors.get(code),
    );
    expect(both.map((u) => [u.code, u.level])).toEqual([
      [NORTHAMPTONSHIRE, 'area'],
      [TAMESIDE, 'part'],
    ]);
  });

  it("stands a part without a known point on its area's point", () => {
    const [unit] = changedUnits(
      compareOptions(revised, moved, areas, undefined, REAL),
      () => undefined,
    );
    expect(unit!.anchor).toEqual(areas.find((a) => a.code === GREATER_MANCHESTER)!.anchor);
  });

  it("draws the static map's hatch on the part's shape, not its area's", () => {
    const map = svgMap(data, revised, 420, {shapes: partShapes, topology: partTopology});
    const html = renderToStaticMarkup(
      createElement(OptionSvg, {
        map,
        title: 'map',
        hatched: new Set<string>(),
        hatchedParts: new Set([TAMESIDE]),
      }),
    );
    const hatched = [
      ...html.matchAll(/data-testid="svg-hatched" data-code="([^"]+)" data-level="([^"]+)"/g),
    ].map((m) => [m[1], m[2]]);
    expect(hatched).toEqual([[TAMESIDE, 'part']]);
  });
});

describe('the STP GeoJSON of an option that moves a part', () => {
  const parts = {shapes: partShapes, name: PARTS_CONTEXT.name};

  it('gives a split area as its parts, each with its own region', () => {
    const fc = areasGeoJson(data, moved, parts);
    const gm = fc.features.filter((f) => f.properties.stp_code === GREATER_MANCHESTER);
    expect(gm).toHaveLength(10);
    const tameside = gm.find((f) => f.properties.part_code === TAMESIDE)!;
    expect([
      tameside.id,
      tameside.properties.part,
      tameside.properties.area,
      tameside.properties.region_id,
      tameside.properties.region,
    ]).toEqual([
      TAMESIDE,
      'Tameside and Glossop CCG',
      'Greater Manchester',
      'midlands',
      'Midlands',
    ]);
    expect(tameside.properties.population_mid_2018).toBe(258_613);
    expect(gm.filter((f) => f.properties.region_id === 'north-west')).toHaveLength(9);
    expect(fc.features).toHaveLength(42 - 1 + 10);
  });

  it('gives unsplit areas as before, and an option that moves no part exactly as without parts', () => {
    const fc = areasGeoJson(data, moved, parts);
    const before = areasGeoJson(data, revised);
    const others = (f: typeof fc) =>
      f.features
        .filter((x) => x.properties.stp_code !== GREATER_MANCHESTER)
        .map((x) => ({...x, properties: {...x.properties, option: ''}}));
    expect(others(fc)).toEqual(others(before));
    expect(areasGeoJson(data, revised, parts)).toEqual(before);
  });
});
