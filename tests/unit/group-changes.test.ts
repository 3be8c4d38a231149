// Group-level changes between two options (src/domain/group-changes.ts) and their words
// (group-change-words.ts, summary.ts's groupLevelSummary) on a toy geography made for each case:
// a merge, a division with shares, a group that takes in a piece, one that stays, a rename only
// and a unit that moves on its own; and the rule for when a comparison is told group by group.
import {describe, expect, it} from 'vitest';
import {groupChanges, hasGroupChanges} from '../../src/domain/group-changes';
import {
  divisionSentence,
  groupChangeSentences,
  nameList,
} from '../../src/domain/group-change-words';
import {compareOptions} from '../../src/domain/compare';
import {groupLevelSummary, summariseComparison} from '../../src/domain/summary';
import type {Area, BoundaryOption, Region} from '../../src/domain/types';
import {options as options2018, areas as areas2018, geography as geography2018} from './real-data';
import {unitWords} from '../../src/domain/geography';

const area = (code: string, name: string, population: number): Area => ({
  code,
  onsName: name,
  name,
  shortName: name,
  population,
  partCount: 1,
  areaKm2: 1,
  anchor: [0, 0],
});
const region = (id: string, name = id.toUpperCase()): Region => ({
  id,
  code: null,
  name,
  colour: '#000000',
});
const option = (
  id: string,
  regions: Region[],
  assignments: Record<string, string>,
): BoundaryOption => ({
  id,
  title: id,
  date: '2026-04',
  description: id,
  source: {document: 'd', paragraphs: '1'},
  regions,
  assignments,
});

const UNITS: Area[] = [
  area('u1', 'One', 100),
  area('u2', 'Two', 200),
  area('u3', 'Three', 300), // P (u1, u2) and Q (u3) merge
  area('u4', 'Four', 650),
  area('u5', 'Five', 0),
  area('u6', 'Six', 350), // R divided: u4, u5 to S; u6 to T
  area('u7', 'Seven', 10), // S: takes in u4 and u5
  area('u8', 'Eight', 20), // T: takes in u6
  area('u9', 'Nine', 30), // U: stays
  area('u10', 'Ten', 40), // V: renamed Vee
  area('u11', 'Eleven', 50),
  area('u12', 'Twelve', 60), // W keeps its id, but u12 moves on its own to X
  area('u13', 'Thirteen', 70), // X
];
const A = option(
  'a',
  ['p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x'].map((id) => region(id)),
  {
    u1: 'p',
    u2: 'p',
    u3: 'q',
    u4: 'r',
    u5: 'r',
    u6: 'r',
    u7: 's',
    u8: 't',
    u9: 'u',
    u10: 'v',
    u11: 'w',
    u12: 'w',
    u13: 'x',
  },
);
const B = option(
  'b',
  [
    region('pq', 'P and Q'),
    region('s'),
    region('t', 'Tee'),
    region('u'),
    region('v', 'Vee'),
    region('w'),
    region('x'),
  ],
  {
    u1: 'pq',
    u2: 'pq',
    u3: 'pq',
    u4: 's',
    u5: 's',
    u6: 't',
    u7: 's',
    u8: 't',
    u9: 'u',
    u10: 'v',
    u11: 'w',
    u12: 'x',
    u13: 'x',
  },
);
const NOUNS = {a: {one: 'ICB', many: 'ICBs'}, b: {one: 'cluster', many: 'clusters'}};
const ids = (rs: Region[]) => rs.map((r) => r.id);

