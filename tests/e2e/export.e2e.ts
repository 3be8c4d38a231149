// Every export downloads a valid file: CSV and GeoJSON parsed and checked against the data,
// the PNG decoded and checked for its title band, legend and a drawn map.
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {mkdirSync, readFileSync} from 'node:fs';
import {csvParse} from 'd3-dsv';
import {PNG} from 'pngjs';
import {area} from '@turf/area';
import type {FeatureCollection, MultiPolygon, Polygon} from 'geojson';
import {launchBrowser, openPage, waitForMapIdle} from './browser';
import {colourDistance, hexToRgb} from './pixels';

const options = JSON.parse(readFileSync('data/england-2018/options.json', 'utf8')).options as {
  id: string;
  regions: {id: string; name: string}[];
  assignments: Record<string, string>;
}[];
const areas = JSON.parse(
  readFileSync('data/england-2018/stps.topo.json', 'utf8'),
).objects.areas.geometries.map(
  (g: {properties: {code: string; population: number; areaKm2: number}}) => g.properties,
) as {code: string; population: number; areaKm2: number}[];
const england = areas.reduce((n, s) => n + s.population, 0);

let browser: Browser;
let page: Page;
let consoleErrors: string[];

beforeAll(async () => {
  mkdirSync('test-artifacts', {recursive: true});
  browser = await launchBrowser();
  const opened = await openPage(
    browser,
    `${inject('baseUrl')}?option=initial&compare=before&stp=E54000020`,
  );
  page = opened.page;
  consoleErrors = opened.consoleErrors;
  await waitForMapIdle(page);
});
afterAll(async () => browser?.close());

async function download(testId: string): Promise<{name: string; body: Buffer}> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  const path = `test-artifacts/share-export-${file.suggestedFilename()}`;
  await file.saveAs(path);
  await page.getByTestId('export-status').filter({hasText: 'Downloaded'}).waitFor();
  return {name: file.suggestedFilename(), body: readFileSync(path)};
}
const csv = (body: Buffer) => {
  const text = body.toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return csvParse(text.slice(1));
};

describe('exports of the initial proposal, compared with before', () => {
  it('Regions table CSV: one row per region, totals adding up to England', async () => {
    const {name, body} = await download('export-regions-csv');
    expect(name).toMatch(/^footprint-initial-regions-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = csv(body);
    expect(rows.columns).toEqual([
      ...[
        'option',
        'region_id',
        'region_code',
        'region',
        'stps',
        'ccgs',
        'population_mid_2018',
        'population_share_pct',
        'area_km2',
      ],
      ...['flow_containment_pct', 'flow_to_other_regions', 'flow_from_other_regions', 'flow_unit'],
    ]);
    // Containment of the Midlands under the initial proposal (flows-stp.json): 95.5%.
    expect(rows.find((r) => r.region_id === 'midlands')!.flow_containment_pct).toBe('95.5');
    expect(rows.map((r) => r.region)).toEqual(options[1]!.regions.map((r) => r.name));
    expect(rows.reduce((n, r) => n + Number(r.stps), 0)).toBe(42);
    expect(rows.reduce((n, r) => n + Number(r.population_mid_2018), 0)).toBe(england);
    expect(rows.find((r) => r.region_id === 'midlands')!.stps).toBe('10');
  });

  it('comparison CSV: before → initial, with new and removed regions and the changes', async () => {
    const rows = csv((await download('export-comparison-csv')).body);
    expect(rows.columns).toContain('population_change');
    expect(rows.find((r) => r.region_id === 'midlands')!.status).toBe('created');
    expect(rows.find((r) => r.region_id === 'midlands-and-east')!.status).toBe('removed');
    const london = rows.find((r) => r.region_id === 'london')!;
    expect([london.status, london.population_change]).toEqual(['kept', '0']);
    expect(rows.reduce((n, r) => n + Number(r.population_change), 0)).toBe(0);
  });

  it('STP → region CSV: all 42, Northamptonshire in Central and East of England', async () => {
    const rows = csv((await download('export-areas-csv')).body);
    expect(rows).toHaveLength(42);
    expect(rows.find((r) => r.stp_code === 'E54000020')!.region).toBe(
      'Central and East of England',
    );
    for (const r of rows) expect(r.region_id).toBe(options[1]!.assignments[r.stp_code!]);
  });

  it('regions GeoJSON: seven dissolved regions whose areas match their STPs', async () => {
    const {name, body} = await download('export-regions-geojson');
    expect(name).toMatch(/\.geojson$/);
    const fc = JSON.parse(body.toString('utf8')) as FeatureCollection<
      MultiPolygon,
      {region: string; stp_codes: string[]; population_mid_2018: number; area_km2: number}
    >;
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(7);
    for (const f of fc.features) {
      expect(f.geometry.type).toBe('MultiPolygon');
      const p = f.properties;
      const members = areas.filter((s) => p.stp_codes.includes(s.code));
      expect(p.population_mid_2018).toBe(members.reduce((n, s) => n + s.population, 0));
      // Dissolving keeps the area (±3%: generalised shapes, spherical vs ONS area).
      const km2 = area(f) / 1e6;
      expect(Math.abs(km2 - p.area_km2) / p.area_km2).toBeLessThan(0.03);
      for (const [lng, lat] of f.geometry.coordinates.flat(2)) {
        expect(lng).toBeGreaterThan(-7);
        expect(lng).toBeLessThan(2);
        expect(lat).toBeGreaterThan(49.8);
        expect(lat).toBeLessThan(56);
      }
    }
    expect(fc.features.map((f) => f.properties.region)).toContain('Central and East of England');
  });

  it('STPs GeoJSON: 42 STPs, each with its region', async () => {
    const fc = JSON.parse(
      (await download('export-areas-geojson')).body.toString('utf8'),
    ) as FeatureCollection<Polygon | MultiPolygon, Record<string, string>>;
    expect(fc.features).toHaveLength(42);
    expect(fc.features.find((f) => f.properties.stp_code === 'E54000020')!.properties.region).toBe(
      'Central and East of England',
    );
  });

  it('PNG: the map with a title band, legend and attribution, bigger than the map alone', async () => {
    const {name, body} = await download('export-png');
    expect(name).toMatch(/^footprint-initial-map-.*\.png$/);
    const png = PNG.sync.read(body);
    const map = (await page.getByTestId('map').boundingBox())!;
    console.log(
      `exported PNG ${png.width}×${png.height}, ${body.length} bytes (map ${Math.round(map.width)}×${Math.round(map.height)})`,
    );
    expect(png.width).toBeGreaterThanOrEqual(Math.floor(map.width) + 300);
    expect(png.height).toBeGreaterThan(map.height + 100);
    expect(body.length).toBeGreaterThan(30_000);
    const at = (x: number, y: number): [number, number, number] => {
      const i = (y * png.width + x) * 4;
      return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
    };
    // Title band in NHS blue; the map area holds many colours (it was drawn, not blank).
    expect(colourDistance(at(4, 4), hexToRgb('#005eb8'))).toBeLessThan(4);
    const colours = new Set<string>();
    for (let y = 100; y < 80 + map.height; y += 7)
      for (let x = 0; x < map.width; x += 7) colours.add(at(x, y).join());
    expect(colours.size).toBeGreaterThan(20);
    // The legend's first swatch is the first region's colour.
    expect(
      colourDistance(at(Math.floor(map.width) + 28, 76 + 50 + 12), hexToRgb('#77aadd')),
    ).toBeLessThan(60);
    expect(consoleErrors).toEqual([]);
  });
});
