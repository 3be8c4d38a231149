// The criteria scorecard at part granularity (src/domain/parts/part-criteria.ts) on the toy
// geography: a split area counts in both its regions' STP counts, its parts in one each.
import {describe, expect, it} from 'vitest';
import {optionCriteria} from '../../src/domain/criteria/score';
import {partOptionCriteria} from '../../src/domain/parts/part-criteria';
import {partFlowsOf} from '../../src/domain/parts/part-flows';
import {TOY_FLOWS} from './criteria-fixtures';
import {TOY_A, TOY_AREAS} from './toy-geography';
import {TOY_A_MID_THREE_EAST, TOY_FINER, TOY_PARTS, TOY_TRUSTS} from './parts-fixtures';

const flows = partFlowsOf(TOY_FLOWS, TOY_FINER, TOY_TRUSTS, TOY_PARTS);
const inputs = {areas: TOY_AREAS, parts: TOY_PARTS, flows, districts: []};

describe('partOptionCriteria', () => {
  it("gives optionCriteria's result when no part moves", () => {
    expect(partOptionCriteria(TOY_A, inputs)).toEqual(
      optionCriteria(TOY_A, {units: TOY_AREAS, flows: TOY_FLOWS, districts: []}),
    );
  });

  it('counts a split area in both regions and each part once', () => {
    const c = partOptionCriteria(TOY_A_MID_THREE_EAST, inputs);
    expect(
      c.regions.map((r) => [
        r.regionId,
        r.population,
        r.areas,
        r.parts,
        r.areaKm2,
        r.outsideRegion,
      ]),
    ).toEqual([
      ['west', 2700, 2, 4, 270, 300],
      ['east', 7800, 4, 7, 780, 300],
    ]);
    expect(c.regions.map((r) => r.ofEqualShare)).toEqual([2700 / 5250, 7800 / 5250]);
    expect([c.populationRatio, c.outsideRegion, c.mostAreas, c.fewestParts]).toEqual([
      7800 / 2700,
      600,
      4,
      4,
    ]);
    expect(c.lowestContainment).toEqual({regionId: 'west', value: 1500 / 1800});
  });

  it('has null flow criteria without flows, and leaves out regions with nothing in them', () => {
    const c = partOptionCriteria(
      {
        ...TOY_A,
        regions: [...TOY_A.regions, {id: 'empty', code: null, name: 'Empty', colour: '#000000'}],
      },
      {...inputs, flows: null, districts: []},
    );
    expect(c.regions.map((r) => r.regionId)).toEqual(['west', 'east']);
    expect([c.outsideRegion, c.lowestContainment, c.regions[0]!.containment]).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('has the districts split by the moved part', () => {
    const districts = [
      {
        code: 'E07000901',
        name: 'Borderton',
        parts: [
          {partCode: 'E38000911', residents: 600},
          {partCode: 'E38000923', residents: 400},
        ],
      },
    ];
    const c = partOptionCriteria(TOY_A_MID_THREE_EAST, {...inputs, districts});
    expect([
      c.splitDistricts.map((s) => s.code),
      c.minorityResidents,
      c.regions[1]!.sharedDistricts.length,
    ]).toEqual([['E07000901'], 400, 1]);
  });
});