describe('group changes on a toy geography', () => {
  const c = groupChanges(A, B, UNITS);

  it('finds the merge of whole groups', () => {
    expect(c.merges.map((m) => [m.group.id, ids(m.wholes), ids(m.pieces)])).toEqual([
      ['pq', ['p', 'q'], []],
    ]);
  });

  it('divides a group B does not keep, with shares of its people, largest first', () => {
    expect(c.divisions).toHaveLength(1);
    const d = c.divisions[0]!;
    expect([d.from.id, d.population]).toEqual(['r', 1000]);
    expect(
      d.pieces.map((p) => [p.to.id, p.units.map((u) => u.code), p.population, p.share]),
    ).toEqual([
      ['s', ['u4', 'u5'], 650, 0.65],
      ['t', ['u6'], 350, 0.35],
    ]);
  });

  it('tells groups that take in a piece, renames, what stays, and a unit that moves on its own', () => {
    expect(c.grown.map((m) => [m.group.id, ids(m.wholes), ids(m.pieces)])).toEqual([
      ['s', ['s'], ['r']],
      ['t', ['t'], ['r']],
    ]);
    expect(c.renamed.map((r) => [r.from.name, r.to.name])).toEqual([['V', 'Vee']]);
    expect(ids(c.unchanged)).toEqual(['u']);
    expect(c.moves.map((m) => [m.unit.code, m.from.id, m.to.id])).toEqual([['u12', 'w', 'x']]);
    expect(c.formed).toEqual([]);
  });

  it('words each change, calling groups by each option’s noun', () => {
    expect(groupChangeSentences(c, NOUNS)).toEqual([
      'P and Q merge into P and Q.',
      'S takes in part of R.',
      'T becomes Tee, taking in part of R.',
      'R is divided between 2 clusters: 65.0% (650 people) to S; and 35.0% (350 people) to Tee.',
      'V is renamed Vee.',
      '1 cluster stays as it is.',
    ]);
  });

  it('names a divided group’s pieces when each is one unit and there are at most three', () => {
    const b = option('b2', [region('s'), region('t'), region('p'), region('q')], {
      ...B.assignments,
      u4: 's',
      u5: 'p',
      u6: 't',
    });
    const d = groupChanges(A, b, UNITS).divisions[0]!;
    expect(divisionSentence(d, NOUNS)).toBe(
      'R is divided between 3 clusters: Four (650 people, 65.0%) to S; Six (350 people, 35.0%) to T; and Five (0 people, 0.0%) to P.',
    );
  });

  it('finds no merge or division when nothing but a rename happens', () => {
    const renamed = option(
      'c',
      A.regions.map((r) => (r.id === 'u' ? region('u', 'You') : r)),
      A.assignments,
    );
    const same = groupChanges(A, renamed, UNITS);
    expect(hasGroupChanges(same)).toBe(false);
    expect(same.renamed.map((r) => r.to.name)).toEqual(['You']);
    expect(same.unchanged).toHaveLength(8);
  });

  it('lists names so a reader can split them, with semicolons where a name holds a comma or "and"', () => {
    expect(nameList(['Devon', 'Dorset'])).toBe('Devon and Dorset');
    expect(nameList(['Bedfordshire, Luton and Milton Keynes', 'Devon'])).toBe(
      'Bedfordshire, Luton and Milton Keynes; and Devon',
    );
  });
});

describe('when a comparison is told group by group', () => {
  const W = {area: {one: 'unit', many: 'units'}, part: null, group: {one: 'ICB', many: 'ICBs'}};
  // Ten groups: the merge and division above, plus one group of its own.
  const many = (o: BoundaryOption) =>
    option(`${o.id}-many`, [...o.regions, region('z')], {...o.assignments, u14: 'z'});
  const units = [...UNITS, area('u14', 'Fourteen', 1)];

  it('tells options of many groups where some merge or divide group by group, then the unit that moves', () => {
    const sentences = summariseComparison(compareOptions(many(A), many(B), units), W);
    expect(sentences[0]).toBe('P and Q merge into P and Q.');
    expect(sentences.at(-2)).toBe('2 ICBs stay as they are.');
    expect(sentences.at(-1)).toBe('1 unit moves: Twelve (60 people) from W to X.');
  });

  it('keeps the unit-by-unit words for options of a handful of groups', () => {
    const few = option('few', A.regions.slice(0, 9), A.assignments);
    expect(few.regions.length).toBeLessThan(10);
    expect(groupLevelSummary(compareOptions(few, B, UNITS), W)).toBeNull();
  });

  it('never changes a 2018 comparison’s words: no pair of its options is told group by group', () => {
    const w = unitWords(geography2018);
    for (const a of options2018) {
      for (const b of options2018)
        expect(groupLevelSummary(compareOptions(a, b, areas2018), w)).toBeNull();
    }
  });
});
