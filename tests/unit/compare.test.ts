import {describe, expect, it} from 'vitest';
import {change, compareOptions} from '../../src/domain/compare';
import {listJoin, signedPercent, summariseComparison} from '../../src/domain/summary';
import {TOY_A, TOY_B, TOY_C, TOY_AREAS} from './toy-geography';
import {NORTHAMPTONSHIRE, option, areas} from './real-data';
import {unitWords} from '../../src/domain/geography';
import {geography as geography2018} from './real-data';

/** The 2018 geography's nouns: STP and CCG. */
const W = unitWords(geography2018);

describe('comparing two options on a toy geography', () => {
  it('finds one move and a rename, matching regions by id', () => {
    const cmp = compareOptions(TOY_A, TOY_B, TOY_AREAS);
    expect(cmp.moves.map((m) => [m.area.name, m.from.name, m.to.name])).toEqual([
      ['Midshire', 'West', 'Central and East'],
    ]);
    expect(cmp.regions.map((r) => [r.id, r.status, r.renamedFrom])).toEqual([
      ['west', 'kept', null],
      ['east', 'kept', 'East'],
    ]);
    const east = cmp.regions[1]!;
    expect(east.gained).toEqual(['E54000902']);
    expect(change(east.a!.population, east.b!.population)).toEqual({
      a: 7500,
      b: 9500,
      delta: 2000,
      pct: 2000 / 7500,
    });
  });

  it('lists created regions after kept ones and removed regions last', () => {
    const cmp = compareOptions(TOY_A, TOY_C, TOY_AREAS);
    expect(cmp.regions.map((r) => [r.id, r.status])).toEqual([
      ['west', 'kept'],
      ['north', 'created'],
      ['south', 'created'],
      ['east', 'removed'],
    ]);
    expect(cmp.regions[3]!.b).toBeNull();
    expect(cmp.regions[1]!.a).toBeNull();
    expect(cmp.moves).toHaveLength(3);
  });

  it('signs changes and gives no percentage from zero', () => {
    expect(change(null, 5)).toEqual({a: null, b: 5, delta: 5, pct: null});
    expect(change(4, null)).toEqual({a: 4, b: null, delta: -4, pct: -1});
  });
});

describe('summary wording', () => {
  it('says so when nothing moves', () => {
    expect(summariseComparison(compareOptions(TOY_A, TOY_A, TOY_AREAS), W)).toEqual([
      'No STP changes region.',
    ]);
  });

  it('words one move, a renamed region and the totals that change', () => {
    expect(summariseComparison(compareOptions(TOY_A, TOY_B, TOY_AREAS), W)).toEqual([
      '1 STP moves: Midshire (2,000 people) from West to Central and East.',
      'East is renamed Central and East.',
      'West: −1 STP, −3 CCGs, −2,000 people (−66.7%).',
      'Central and East: +1 STP, +3 CCGs, +2,000 people (+26.7%).',
    ]);
  });

  it('words several moves, a removed region and new regions', () => {
    expect(summariseComparison(compareOptions(TOY_A, TOY_C, TOY_AREAS), W)).toEqual([
      '3 STPs move: Eastshire (3,000 people) and Southshire (500 people) from East to South; Northshire (4,000 people) from East to North.',
      'East is removed: its 3 STPs go to South (2) and North (1).',
      'New regions: North (1 STP, 4,000 people) and South (2 STPs, 3,500 people).',
    ]);
  });

  it('words regions merging back (one STP, two STPs)', () => {
    expect(summariseComparison(compareOptions(TOY_C, TOY_A, TOY_AREAS), W).slice(1)).toEqual([
      'North is removed: its STP goes to East.',
      'South is removed: both its STPs go to East.',
      'East is a new region with 3 STPs (7,500 people).',
    ]);
  });

  it('joins lists and signs percentages', () => {
    expect(listJoin(['a'])).toBe('a');
    expect(listJoin(['a', 'b', 'c'])).toBe('a, b and c');
    expect(signedPercent(0.075)).toBe('+7.5%');
    expect(signedPercent(-0.1013)).toBe('−10.1%');
    expect(signedPercent(0.0001)).toBe('+<0.1%');
    expect(signedPercent(null)).toBe('new');
  });
});

