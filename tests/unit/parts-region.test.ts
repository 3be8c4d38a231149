// A part's region, the areas an option splits, and the parts that move between two options
// (src/domain/parts/part-region.ts, area-splits.ts), on the toy geography.
import {describe, expect, it} from 'vitest';
import {areaSplits, partMovesByArea} from '../../src/domain/parts/area-splits';
import {movesParts, partRegionId, partsByArea} from '../../src/domain/parts/part-region';
import {TOY_A, TOY_B} from './toy-geography';
import {TOY_A_MID_THREE_EAST, TOY_PARTS} from './parts-fixtures';

const MID = 'E54000902';

describe("a part's region", () => {
  it("is its own assignment when the option moves it, else its area's", () => {
    expect(partRegionId(TOY_A, {code: 'E38000923', areaCode: MID})).toBe('west');
    expect(partRegionId(TOY_A_MID_THREE_EAST, {code: 'E38000923', areaCode: MID})).toBe('east');
    expect(partRegionId(TOY_A_MID_THREE_EAST, {code: 'E38000922', areaCode: MID})).toBe('west');
  });

  it('is undefined when neither the part nor its area is assigned', () => {
    expect(partRegionId(TOY_A, {code: 'E38000999', areaCode: 'E54000999'})).toBeUndefined();
  });

  it('groups parts by area in order of first appearance', () => {
    expect([...partsByArea(TOY_PARTS).entries()].map(([a, ps]) => [a, ps.length])).toEqual([
      ['E54000901', 2],
      ['E54000902', 3],
      ['E54000903', 1],
      ['E54000904', 4],
      ['E54000905', 1],
    ]);
  });

  it('tells an option that moves parts from one whose part assignments change nothing', () => {
    expect(movesParts(TOY_A, TOY_PARTS)).toBe(false);
    expect(movesParts(TOY_A_MID_THREE_EAST, TOY_PARTS)).toBe(true);
    expect(movesParts({...TOY_A, partAssignments: {E38000923: 'west'}}, TOY_PARTS)).toBe(false);
  });
});

describe('areaSplits', () => {
  it('finds no split without part moves, nor when every part of an area moves together', () => {
    expect(areaSplits(TOY_A, TOY_PARTS)).toEqual([]);
    const allOfWest = {...TOY_A, partAssignments: {E38000911: 'east', E38000912: 'east'}};
    expect(areaSplits(allOfWest, TOY_PARTS)).toEqual([]);
  });

  it("lists a split area's regions, most parts first, with the area's own region", () => {
    expect(areaSplits(TOY_A_MID_THREE_EAST, TOY_PARTS)).toEqual([
      {
        areaCode: MID,
        areaRegionId: 'west',
        partCount: 3,
        groups: [
          {regionId: 'west', partCodes: ['E38000921', 'E38000922']},
          {regionId: 'east', partCodes: ['E38000923']},
        ],
      },
    ]);
  });

  it("breaks a tie in parts towards the area's own region, then the option's region order", () => {
    const option = {
      ...TOY_A,
      regions: [...TOY_A.regions, {id: 'north', code: null, name: 'North', colour: '#000000'}],
      partAssignments: {E38000921: 'north', E38000922: 'east'},
    };
    expect(areaSplits(option, TOY_PARTS)[0]!.groups.map((g) => g.regionId)).toEqual([
      'west',
      'east',
      'north',
    ]);
    const twoEach = {...TOY_A, partAssignments: {E38000941: 'west', E38000942: 'west'}};
    expect(areaSplits(twoEach, TOY_PARTS)[0]!.groups.map((g) => g.regionId)).toEqual([
      'east',
      'west',
    ]);
  });

  it('leaves out parts with no region: they make no split', () => {
    const unassigned = {
      ...TOY_A,
      assignments: {...TOY_A.assignments, [MID]: undefined as unknown as string},
      partAssignments: {E38000923: 'east'},
    };
    expect(areaSplits(unassigned, TOY_PARTS)).toEqual([]);
  });
});

describe('partMovesByArea', () => {
  it('lists the parts changing region, by area, including whole-area moves', () => {
    expect(partMovesByArea(TOY_A, TOY_A_MID_THREE_EAST, TOY_PARTS)).toEqual([
      {areaCode: MID, partCount: 3, moves: [{partCode: 'E38000923', from: 'west', to: 'east'}]},
    ]);
    expect(partMovesByArea(TOY_A_MID_THREE_EAST, TOY_B, TOY_PARTS)).toEqual([
      {
        areaCode: MID,
        partCount: 3,
        moves: [
          {partCode: 'E38000921', from: 'west', to: 'east'},
          {partCode: 'E38000922', from: 'west', to: 'east'},
        ],
      },
    ]);
    expect(partMovesByArea(TOY_A, TOY_A, TOY_PARTS)).toEqual([]);
  });
});
