import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import {csvParse} from 'd3-dsv';
import {feature} from 'topojson-client';
import type {FeatureCollection, MultiPolygon, Polygon} from 'geojson';
import type {FootprintData} from '../../src/data/load';
import type {BoundaryOption, Area} from '../../src/domain/types';
import {comparisonCsv, regionsCsv, toCsv} from '../../src/ui/export/csv';
import {assignmentsCsv} from '../../src/ui/export/assignments-csv';
import {regionsGeoJson, areasGeoJson} from '../../src/ui/export/geojson';
import {embedSnippet, embedUrl} from '../../src/ui/embed/snippet';
import {readEmbedSettings} from '../../src/ui/embed/embed-params';
import {fitProjection, svgMap, viewBoxAround} from '../../src/map/svg/static-map';
import {rowsOf} from '../../src/ui/use-option-rows';
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
  context: {type: 'FeatureCollection', features: []},
  options,
} as unknown as FootprintData;
const [before, initial, revised] = options as [BoundaryOption, BoundaryOption, BoundaryOption];
const parse = (text: string) => csvParse(text.replace(/^\ufeff/, ''));

describe('CSV', () => {
  it('quotes commas and quotes, and defuses spreadsheet formulas in text but not numbers', () => {
    const text = toCsv(
      ['a', 'b'],
      [
        ['x, "y"', -5],
        ['=HYPERLINK("http://x")', 3.14159],
      ],
    );
    expect(text.startsWith('\ufeff')).toBe(true);
    const rows = parse(text);
    expect(rows[0]).toEqual({a: 'x, "y"', b: '-5'});
    expect(rows[1]).toEqual({a: `'=HYPERLINK("http://x")`, b: '3.14'});
  });

  it('regions of the revised proposal add up to 42 STPs', () => {
    const rows = parse(regionsCsv(rowsOf(revised, areas, null), GEOGRAPHY_2018.geography));
    expect(rows).toHaveLength(7);
    expect(rows.reduce((n, r) => n + Number(r.stps), 0)).toBe(42);
    expect(rows.reduce((n, r) => n + Number(r.population_share_pct), 0)).toBeCloseTo(100, 0);
  });

  it('compares initial with revised: Northamptonshire moves, and only Midlands and East change', () => {
    const rows = parse(
      comparisonCsv(
        rowsOf(initial, areas, null),
        rowsOf(revised, areas, null),
        areas,
        GEOGRAPHY_2018.geography,
      ),
    );
    const changed = rows.filter((r) => r.population_change !== '0');
    expect(changed.map((r) => r.region_id).sort()).toEqual(['east', 'midlands']);
    expect(rows.find((r) => r.region_id === 'midlands')!.stps_gained).toBe('E54000020');
    expect(rows.find((r) => r.region_id === 'east')!.stps_lost).toBe('E54000020');
  });

  it('lists every STP with its region, sorted by code', () => {
    const rows = parse(assignmentsCsv(before, areas, GEOGRAPHY_2018.geography));
    expect(rows).toHaveLength(42);
    expect(rows.map((r) => r.stp_code)).toEqual([...rows.map((r) => r.stp_code!)].sort());
  });
});

describe('GeoJSON', () => {
  it('dissolves each region into one MultiPolygon wound anticlockwise (RFC 7946)', () => {
    const fc = regionsGeoJson(data, revised);
    expect(fc.features.map((f) => f.properties.region_id)).toEqual(
      revised.regions.map((r) => r.id),
    );
    const ring = fc.features[0]!.geometry.coordinates[0]![0]!;
    // Shoelace: positive signed area is anticlockwise.
    let sum = 0;
    for (let i = 0; i < ring.length - 1; i++)
      sum += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
    expect(sum).toBeGreaterThan(0);
    for (const [x, y] of fc.features.flatMap((f) => f.geometry.coordinates.flat(2))) {
      expect(String(x).split('.')[1]?.length ?? 0).toBeLessThanOrEqual(6);
      expect(String(y).split('.')[1]?.length ?? 0).toBeLessThanOrEqual(6);
    }
  });

  it('gives each STP its region and leaves the map data untouched', () => {
    const first = JSON.stringify(areaShapes.features[0]!.geometry);
    const fc = areasGeoJson(data, initial);
    expect(
      fc.features.find((f) => f.properties.stp_code === 'E54000020')!.properties.region_id,
    ).toBe('east');
    expect(JSON.stringify(areaShapes.features[0]!.geometry)).toBe(first);
  });
});

