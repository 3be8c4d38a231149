// The sentences for split areas and part moves (src/domain/parts/split-words.ts), with the nouns
// given by the caller.
import {describe, expect, it} from 'vitest';
import {areaSplits, partMovesByArea} from '../../src/domain/parts/area-splits';
import {
  partMovesSentence,
  splitSentence,
  splitSentencesOf,
  splitWordsFor,
  type PartWords,
} from '../../src/domain/parts/split-words';
import {TOY_A, TOY_B, TOY_AREAS} from './toy-geography';
import {TOY_A_MID_THREE_EAST, TOY_PARTS, TOY_WORDS} from './parts-fixtures';

const withRegions = {
  ...TOY_A,
  regions: [
    ...TOY_A.regions,
    {id: 'north', code: null, name: 'North', colour: '#000000'},
    {id: 'south', code: null, name: 'South', colour: '#000000'},
  ],
};
const splitOf = (partAssignments: Record<string, string>, words: PartWords = TOY_WORDS) =>
  splitSentence(areaSplits({...withRegions, partAssignments}, TOY_PARTS)[0]!, words);
const movesOf = (a: typeof TOY_A, b: typeof TOY_A) =>
  partMovesByArea(a, b, TOY_PARTS).map((m) => partMovesSentence(m, TOY_WORDS));

describe('splitSentence', () => {
  it('names the moved part, then the others of the area by count', () => {
    expect(splitOf({E38000923: 'east'})).toBe(
      'Mid Three CCG is in the East; the other 2 CCGs of Midshire are in the West.',
    );
  });

  it('says "the other CCG" for one, and names up to three parts in a group', () => {
    expect(splitOf({E38000911: 'east'})).toBe(
      'West One CCG is in the East; the other CCG of Westshire is in the West.',
    );
    expect(splitOf({E38000942: 'west', E38000943: 'west', E38000944: 'north'})).toBe(
      'North Four CCG is in the North; North One CCG is in the East; the other 2 CCGs of Northshire are in the West.',
    );
    expect(splitOf({E38000942: 'west', E38000943: 'west', E38000944: 'west'})).toBe(
      'North One CCG is in the East; the other 3 CCGs of Northshire are in the West.',
    );
  });

  it('counts a group of more than three parts instead of naming them', () => {
    const part = (code: string) => ({code, areaCode: 'E54000999', population: 1, areaKm2: 1});
    const big = [
      'E38000801',
      'E38000802',
      'E38000803',
      'E38000804',
      'E38000805',
      'E38000806',
      'E38000807',
      'E38000808',
      'E38000809',
    ].map(part);
    const option = {
      ...withRegions,
      assignments: {E54000999: 'west'},
      partAssignments: {E38000801: 'east', E38000802: 'east', E38000803: 'east', E38000804: 'east'},
    };
    const words = {...TOY_WORDS, areaName: () => 'Bigshire'};
    expect(splitSentence(areaSplits(option, big)[0]!, words)).toBe(
      '4 CCGs of Bigshire are in the East; the other 5 CCGs of Bigshire are in the West.',
    );
  });

  it('takes its nouns from the caller', () => {
    const words: PartWords = {...TOY_WORDS, part: 'place', parts: 'places'};
    expect(splitOf({E38000923: 'east'}, words)).toBe(
      'Mid Three CCG is in the East; the other 2 places of Midshire are in the West.',
    );
  });
});

describe('partMovesSentence', () => {
  it("says how many of the area's parts move, and which, from where to where", () => {
    expect(movesOf(TOY_A, TOY_A_MID_THREE_EAST)).toEqual([
      "1 of Midshire's 3 CCGs moves: Mid Three CCG, from the West to the East.",
    ]);
    expect(movesOf(TOY_A_MID_THREE_EAST, TOY_B)).toEqual([
      "2 of Midshire's 3 CCGs move: Mid One CCG and Mid Two CCG, from the West to the East.",
    ]);
  });

  it('groups moves by route', () => {
    const b = {
      ...withRegions,
      partAssignments: {E38000941: 'west', E38000942: 'north', E38000943: 'west'},
    };
    expect(
      partMovesByArea(withRegions, b, TOY_PARTS).map((m) => partMovesSentence(m, TOY_WORDS)),
    ).toEqual([
      "3 of Northshire's 4 CCGs move: North One CCG and North Three CCG, from the East to the West; North Two CCG, from the East to the North.",
    ]);
  });

  it('says so when every part moves the same way, and words an area of one part', () => {
    expect(
      movesOf(TOY_A, {
        ...TOY_A,
        assignments: {...TOY_A.assignments, E54000902: 'east', E54000903: 'west'},
      }),
    ).toEqual([
      "All 3 of Midshire's CCGs move from the West to the East.",
      "Eastshire's only CCG moves from the East to the West.",
    ]);
  });

  it('words a part with no region as the caller says', () => {
    const unassigned = {...TOY_A, assignments: {...TOY_A.assignments}};
    delete (unassigned.assignments as Record<string, string>).E54000905;
    expect(movesOf(TOY_A, unassigned)).toEqual([
      "Southshire's only CCG moves from the East to no region.",
    ]);
  });
});

describe('splitWordsFor and splitSentencesOf', () => {
  const london = {
    ...withRegions,
    regions: [
      ...withRegions.regions,
      {id: 'london', code: null, name: 'London', colour: '#000000'},
      {id: 'midlands', code: null, name: 'Midlands', colour: '#000000'},
    ],
  };
  const words = splitWordsFor(
    london,
    {one: 'ward', many: 'wards'},
    (code) => `area ${code}`,
    (code) => `part ${code}`,
    {one: 'region', many: 'regions'},
  );

  it('says "no" and the option’s group noun for none: "no ICB" on an ICB option', () => {
    const icb = splitWordsFor(london, {one: 'ward', many: 'wards'}, String, String, {
      one: 'ICB',
      many: 'ICBs',
    });
    expect(icb.regionName(undefined)).toBe('no ICB');
  });

  it('words regions as a sentence does, with "no region" for none, and takes the nouns given', () => {
    expect(words.regionName('midlands')).toBe('the Midlands');
    expect(words.regionName('london')).toBe('London');
    expect(words.regionName(undefined)).toBe('no region');
    expect(words.regionName('nowhere')).toBe('no region');
    expect([words.part, words.parts, words.areaName('X'), words.partName('Y')]).toEqual([
      'ward',
      'wards',
      'area X',
      'part Y',
    ]);
  });

  it('gives each split area its sentence by area code, and nothing for an option that splits none', () => {
    const mid = TOY_AREAS[1]!.code;
    const sentences = splitSentencesOf(
      {...london, partAssignments: {E38000923: 'midlands'}},
      TOY_PARTS,
      words,
    );
    expect([...sentences.keys()]).toEqual([mid]);
    expect(sentences.get(mid)).toBe(
      `part E38000923 is in the Midlands; the other 2 wards of area ${mid} are in the West.`,
    );
    expect(splitSentencesOf(london, TOY_PARTS, words).size).toBe(0);
  });
});