describe('the board paper options', () => {
  it('initial → revised: exactly Northamptonshire moves, Midlands +730,650 people', () => {
    const cmp = compareOptions(option('initial'), option('revised'), areas);
    expect(cmp.moves.map((m) => m.area.code)).toEqual([NORTHAMPTONSHIRE]);
    expect(summariseComparison(cmp, W)).toEqual([
      '1 STP moves: Northamptonshire (730,650 people) from Central and East of England to Midlands.',
      'Central and East of England is renamed East of England.',
      'Midlands: +1 STP, +2 CCGs, +730,650 people (+7.5%).',
      'East of England: −1 STP, −2 CCGs, −730,650 people (−10.1%).',
    ]);
    const midlands = cmp.regions.find((r) => r.id === 'midlands')!;
    expect([midlands.a!.population, midlands.b!.population]).toEqual([9_807_029, 10_537_679]);
  });

  it('before → revised: the two old regions are removed and four created; 24 STPs move', () => {
    const cmp = compareOptions(option('before'), option('revised'), areas);
    expect(cmp.moves).toHaveLength(24);
    expect(cmp.regions.filter((r) => r.status === 'removed').map((r) => r.id)).toEqual([
      'north-of-england',
      'midlands-and-east',
    ]);
    expect(cmp.regions.filter((r) => r.status === 'created').map((r) => r.id)).toEqual([
      'north-west',
      'north-east-and-yorkshire',
      'midlands',
      'east',
    ]);
    const text = summariseComparison(cmp, W);
    expect(text[0]).toBe(
      '24 STPs move: 11 STPs (10,537,679 people) from Midlands and East of England to Midlands; 6 STPs (6,493,188 people) from Midlands and East of England to East of England; 4 STPs (8,566,925 people) from North of England to North East and Yorkshire; 3 STPs (7,012,947 people) from North of England to North West.',
    );
    expect(text).toContain(
      'North of England is removed: its 7 STPs go to North East and Yorkshire (4) and North West (3).',
    );
  });

  it('London, the South East and the South West are the same under every option', () => {
    for (const [a, b] of [
      ['before', 'initial'],
      ['initial', 'revised'],
      ['before', 'revised'],
    ] as const) {
      const cmp = compareOptions(option(a), option(b), areas);
      for (const id of ['london', 'south-east', 'south-west']) {
        const r = cmp.regions.find((x) => x.id === id)!;
        expect([r.status, r.gained.length, r.lost.length, r.a!.population]).toEqual([
          'kept',
          0,
          0,
          r.b!.population,
        ]);
      }
    }
  });
});

describe('a region against another option', () => {
  it('says what the Midlands gains, that the East was renamed, and where a new region came from', async () => {
    const {regionVersusSentences} = await import('../../src/domain/summary');
    const cmp = compareOptions(option('initial'), option('revised'), areas);
    expect(regionVersusSentences(cmp, 'midlands', W)).toEqual([
      'Gains Northamptonshire (from Central and East of England): +1 STP, +2 CCGs, +730,650 people (+7.5%).',
    ]);
    expect(regionVersusSentences(cmp, 'east', W)).toEqual([
      'Called Central and East of England there.',
      'Loses Northamptonshire (to Midlands): −1 STP, −2 CCGs, −730,650 people (−10.1%).',
    ]);
    expect(regionVersusSentences(cmp, 'london', W)).toEqual(['The same 5 STPs.']);
    const fromBefore = compareOptions(option('before'), option('revised'), areas);
    expect(regionVersusSentences(fromBefore, 'midlands', W)).toEqual([
      'Not a region there: its STPs were in Midlands and East of England.',
    ]);
    expect(regionVersusSentences(fromBefore, 'north-of-england', W)).toEqual([]);
  });
});
