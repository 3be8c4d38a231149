// What each code in a user's flow file may mean, on a small made-up geography: areas, the
// official units they lie within (shared out by population), vintages, and the words the
// messages use to list the codes a file may hold.
import {describe, expect, it} from 'vitest';
import {buildCodeLookup, type CodeWords} from '../../src/data/flow-codes';
import type {AreaWithin} from '../../src/domain/types';
import {area, board, lookupOf, words} from './flow-code-fixtures';

const region = (code: string): AreaWithin => ({
  level: 'NHS region',
  vintage: 'April 2030',
  code,
  name: `Region ${code}`,
});

// A and B lie in board Y01 in 2029; in 2030 B moves to board Y02, and Y01 keeps its ODS code.
const areas = [
  area('X01000001', 300, [
    board('April 2029', 'Y01000001', 'q01'),
    board('April 2030', 'Y01000002', 'Q01'),
    region('Z01'),
  ]),
  area('X01000002', 100, [
    board('April 2029', 'Y01000001', 'q01'),
    board('April 2030', 'Y01000003', 'Q02'),
    region('Z01'),
  ]),
  // Board Y09 is the same in both years.
  area('X01000003', 50, [
    board('April 2029', 'Y09000001', 'Q09'),
    board('April 2030', 'Y09000001', 'Q09'),
  ]),
];
// Built inside each test, not at import: the mutation run credits a test only with the code it runs.
const lookup = () => lookupOf(areas, [{code: 'rt1', areaCode: 'X01000002'}]);

