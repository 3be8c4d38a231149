// Every criterion on the toy geography (tests/unit/criteria-fixtures.ts), worked out by hand.
import {describe, expect, it} from 'vitest';
import {optionCriteria} from '../../src/domain/criteria/score';
import {districtSplits} from '../../src/domain/criteria/coterminosity';
import type {BoundaryOption} from '../../src/domain/types';
import {TOY_A, TOY_B, TOY_C, TOY_AREAS} from './toy-geography';
import {TOY_DISTRICTS, TOY_FLOWS} from './criteria-fixtures';

const inputs = {units: TOY_AREAS, flows: TOY_FLOWS, districts: TOY_DISTRICTS};

describe('optionCriteria on the toy geography', () => {
  it('population balance: largest ÷ smallest and each region against an equal share', () => {
    const a = optionCriteria(TOY_A, inputs);
    expect(a.populationRatio).toBeCloseTo(7500 / 3000, 12);
    expect(a.regions.map((r) => [r.regionId, r.population])).toEqual([
      ['west', 3000],
      ['east', 7500],
    ]);
    expect(a.regions[0]!.ofEqualShare).toBeCloseTo(3000 / 5250, 12);
    expect(a.regions[1]!.ofEqualShare).toBeCloseTo(7500 / 5250, 12);
    expect(optionCriteria(TOY_C, inputs).populationRatio).toBeCloseTo(4000 / 3000, 12);
  });

  it('containment per region, the lowest region and residents outside their region', () => {
    const a = optionCriteria(TOY_A, inputs);
    expect(a.regions.map((r) => [r.containment, r.outsideRegion])).toEqual([
      [1800 / 2000, 200],
      [2200 / 2500, 300],
    ]);
    expect(a.lowestContainment).toEqual({regionId: 'east', value: 2200 / 2500});
    expect(a.outsideRegion).toBe(500);
    const b = optionCriteria(TOY_B, inputs);
    expect(b.outsideRegion).toBe(400);
    expect(b.regions.map((r) => r.containment)).toEqual([900 / 1000, 3200 / 3500]);
    expect(b.lowestContainment).toEqual({regionId: 'west', value: 900 / 1000});
  });

  it('without flows the flow criteria are null, not zero', () => {
    const a = optionCriteria(TOY_A, {...inputs, flows: null});
    expect([
      a.outsideRegion,
      a.lowestContainment,
      a.regions[0]!.containment,
      a.regions[0]!.outsideRegion,
    ]).toEqual([null, null, null, null]);
    expect(a.populationRatio).not.toBeNull();
  });

  it('span: STPs, CCGs and area per region, and the extremes', () => {
    const a = optionCriteria(TOY_A, inputs);
    expect(a.regions.map((r) => [r.areas, r.parts, r.areaKm2])).toEqual([
      [2, 5, 300],
      [3, 6, 750],
    ]);
    expect([a.mostAreas, a.fewestAreas, a.mostParts, a.fewestParts, a.largestAreaKm2]).toEqual([
      3, 2, 6, 5, 750,
    ]);
    const b = optionCriteria(TOY_B, inputs);
    expect([b.mostAreas, b.fewestAreas, b.mostParts, b.fewestParts, b.largestAreaKm2]).toEqual([
      4, 1, 9, 2, 950,
    ]);
  });

  it('coterminosity: districts split between regions and the residents on the minority side', () => {
    expect(optionCriteria(TOY_A, inputs).splitDistricts).toEqual([]);
    const b = optionCriteria(TOY_B, inputs);
    expect(b.splitDistricts).toEqual([
      {
        code: 'E07000901',
        name: 'Borderton',
        regions: [
          {regionId: 'west', residents: 600},
          {regionId: 'east', residents: 400},
        ],
        minorityResidents: 400,
      },
    ]);
    expect(b.minorityResidents).toBe(400);
    expect(b.regions.map((r) => r.sharedDistricts.map((d) => d.code))).toEqual([
      ['E07000901'],
      ['E07000901'],
    ]);
    // A 300/300 tie: the region listed first in the option (North) counts as the majority.
    const c = optionCriteria(TOY_C, inputs);
    expect(c.splitDistricts).toEqual([
      {
        code: 'E07000902',
        name: 'Tri',
        regions: [
          {regionId: 'north', residents: 300},
          {regionId: 'south', residents: 300},
        ],
        minorityResidents: 300,
      },
    ]);
    expect(c.regions.map((r) => [r.regionId, r.sharedDistricts.length])).toEqual([
      ['west', 0],
      ['north', 1],
      ['south', 1],
    ]);
  });

  it('a three-way split counts everything outside the largest region', () => {
    const three: BoundaryOption = {
      ...TOY_C,
      regions: [...TOY_C.regions, {id: 'x', code: null, name: 'X', colour: '#000000'}],
      assignments: {...TOY_C.assignments, E54000905: 'x'},
    };
    const [split] = districtSplits(three, TOY_DISTRICTS);
    expect(split).toEqual({
      code: 'E07000902',
      name: 'Tri',
      regions: [
        {regionId: 'north', residents: 300},
        {regionId: 'x', residents: 200},
        {regionId: 'south', residents: 100},
      ],
      minorityResidents: 300,
    });
  });

  it('an unfinished option: unassigned STPs and empty regions are left out, nothing throws', () => {
    const assignments = Object.fromEntries(
      Object.entries(TOY_A.assignments).filter(([code]) => code !== 'E54000905'),
    );
    const partial: BoundaryOption = {
      ...TOY_A,
      regions: [...TOY_A.regions, {id: 'empty', code: null, name: 'Empty', colour: '#000000'}],
      assignments,
    };
    const p = optionCriteria(partial, inputs);
    expect(p.regions.map((r) => r.regionId)).toEqual(['west', 'east']);
    expect(p.regions[1]!.areas).toBe(2);
    expect(p.fewestAreas).toBe(2);
    const none = optionCriteria({...TOY_A, assignments: {}}, inputs);
    expect([
      none.populationRatio,
      none.lowestContainment,
      none.mostAreas,
      none.largestAreaKm2,
      none.splitDistricts.length,
    ]).toEqual([null, null, 0, 0, 0]);
    expect(
      optionCriteria(
        {...TOY_A, assignments: {...TOY_A.assignments, E54000901: 'east', E54000902: 'east'}},
        inputs,
      ).populationRatio,
    ).toBeNull();
  });
});
