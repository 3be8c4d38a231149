// Files exported for a user-built option say, inside the file, that it is not an official
// proposal; files for official options are unchanged.
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import {csvParse} from 'd3-dsv';
import {feature} from 'topojson-client';
import type {FeatureCollection, MultiPolygon, Polygon} from 'geojson';
import type {FootprintData} from '../../src/data/load';
import type {BoundaryOption, Area} from '../../src/domain/types';
import {comparisonCsv, regionsCsv} from '../../src/ui/export/csv';
import {assignmentsCsv} from '../../src/ui/export/assignments-csv';
import {regionsGeoJson, areasGeoJson} from '../../src/ui/export/geojson';
import {resetBuilder, useBuilder} from '../../src/state/builder';
import {rowsOf} from '../../src/ui/use-option-rows';
import {NORTHAMPTONSHIRE, userOption} from './user-option';
import {GEOGRAPHY_2018} from './real-data';

const options = JSON.parse(readFileSync('data/england-2018/options.json', 'utf8'))
  .options as BoundaryOption[];
const topology = JSON.parse(readFileSync('data/england-2018/stps.topo.json', 'utf8'));
const areaShapes = feature(topology, topology.objects.areas) as unknown as FeatureCollection<
  Polygon | MultiPolygon,
  Area
>;
const areas = areaShapes.features.map((f) => f.properties);
const data = {
  ...GEOGRAPHY_2018,
  areas,
  areaTopology: topology,
  areaShapes,
  options,
} as unknown as FootprintData;
const revised = options[2]!;
const mine = userOption(revised);
const all = [...options, mine];
const NOTICE =
  '“My option 1” was built by a Footprint user, based on the revised proposal. It is not an official proposal.';
const parse = (text: string) => csvParse(text.replace(/^\ufeff/, ''));

beforeEach(() => {
  resetBuilder();
  useBuilder.getState().addOption(mine);
});
afterEach(resetBuilder);

describe('CSV of a user-built option', () => {
  it('starts every row of the regions table with the notice, and leaves a new region’s ONS code empty', () => {
    const text = regionsCsv(rowsOf(mine, areas, null), GEOGRAPHY_2018.geography, null, all);
    const rows = parse(text);
    expect(
      text
        .split('\r\n')[0]!
        .replace(/^\ufeff/, '')
        .startsWith('notice,option,'),
    ).toBe(true);
    expect(rows).toHaveLength(8);
    expect(rows.every((r) => r.notice === NOTICE)).toBe(true);
    const nene = rows.find((r) => r.region_id === 'new-1')!;
    expect(nene.region_code).toBe('');
    expect(nene.stps).toBe('1');
  });

  it('carries the notice in the STP list and in a comparison with it, and not for official options', () => {
    const areaRows = parse(assignmentsCsv(mine, areas, GEOGRAPHY_2018.geography, all));
    expect(areaRows.every((r) => r.notice === NOTICE)).toBe(true);
    expect(areaRows.find((r) => r.stp_code === NORTHAMPTONSHIRE)!.region).toBe('Nene Valley');
    const cmp = parse(
      comparisonCsv(
        rowsOf(revised, areas, null),
        rowsOf(mine, areas, null),
        areas,
        GEOGRAPHY_2018.geography,
        null,
        all,
      ),
    );
    expect(cmp.every((r) => r.notice === NOTICE)).toBe(true);
    expect(cmp.find((r) => r.region_id === 'new-1')!.status).toBe('created');
    expect(
      parse(regionsCsv(rowsOf(revised, areas, null), GEOGRAPHY_2018.geography))[0]!,
    ).not.toHaveProperty('notice');
    expect(
      parse(
        comparisonCsv(
          rowsOf(options[1]!, areas, null),
          rowsOf(revised, areas, null),
          areas,
          GEOGRAPHY_2018.geography,
        ),
      )[0]!,
    ).not.toHaveProperty('notice');
  });
});

describe('GeoJSON of a user-built option', () => {
  it('marks every region and STP feature userBuilt with the notice', () => {
    for (const fc of [regionsGeoJson(data, mine), areasGeoJson(data, mine)]) {
      expect(fc.features.length).toBeGreaterThan(0);
      for (const f of fc.features) {
        expect(f.properties.userBuilt).toBe(true);
        expect(f.properties.notice).toBe(NOTICE);
      }
    }
    expect(
      regionsGeoJson(data, mine).features.find((f) => f.properties.region_id === 'new-1')!
        .properties.region_code,
    ).toBeNull();
  });

  it('adds nothing to an official option’s features', () => {
    const f = regionsGeoJson(data, revised).features[0]!;
    expect(f.properties).not.toHaveProperty('userBuilt');
    expect(f.properties).not.toHaveProperty('notice');
  });
});
