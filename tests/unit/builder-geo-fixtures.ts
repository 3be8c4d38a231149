// Shared by the builder tests: the real STP adjacency, a small island geography, and fast-check
// arbitraries for random options over a synthetic grid.
import fc from 'fast-check';
import {areaNeighbours} from '../../src/domain/adjacency';
import type {AssignableUnit} from '../../src/domain/builder/units';
import {syntheticGeography} from '../../src/domain/builder/synthetic';
import type {BoundaryOption, Region} from '../../src/domain/types';
import {areaTopology} from './real-data';

export const AREA_ADJACENCY = areaNeighbours(areaTopology);
export const CORNWALL = 'E54000036';
export const LINCOLNSHIRE = 'E54000013';
export const NEY = 'north-east-and-yorkshire';

const unit = (
  code: string,
  name: string,
  population: number,
  anchor: [number, number],
): AssignableUnit => ({code, name, population, partCount: 1, areaKm2: 100, anchor});
/** Mainland A–B–C in a row, west to east; the Isles of Scilly (S) have no land border and are
 * nearest to A. */
export const ISLAND_UNITS: AssignableUnit[] = [
  unit('A', 'Westland', 300, [-5, 50]),
  unit('B', 'Midland', 200, [-4, 50]),
  unit('C', 'Eastland', 100, [-3, 50]),
  unit('S', 'Isles of Scilly', 2, [-6.3, 49.9]),
];
export const ISLAND_ADJACENCY = new Map([
  ['A', ['B']],
  ['B', ['A', 'C']],
  ['C', ['B']],
  ['S', []],
]);
export const region = (id: string, name = id, colour = '#dddddd'): Region => ({
  id,
  code: null,
  name,
  colour,
});
export const toyOption = (
  regions: Region[],
  assignments: Record<string, string>,
): BoundaryOption => ({
  id: 'toy',
  title: 'Toy',
  date: '2018-05',
  description: 'toy',
  source: {document: 'd', paragraphs: '1'},
  regions,
  assignments,
});

/** A synthetic grid (2–8 × 2–8) with every unit put in one of k random regions (1–4). */
export const randomGridOption = fc
  .record({
    width: fc.integer({min: 2, max: 8}),
    height: fc.integer({min: 2, max: 8}),
    k: fc.integer({min: 1, max: 4}),
    seed: fc.integer({min: 1, max: 1000}),
  })
  .chain(({width, height, k, seed}) => {
    const g = syntheticGeography({width, height, regions: 1, seed});
    return fc
      .array(fc.integer({min: 0, max: k - 1}), {
        minLength: g.units.length,
        maxLength: g.units.length,
      })
      .map((picks) => {
        const regions = Array.from({length: k}, (_, i) => region(`r${i}`, `Region ${i + 1}`));
        const assignments = Object.fromEntries(g.units.map((u, i) => [u.code, `r${picks[i]}`]));
        return {...g, option: toyOption(regions, assignments)};
      });
  });
