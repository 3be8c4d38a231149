// The sentences for the aims a geography adds (src/domain/criteria/trade-off-aims.ts): each
// said only where the manifest has its row, with its figures, names and nouns exactly.
import {describe, expect, it} from 'vitest';
import {aimSentences, type AimsContext} from '../../src/domain/criteria/trade-off-aims';
import {DEFAULT_THRESHOLDS, type RegionCriteria} from '../../src/domain/criteria/types';
import type {CriterionId} from '../../src/domain/criteria/ids';
import {criteria} from './criteria-ui-fixtures';

const region = (regionId: string, population: number, trusts: number | null): RegionCriteria => ({
  regionId,
  population,
  ofEqualShare: 1,
  containment: null,
  outsideRegion: null,
  areas: 1,
  parts: 0,
  areaKm2: 1,
  sharedDistricts: [],
  trusts,
});
const split = (name: string) => ({code: name, name, regions: [], minorityResidents: 0});
const NAMES: Record<string, string> = {n: 'North', s: 'South', e: 'East', w: 'West', c: 'Centre'};
const ctx = (rows: CriterionId[], thresholds = DEFAULT_THRESHOLDS): AimsContext => ({
  rows,
  thresholds,
  regionNoun: {one: 'ICB', many: 'ICBs'},
});
const say = (a: ReturnType<typeof criteria>, b: ReturnType<typeof criteria>, c: AimsContext) =>
  aimSentences(
    a,
    b,
    (o) => (o.optionId === 'a' ? 'Option A' : 'Option B'),
    (id) => NAMES[id]!,
    c,
  );

// A: four regions under 1,000,000 people (North, South, East, West), Centre above; two with
// one trust. B: one region under, none short of trusts.
const A = criteria('a', {
  regions: [
    region('n', 500_000, 1),
    region('s', 600_000, 2),
    region('e', 700_000, 3),
    region('w', 999_999, 1),
    region('c', 1_000_000, 5),
  ],
  splitAuthorities: [split('Greater Manchester'), split('West Yorkshire')],
});
const B = criteria('b', {
  regions: [region('n', 1_500_000, 2), region('s', 900_000, 2)],
  splitAuthorities: [split('Tees Valley')],
});

describe('aimSentences', () => {
  it('says nothing for a geography without these rows (2018)', () => {
    expect(say(A, B, ctx([]))).toEqual([]);
  });

  it('counts the regions under the population threshold, naming three and "others"', () => {
    expect(say(A, B, ctx(['regions-below-population']))).toEqual([
      'Option A has 4 ICBs (North, South and East and others) under 1,000,000 people; Option B has 1 (South).',
    ]);
    // One region: the singular noun; none: no brackets. The threshold is the one in use.
    const t = {...DEFAULT_THRESHOLDS, minRegionPopulation: 600_000};
    expect(say(A, B, ctx(['regions-below-population'], t))).toEqual([
      'Option A has 1 ICB (North) under 600,000 people; Option B has 0.',
    ]);
    expect(say(B, A, ctx(['regions-below-population'], t))).toEqual([
      'Option B has 0 ICBs under 600,000 people; Option A has 1 (North).',
    ]);
  });

  it('lists the combined authorities each option splits, singular and plural', () => {
    expect(say(A, B, ctx(['split-authorities']))).toEqual([
      'Option A splits 2 combined authorities (Greater Manchester and West Yorkshire) between ICBs; Option B splits 1 (Tees Valley).',
    ]);
    expect(say(B, criteria('a', {splitAuthorities: []}), ctx(['split-authorities']))).toEqual([
      'Option B splits 1 combined authority (Tees Valley) between ICBs; Option A splits 0.',
    ]);
  });

  it('leaves out the authorities where either option has no such layer', () => {
    expect(say(A, criteria('b'), ctx(['split-authorities']))).toEqual([]);
    expect(say(criteria('a'), B, ctx(['split-authorities']))).toEqual([]);
  });

  it('counts the regions short of acute trusts, for either trusts row', () => {
    const words =
      'Option A has 2 ICBs (North and West) with fewer than 2 acute trusts; Option B has 0.';
    expect(say(A, B, ctx(['regions-few-trusts']))).toEqual([words]);
    expect(say(A, B, ctx(['fewest-trusts']))).toEqual([words]);
    const one = {...DEFAULT_THRESHOLDS, minTrustsPerRegion: 1};
    expect(say(A, B, ctx(['regions-few-trusts'], one))).toEqual([
      'Option A has 0 ICBs with fewer than 1 acute trust; Option B has 0.',
    ]);
  });

  it('leaves out the trusts where an option has no regions or a region without a count', () => {
    const unknown = criteria('b', {regions: [region('n', 1, 2), region('s', 1, null)]});
    expect(say(A, unknown, ctx(['regions-few-trusts']))).toEqual([]);
    expect(say(unknown, A, ctx(['regions-few-trusts']))).toEqual([]);
    expect(say(A, criteria('b'), ctx(['regions-few-trusts']))).toEqual([]);
    expect(say(criteria('a'), A, ctx(['regions-few-trusts']))).toEqual([]);
  });

  it('says all three, in order, where the geography has all three rows', () => {
    const all = say(
      A,
      B,
      ctx(['split-authorities', 'regions-few-trusts', 'regions-below-population']),
    );
    expect(all.map((s) => s.split(' ')[2])).toEqual(['has', 'splits', 'has']);
    expect(all[0]).toContain('people');
    expect(all[2]).toContain('acute trusts');
  });
});