describe('embed snippet', () => {
  const src = embedUrl('https://maps.example.org/footprint/index.html?option=x', {
    option: 'revised',
    region: 'midlands',
    fixed: false,
    controls: '0',
    autoheight: '1',
  });

  it('points at embed.html beside the app, with only the parameters asked for', () => {
    expect(src).toBe(
      'https://maps.example.org/footprint/embed.html?option=revised&region=midlands&controls=0&autoheight=1',
    );
    expect(readEmbedSettings(new URL(src).search)).toEqual({
      fixedOption: false,
      controls: false,
      autoHeight: true,
    });
  });

  it('escapes attributes and listens only to its own frame and origin', () => {
    const html = embedSnippet({
      src,
      title: 'Map "A" <b>',
      width: '100%',
      height: 600,
      responsive: true,
      id: 'fp"x',
    });
    expect(html).toContain('title="Map &quot;A&quot; &lt;b&gt;"');
    expect(html).toContain('id="fp&quot;x"');
    expect(html).toContain(
      'src="https://maps.example.org/footprint/embed.html?option=revised&amp;region=midlands&amp;controls=0&amp;autoheight=1"',
    );
    expect(html).toContain('event.origin !== "https://maps.example.org"');
    expect(html).toContain('event.source !== frame.contentWindow');
  });

  it('is a bare iframe without the responsive option', () => {
    const html = embedSnippet({
      src,
      title: 't',
      width: '640',
      height: 480,
      responsive: false,
      id: 'm',
    });
    expect(html).not.toContain('<script>');
    expect(html).toMatch(/^<iframe .*width="640" height="480".*<\/iframe>$/);
  });
});

describe('SVG maps (board pack, side by side)', () => {
  it('fits England into the width and keeps its shape', () => {
    const {project, height} = fitProjection([-6, 50, 2, 56], 400);
    expect(project([-6, 56])).toEqual([0, 0]);
    const [x, y] = project([2, 50]);
    expect(x).toBeCloseTo(400, 6);
    expect(y).toBeCloseTo(height, 0);
    expect(height).toBeGreaterThan(400);
  });

  it('draws 42 STPs in their region colours, an outline and a label per region', () => {
    const map = svgMap(data, revised);
    expect(map.areas).toHaveLength(42);
    const midlands = revised.regions.find((r) => r.id === 'midlands')!.colour;
    expect(map.areas.find((s) => s.code === 'E54000020')!.colour).toBe(midlands);
    expect(map.labels.map((l) => l.text)).toEqual(revised.regions.map((r) => r.name));
    expect(map.outline.startsWith('M')).toBe(true);
  });

  it("zooms to some STPs: the box holds them with room around, keeps the map's shape, and never exceeds England", () => {
    const map = svgMap(data, revised, 400);
    const box = viewBoxAround(data, map, new Set(['E54000020']), 1)!;
    const [x, y, w, h] = box;
    expect(w / h).toBeCloseTo(map.width / map.height, 6);
    const northants = areaShapes.features.find((f) => f.properties.code === 'E54000020')!;
    const ring = (
      northants.geometry.type === 'Polygon'
        ? northants.geometry.coordinates
        : northants.geometry.coordinates[0]!
    )[0]!;
    for (const p of ring) {
      const [px, py] = map.project(p);
      expect(px).toBeGreaterThan(x);
      expect(px).toBeLessThan(x + w);
      expect(py).toBeGreaterThan(y);
      expect(py).toBeLessThan(y + h);
    }
    expect(w).toBeLessThan(map.width / 3);
    // Every STP: the box would be larger than England, so it is the whole map.
    expect(viewBoxAround(data, map, new Set(areas.map((s) => s.code)))).toEqual([
      0,
      0,
      400,
      map.height,
    ]);
    expect(viewBoxAround(data, map, new Set(['E99999999']))).toBeNull();
  });
});
