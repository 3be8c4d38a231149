import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import type {BoundaryOption} from '../../src/domain/types';
import {
  basedOnPhrase,
  groupOptions,
  isUserBuilt,
  markedTitle,
  optionNote,
  optionSourceLine,
  userBuiltNotice,
} from '../../src/domain/option-labels';
import {userOption} from './user-option';
import {jointNoun, wordsIn} from '../../src/domain/geography';
import {geography} from './real-data';

const options = JSON.parse(readFileSync('data/england-2018/options.json', 'utf8'))
  .options as BoundaryOption[];
const [before, initial, revised] = options as [BoundaryOption, BoundaryOption, BoundaryOption];
const mine = userOption(revised);
const all = [...options, mine];

describe('option labels', () => {
  it('cites the board paper for a built-in option, with paragraph or paragraphs', () => {
    expect(wordsIn(optionSourceLine(revised, all), geography)).toBe(
      'Board paper, May 2018, paragraphs 2.14–2.16',
    );
    expect(wordsIn(optionSourceLine(before, all), geography)).toBe(
      'Board paper, May 2018, paragraph 2.9',
    );
    expect(isUserBuilt(initial)).toBe(false);
    expect(markedTitle(initial)).toBe('Initial proposal');
    expect(userBuiltNotice(initial, all)).toBeNull();
  });

  it('never cites a board paper for a user-built option, and names what it was based on', () => {
    expect(isUserBuilt(mine)).toBe(true);
    expect(optionSourceLine(mine, all)).toBe(
      'User-built option, based on the revised proposal — not an official proposal',
    );
    expect(optionSourceLine(mine, all)).not.toMatch(/board paper|paragraph/i);
    expect(markedTitle(mine)).toBe('My option 1 (user-built)');
    expect(userBuiltNotice(mine, all)).toBe(
      '“My option 1” was built by a Footprint user, based on the revised proposal. It is not an official proposal.',
    );
  });

  it('quotes a user option it was based on, falls back to the base, and says nothing when both are gone', () => {
    const second = userOption(revised, {
      id: 'user-2',
      title: 'Second go',
      userBuilt: {basedOn: 'user-1', baseId: 'revised'},
    });
    expect(basedOnPhrase(second, [...all, second])).toBe('“My option 1”');
    expect(basedOnPhrase(second, [...options, second])).toBe('the revised proposal');
    expect(optionSourceLine(second, [second])).toBe('User-built option — not an official proposal');
    expect(userBuiltNotice(second, [second])).toBe(
      '“Second go” was built by a Footprint user. It is not an official proposal.',
    );
  });

  it('groups official options before the user’s, keeping each group’s order', () => {
    const {official, user} = groupOptions([mine, before, revised]);
    expect(official.map((o) => o.id)).toEqual(['before', 'revised']);
    expect(user.map((o) => o.id)).toEqual(['user-1']);
  });
});

describe('picture notes', () => {
  it('cites the board paper for a built-in option and says "not an official proposal" for a user one', () => {
    expect(wordsIn(optionNote(revised, all), geography)).toBe(
      `Revised proposal: ${revised.description} Board paper, May 2018, paragraphs 2.14–2.16.`,
    );
    // The user's own description is left out: the notice cannot be edited away.
    const edited = {...mine, description: 'The official plan.'};
    expect(optionNote(edited, all)).toBe(
      'My option 1: User-built option, based on the revised proposal. Not an official proposal.',
    );
  });
});

describe('the words for several options’ groups', () => {
  it('list distinct nouns as English does, and give a noun its article ("an ICB")', () => {
    const icb = {one: 'ICB', many: 'ICBs'};
    const cluster = {one: 'cluster', many: 'clusters'};
    const region = {one: 'region', many: 'regions'};
    expect(jointNoun([icb, icb], region)).toEqual(icb);
    expect(jointNoun([icb, cluster, icb], region).one).toBe('ICB or cluster');
    expect(jointNoun([icb, cluster, region], region)).toEqual({
      one: 'ICB, cluster or region',
      many: 'ICBs, clusters or regions',
    });
    expect(jointNoun([], cluster)).toEqual(cluster);
    expect(wordsIn('Most {areas} in {aRegion}', {...geography, regionNoun: icb})).toBe(
      'Most STPs in an ICB',
    );
    expect(wordsIn('Most {areas} in {aRegion}', geography)).toBe('Most STPs in a region');
  });
});
