import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import {
  findOption,
  optionPhrase,
  optionProblems,
  regionMembers,
  regionOfArea,
  areaCounts,
  areasInRegion,
} from '../../src/domain/options';
import {optionSchema, optionsFileSchema} from '../../src/data/schemas';
import type {BoundaryOption, Area} from '../../src/domain/types';
import {geography} from './real-data';

const area = (code: string, name = code): Area => ({
  code,
  onsName: name,
  name,
  shortName: name,
  population: 100,
  partCount: 1,
  areaKm2: 10,
  anchor: [0, 0],
});
const AREAS = [
  area('E54000901', 'Westshire'),
  area('E54000902', 'Midshire'),
  area('E54000903', 'Eastshire'),
];
const TOY: BoundaryOption = {
  id: 'toy',
  title: 'Toy',
  date: '2018-05',
  description: 'x',
  source: {document: 'd', paragraphs: '1'},
  regions: [
    {id: 'west', code: null, name: 'West', colour: '#000001'},
    {id: 'east', code: null, name: 'East', colour: '#000002'},
  ],
  assignments: {E54000901: 'west', E54000902: 'east', E54000903: 'east'},
};

describe('option lookups', () => {
  it('finds the region of an STP and the STPs of a region', () => {
    expect(regionOfArea(TOY, 'E54000902')?.name).toBe('East');
    expect(regionOfArea(TOY, 'E54000999')).toBeUndefined();
    expect(areasInRegion(TOY, 'east', AREAS).map((s) => s.name)).toEqual(['Midshire', 'Eastshire']);
    expect([...areaCounts(TOY)]).toEqual([
      ['west', 1],
      ['east', 2],
    ]);
    expect(findOption([TOY], 'toy')).toBe(TOY);
    expect(findOption([TOY], 'nope')).toBeUndefined();
  });

  it('reports an unassigned STP, an unknown STP and an unknown region', () => {
    expect(optionProblems(TOY, AREAS, geography.areas.noun, geography.regionNoun)).toEqual([]);
    const broken = {
      ...TOY,
      assignments: {E54000901: 'west', E54000902: 'north', E54000999: 'east'},
    };
    expect(optionProblems(broken, AREAS, geography.areas.noun, geography.regionNoun)).toEqual([
      'Eastshire is not assigned to a region',
      'E54000902 is assigned to unknown region "north"',
      'E54000999 is not an STP',
    ]);
    // An option with its own noun (England 2026's "ICB") is checked in its words.
    const icbs = {...broken, groupNoun: {one: 'ICB', many: 'ICBs'}};
    expect(optionProblems(icbs, AREAS, geography.areas.noun, geography.regionNoun)).toEqual([
      'Eastshire is not assigned to an ICB',
      'E54000902 is assigned to unknown ICB "north"',
      'E54000999 is not an STP',
    ]);
  });

  it('schema rejects a region with no STPs and an assignment to a missing region', () => {
    const empty = {
      ...TOY,
      regions: [...TOY.regions, {id: 'north', code: null, name: 'North', colour: '#000003'}],
    };
    expect(optionSchema(geography).safeParse(empty).error?.issues[0]?.message).toBe(
      'option "toy": region "north" has no STPs',
    );
    const unknown = {...TOY, assignments: {...TOY.assignments, E54000903: 'south'}};
    expect(optionSchema(geography).safeParse(unknown).success).toBe(false);
  });
});

describe('the real options file', () => {
  const file = optionsFileSchema(geography).parse(
    JSON.parse(readFileSync('data/england-2018/options.json', 'utf8')),
  );
  const codes = Object.keys(file.options[0]!.assignments);
  it('has Before, Initial and Revised, each assigning all 42 STPs', () => {
    expect(file.options.map((o) => o.id)).toEqual(['before', 'initial', 'revised']);
    for (const o of file.options) {
      expect(Object.keys(o.assignments).sort()).toEqual(codes.sort());
      expect(codes).toHaveLength(42);
    }
    expect(file.options.map((o) => o.regions.length)).toEqual([5, 7, 7]);
  });

  it('reads naturally inside a sentence (regression: "under the before (five regions)")', () => {
    expect(file.options.map((o) => `Under ${optionPhrase(o)}`)).toEqual([
      'Under the five regions of April 2018',
      'Under the initial proposal',
      'Under the revised proposal',
    ]);
    expect(optionPhrase({title: 'My option'})).toBe('“My option”');
  });

  it('moves only Northamptonshire between the initial and revised proposals', () => {
    const [, initial, revised] = file.options as BoundaryOption[];
    const moved = codes.filter((c) => initial!.assignments[c] !== revised!.assignments[c]);
    expect(moved).toEqual(['E54000020']);
    expect(regionOfArea(initial!, 'E54000020')?.name).toBe('Central and East of England');
    expect(regionOfArea(revised!, 'E54000020')?.name).toBe('Midlands');
    expect([...areaCounts(revised!)].find(([id]) => id === 'midlands')?.[1]).toBe(11);
    expect([...areaCounts(initial!)].find(([id]) => id === 'midlands')?.[1]).toBe(10);
  });
});

describe('regionMembers', () => {
  it("lists a region's codes in the option's order, and none for a region without units", () => {
    const option = {assignments: {b: 'north', a: 'south', c: 'north'} as Record<string, string>};
    expect(regionMembers(option, 'north')).toEqual(['b', 'c']);
    expect(regionMembers(option, 'east')).toEqual([]);
  });
});
