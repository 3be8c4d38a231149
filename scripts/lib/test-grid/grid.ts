// A small made-up geography for the tests only: a 14 × 14 grid of square "cells" in five regions,
// with populations, districts and flows, described by its own manifest. It proves that the app
// reads everything through a manifest: nothing in src/ names it, and a browser test opens it at
// ?geography=test-grid (the test server serves tests/fixtures/geographies/ at geographies/).
// Deterministic: the same files on every build. This file holds the cells and their shapes;
// the options, districts and flows, and the manifest are in grid-options.ts, grid-data.ts and
// grid-manifest.ts.
import {topology} from 'topojson-server';
import type {Feature, FeatureCollection, Polygon} from 'geojson';
import {seededRandom} from '../../../src/domain/builder/synthetic';

export const GRID_ID = 'test-grid';
const SIZE = 14;
/** Degrees per cell: about 11 km north–south. */
const STEP = 0.1;
const WEST = -3;
const NORTH = 53.4;

const code = (x: number, y: number) => `T01${String(y * SIZE + x).padStart(4, '0')}`;
const square = (w: number, n: number, size: number): Polygon => ({
  type: 'Polygon',
  // Counter-clockwise (RFC 7946), as the raw files are.
  coordinates: [
    [
      [w, n],
      [w, n - size],
      [w + size, n - size],
      [w + size, n],
      [w, n],
    ],
  ],
});

export interface GridCell {
  code: string;
  x: number;
  y: number;
  population: number;
}

export function gridCells(): GridCell[] {
  const next = seededRandom(2026);
  const cells: GridCell[] = [];
  for (let y = 0; y < SIZE; y++)
    for (let x = 0; x < SIZE; x++)
      cells.push({code: code(x, y), x, y, population: 20000 + Math.round(next() * 180000)});
  return cells;
}

/** The cells as the areas topology: each with the properties the app's area schema asks for. */
export function gridAreas(cells: readonly GridCell[]) {
  const features: Feature<Polygon>[] = cells.map((c) => {
    const w = WEST + c.x * STEP;
    const n = NORTH - c.y * STEP;
    const name = `Cell ${String.fromCharCode(65 + c.x)}${c.y + 1}`;
    const areaKm2 =
      Math.round(111.32 * STEP * 111.32 * STEP * Math.cos(((n - STEP / 2) * Math.PI) / 180) * 10) /
      10;
    return {
      type: 'Feature',
      id: c.code,
      geometry: square(w, n, STEP),
      properties: {
        code: c.code,
        onsName: name,
        name,
        shortName: name.replace('Cell ', ''),
        population: c.population,
        partCount: 1,
        areaKm2,
        anchor: [round(w + STEP / 2), round(n - STEP / 2)],
      },
    };
  });
  return topology({areas: {type: 'FeatureCollection', features} as FeatureCollection}, 1e4);
}

/** One neighbouring land west of the grid, for orientation as the 2018 map has Wales. */
export function gridContext() {
  const land: Feature<Polygon> = {
    type: 'Feature',
    geometry: square(WEST - 0.6, NORTH, 0.5),
    properties: {code: 'W00000001', name: 'Westland'},
  };
  return topology(
    {context: {type: 'FeatureCollection', features: [land]} as FeatureCollection},
    1e4,
  );
}

const round = (n: number) => Math.round(n * 1e4) / 1e4;

/** The map's home view: the grid and its neighbouring land, [west, south, east, north]. */
export const GRID_BOUNDS: [number, number, number, number] = [
  WEST - 0.7,
  NORTH - SIZE * STEP - 0.05,
  WEST + SIZE * STEP + 0.05,
  NORTH + 0.05,
];
