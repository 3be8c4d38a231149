// Region totals at part granularity (src/domain/parts/part-aggregates.ts) on the toy geography.
import {describe, expect, it} from 'vitest';
import {regionAggregates} from '../../src/domain/aggregates';
import {partRegionAggregates} from '../../src/domain/parts/part-aggregates';
import {TOY_A, TOY_AREAS} from './toy-geography';
import {TOY_A_MID_THREE_EAST, TOY_PARTS} from './parts-fixtures';

const [W, M, E, N, S] = TOY_AREAS.map((s) => s.code) as [string, string, string, string, string];
const shape = (rows: ReturnType<typeof partRegionAggregates>) =>
  rows.map(({region, population, parts, wholeAreaCodes, partAreaCodes, areaKm2}) => ({
    id: region.id,
    population,
    parts,
    wholeAreaCodes,
    partAreaCodes,
    areaKm2,
  }));

describe('partRegionAggregates', () => {
  it('counts whole areas with their own figures', () => {
    expect(shape(partRegionAggregates(TOY_A, TOY_AREAS, TOY_PARTS))).toEqual([
      {
        id: 'west',
        population: 3000,
        parts: 5,
        wholeAreaCodes: [W, M],
        partAreaCodes: [],
        areaKm2: 300,
      },
      {
        id: 'east',
        population: 7500,
        parts: 6,
        wholeAreaCodes: [E, N, S],
        partAreaCodes: [],
        areaKm2: 750,
      },
    ]);
  });

  it('counts a split area part by part: the moved part leaves one region for the other', () => {
    const rows = partRegionAggregates(TOY_A_MID_THREE_EAST, TOY_AREAS, TOY_PARTS);
    expect(shape(rows)).toEqual([
      {
        id: 'west',
        population: 2700,
        parts: 4,
        wholeAreaCodes: [W],
        partAreaCodes: [M],
        areaKm2: 270,
      },
      {
        id: 'east',
        population: 7800,
        parts: 7,
        wholeAreaCodes: [E, N, S],
        partAreaCodes: [M],
        areaKm2: 780,
      },
    ]);
    expect(rows.map((r) => r.populationShare)).toEqual([2700 / 10500, 7800 / 10500]);
  });

  it('counts an area whole where all its parts moved together', () => {
    const option = {
      ...TOY_A,
      partAssignments: {E38000921: 'east', E38000922: 'east', E38000923: 'east'},
    };
    expect(shape(partRegionAggregates(option, TOY_AREAS, TOY_PARTS))[1]).toEqual({
      id: 'east',
      population: 9500,
      parts: 9,
      wholeAreaCodes: [M, E, N, S],
      partAreaCodes: [],
      areaKm2: 950,
    });
  });

  it('counts an area with no listed parts whole in its own region, and unplaced units nowhere', () => {
    const rows = partRegionAggregates(
      {...TOY_A, assignments: {...TOY_A.assignments, [S]: 'gone'}},
      TOY_AREAS,
      TOY_PARTS.slice(0, 5),
    );
    expect(shape(rows)[1]).toEqual({
      id: 'east',
      population: 7000,
      parts: 5,
      wholeAreaCodes: [E, N],
      partAreaCodes: [],
      areaKm2: 700,
    });
    expect(rows[1]!.populationShare).toBe(7000 / 10500);
  });

  it("gives regionAggregates' figures when no part moves", () => {
    const today = regionAggregates(TOY_A, TOY_AREAS);
    const parts = partRegionAggregates(TOY_A, TOY_AREAS, TOY_PARTS);
    expect(
      parts.map((r) => [r.population, r.parts, r.wholeAreaCodes, r.areaKm2, r.populationShare]),
    ).toEqual(today.map((r) => [r.population, r.parts, r.areaCodes, r.areaKm2, r.populationShare]));
  });
});