describe('buildCodeLookup', () => {
  it('shares a unit covering several areas by population, under its ONS and ODS codes', () => {
    const [reading, ...others] = lookup().readings.get('Y01000001')!;
    expect(others).toEqual([]);
    expect(reading).toEqual({
      kind: 'ICB',
      vintage: 'April 2029',
      officialCode: 'Y01000001',
      name: 'Board Y01000001',
      areas: [
        {area: 'X01000001', share: 0.75},
        {area: 'X01000002', share: 0.25},
      ],
      trust: false,
    });
    expect(lookup().shareBasis).toBe('mid-2029 population');
  });

  it('keeps both meanings of an ODS code whose areas changed between vintages (ambiguous)', () => {
    const q01 = lookup().readings.get('Q01')!;
    expect(q01.map((r) => [r.vintage, r.officialCode, r.areas.map((a) => a.area)])).toEqual([
      ['April 2029', 'Y01000001', ['X01000001', 'X01000002']],
      ['April 2030', 'Y01000002', ['X01000001']],
    ]);
  });

  it('reads a code that means the same areas as another kind or vintage once, with no vintage', () => {
    for (const code of ['Y09000001', 'Q09']) {
      expect(
        lookup()
          .readings.get(code)!
          .map((r) => [r.kind, r.vintage, r.areas]),
      ).toEqual([['ICB', null, [{area: 'X01000003', share: 1}]]]);
    }
    expect(
      lookup()
        .readings.get('Y01000002')!
        .map((r) => [r.kind, r.vintage]),
    ).toEqual([['ICB', 'April 2030']]);
    const region = lookup().readings.get('Z01')!;
    expect(region).toHaveLength(1);
    expect(region[0]!.areas.map((x) => x.area)).toEqual(['X01000001', 'X01000002']);
  });

  it("files a trust under its upper-cased code at its headquarters' area", () => {
    expect(lookup().readings.get('RT1')).toEqual([
      {
        kind: 'trust',
        vintage: null,
        officialCode: 'RT1',
        name: 'rt1',
        areas: [{area: 'X01000002', share: 1}],
        trust: true,
      },
    ]);
    expect(lookup().readings.get('rt1')).toBeUndefined();
  });

  it('lists the kinds of code for messages, with one example, ODS codes and vintages per level', () => {
    expect(lookup().describe).toBe(
      'a local area (X01…), ICB (Y01… or ODS code such as q01, April 2029 or April 2030) or NHS region (Z01…) of April 2030',
    );
    expect(lookup().residentKinds).toBe('a local area, ICB or NHS region');
    expect(lookup().areaNoun).toEqual({one: 'local area', many: 'local areas'});
  });

  it('puts "an" before a vowel or an initialism said with one, "a" otherwise', () => {
    const only = (one: string) =>
      buildCodeLookup({...words, areas: {...words.areas, noun: {one, many: one}}}, [], [], [])
        .residentKinds;
    expect(
      ['STP', 'CCG', 'ICB', 'NHS board', 'integrated board', 'Health board', 'board'].map(only),
    ).toEqual([
      'an STP',
      'a CCG',
      'an ICB',
      'an NHS board',
      'an integrated board',
      'a Health board',
      'a board',
    ]);
    // An initialism counts only at the start, and only its first letter's name decides.
    expect(['area NHS board', 'CSU', 'board NHS'].map(only)).toEqual([
      'an area NHS board',
      'a CSU',
      'a board NHS',
    ]);
  });

  it('keeps apart meanings that differ only in their areas or in being a trust, and the year of one given twice', () => {
    // Board Y08 of 2030 is listed under two levels for both areas.
    const both = [
      {...board('April 2030', 'Y08000001', 'Q08'), level: 'cluster'},
      board('April 2030', 'Y08000001', 'Q08'),
    ];
    const l = buildCodeLookup(
      words,
      [
        area('X01000001', 10, [board('April 2029', 'Y07000001', 'Q07'), ...both, region('Z01')]),
        area('X01000002', 10, [
          board('April 2029', 'Y07000001', 'Q07'),
          board('April 2030', 'Y07000001', 'Q07'),
          ...both,
        ]),
        area('X01000003', 10, [board('April 2030', 'Y07000001', 'Q07')]),
      ],
      [],
      [{code: 'X01000002', areaCode: 'X01000002'}],
    );
    const meanings = (code: string) =>
      l.readings.get(code)!.map((r) => [r.kind, r.vintage, r.trust, r.areas.map((a) => a.area)]);
    expect(meanings('Q07')).toEqual([
      ['ICB', 'April 2029', false, ['X01000001', 'X01000002']],
      ['ICB', 'April 2030', false, ['X01000002', 'X01000003']],
    ]);
    expect(meanings('X01000002')).toEqual([
      ['trust', null, true, ['X01000002']],
      ['local area', null, false, ['X01000002']],
    ]);
    // The same board of 2030 under two levels: one meaning, still of 2030.
    expect(meanings('Y08000001')).toEqual([
      ['cluster', 'April 2030', false, ['X01000001', 'X01000002']],
    ]);
    // Only the codes given: a unit without an ODS code adds none.
    expect([...l.readings.keys()].sort()).toEqual([
      'Q07',
      'Q08',
      'X01000001',
      'X01000002',
      'X01000003',
      'Y07000001',
      'Y08000001',
      'Z01',
    ]);
  });

  it("lists a geography's parts after its areas, with the manifest's example part and its ODS code", () => {
    const withParts: CodeWords = {...words, parts: {noun: {one: 'part'}, codeExample: 'P01000002'}};
    const part = (code: string, odsCode: string) => ({
      code,
      odsCode,
      name: `Part ${code}`,
      areaCode: 'X01000003',
      population: 25,
    });
    const parts = [part('P01000001', '01A'), part('P01000002', '02B')];
    const l = buildCodeLookup(withParts, areas.slice(2), parts, []);
    expect(l.describe).toBe(
      'a local area (X01…), part (P01… or ODS code such as 02B) or ICB (Y09… or ODS code such as Q09, April 2029 or April 2030) of April 2030',
    );
    expect(l.residentKinds).toBe('a local area, part or ICB');
    expect(l.readings.get('02B')!.map((r) => [r.kind, r.officialCode, r.areas])).toEqual([
      ['part', 'P01000002', [{area: 'X01000003', share: 1}]],
    ]);
    // Without the manifest's example among them, the first part is the example.
    expect(buildCodeLookup(withParts, [], parts.slice(0, 1), []).describe).toBe(
      'a local area (X01…) or part (P01… or ODS code such as 01A) of April 2030',
    );
  });
});
