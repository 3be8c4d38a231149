import {describe, expect, it} from 'vitest';
import {
  makeUserOption,
  nextOptionTitle,
  nextRegionId,
  nextUserOptionId,
  USER_OPTION_SOURCE,
} from '../../src/domain/builder/user-option';
import {applyEdit} from '../../src/domain/builder/edit';
import {describeEdit} from '../../src/domain/builder/edit-names';
import {LIMITS} from '../../src/domain/builder/limits';
import type {OptionEdit} from '../../src/domain/types';
import {BIRMINGHAM, builtIn, edited, LINCOLNSHIRE, mine, unitName} from './builder-fixtures';

const region = (id: string, name: string, colour = '#aa3377') => ({id, code: null, name, colour});

describe('makeUserOption', () => {
  it('copies the base, marks it user-built and cites no official source', () => {
    const revised = builtIn('revised');
    const o = mine();
    expect(o).toMatchObject({
      id: 'mine-1',
      title: 'My option 1',
      date: '2024-05-01',
      source: USER_OPTION_SOURCE,
    });
    expect(o.description).toBe(
      'Built in Footprint from the revised proposal. Not an official proposal.',
    );
    expect(o.userBuilt).toEqual({basedOn: 'revised', baseId: 'revised'});
    expect(o.reasons).toBeUndefined();
    expect(o.phrase).toBeUndefined();
    expect(o.regions).toEqual(revised.regions);
    expect(o.regions[0]).not.toBe(revised.regions[0]);
    expect(o.assignments).toEqual(revised.assignments);
  });

  it('started from another user option: based on it, linked against its built-in base', () => {
    const first = edited(mine('initial'), {kind: 'move', unit: LINCOLNSHIRE, to: 'east'});
    const second = makeUserOption({
      id: 'mine-2',
      title: 'My option 2',
      basedOn: first,
      date: '2024-05-02',
    });
    expect(second.userBuilt).toEqual({basedOn: 'mine-1', baseId: 'initial'});
    expect(second.description).toBe(
      'Built in Footprint from “My option 1”. Not an official proposal.',
    );
    expect(second.assignments[LINCOLNSHIRE]).toBe('east');
  });
});

describe('next ids and titles', () => {
  it('option ids go on from the highest, never clash, and ignore case', () => {
    expect(nextUserOptionId(['before', 'initial', 'revised'])).toBe('mine-1');
    expect(nextUserOptionId(['revised', 'mine-1', 'MINE-7', 'mine-3'])).toBe('mine-8');
    expect(nextUserOptionId(['mine-x', 'mine-01'])).toBe('mine-1');
  });
  it('titles take the lowest free number', () => {
    expect(nextOptionTitle([])).toBe('My option 1');
    expect(nextOptionTitle(['My option 1', 'my option 2', 'My option 4'])).toBe('My option 3');
  });
  it('region ids take the lowest free number, so they stay short', () => {
    expect(nextRegionId(mine())).toBe('new-1');
    const o = edited(
      mine(),
      {kind: 'add-region', region: region('new-1', 'A')},
      {kind: 'add-region', region: region('new-2', 'B')},
      {kind: 'remove-region', id: 'new-1'},
    );
    expect(nextRegionId(o)).toBe('new-1');
  });
});

describe('applyEdit', () => {
  it('moves a unit without changing the option it was given', () => {
    const before = mine();
    const result = applyEdit(before, {kind: 'move', unit: LINCOLNSHIRE, to: 'east'});
    expect(result.option?.assignments[LINCOLNSHIRE]).toBe('east');
    expect(before.assignments[LINCOLNSHIRE]).toBe('midlands');
  });

  it('adds, renames, recolours and removes regions', () => {
    const o = edited(
      mine(),
      {kind: 'add-region', region: region('new-1', '  Central ', '#AA3377')},
      {kind: 'rename-region', id: 'midlands', name: 'Central Midlands'},
      {kind: 'recolour-region', id: 'east', colour: '#112233'},
      {kind: 'rename-option', title: 'Lincs east'},
    );
    expect(o.regions.at(-1)).toEqual(region('new-1', 'Central', '#aa3377'));
    expect(o.regions.find((r) => r.id === 'midlands')?.name).toBe('Central Midlands');
    expect(o.regions.find((r) => r.id === 'east')?.colour).toBe('#112233');
    expect(o.title).toBe('Lincs east');
    expect(
      edited(o, {kind: 'remove-region', id: 'new-1'}).regions.some((r) => r.id === 'new-1'),
    ).toBe(false);
  });

  const refusals: [string, OptionEdit, RegExp][] = [
    [
      'an unknown unit',
      {kind: 'move', unit: 'E54000099', to: 'east'},
      /E54000099 is not part of this option/,
    ],
    ['an unknown region', {kind: 'move', unit: LINCOLNSHIRE, to: 'nowhere'}, /no region “nowhere”/],
    [
      'a move to the same region',
      {kind: 'move', unit: LINCOLNSHIRE, to: 'midlands'},
      /Lincolnshire is already in Midlands/,
    ],
    [
      'removing a region with units',
      {kind: 'remove-region', id: 'london'},
      /London still has 5 areas in it: move them/,
    ],
    ['an empty name', {kind: 'rename-region', id: 'midlands', name: '   '}, /cannot be empty/],
    [
      'an over-long name',
      {kind: 'rename-region', id: 'midlands', name: 'x'.repeat(51)},
      /51 characters long; the most is 50/,
    ],
    [
      'a duplicate name (case ignored)',
      {kind: 'add-region', region: region('new-1', 'LONDON')},
      /already a region called London/,
    ],
    [
      'a hidden direction override',
      {kind: 'rename-region', id: 'midlands', name: 'Mid\u202elands'},
      /hidden control character/,
    ],
    ['a taken region id', {kind: 'add-region', region: region('east', 'Fens')}, /“east” is taken/],
    [
      'a region id that reads as a property',
      {kind: 'add-region', region: region('constructor', 'Fens')},
      /not valid/,
    ],
    [
      'a new region with an ONS code',
      {kind: 'add-region', region: {...region('new-1', 'Fens'), code: 'E40000001'}},
      /no ONS code/,
    ],
    ['a bad colour', {kind: 'recolour-region', id: 'east', colour: 'red'}, /“red” is not a colour/],
    [
      'an over-long title',
      {kind: 'rename-option', title: 'é'.repeat(81)},
      /81 characters long; the most is 80/,
    ],
    [
      'renaming to the same name',
      {kind: 'rename-region', id: 'london', name: 'London'},
      /already called London/,
    ],
    ['an unknown region to remove', {kind: 'remove-region', id: 'nowhere'}, /no region “nowhere”/],
  ];
  it.each(refusals)('refuses %s in words', (_, edit, message) => {
    const result = applyEdit(mine(), edit, unitName);
    expect(result.option).toBeUndefined();
    expect(result.error).toMatch(message);
  });

  it('names the one unit left in a region it cannot remove', () => {
    const o = edited(
      mine(),
      {kind: 'add-region', region: region('new-1', 'Fens')},
      {kind: 'move', unit: LINCOLNSHIRE, to: 'new-1'},
    );
    expect(applyEdit(o, {kind: 'remove-region', id: 'new-1'}, unitName).error).toBe(
      'Fens still has Lincolnshire in it: move it to another region first',
    );
  });

  it(`allows ${LIMITS.regions} regions and no more`, () => {
    let o = mine();
    for (let n = 1; o.regions.length < LIMITS.regions; n++)
      o = edited(o, {kind: 'add-region', region: region(`new-${n}`, `Region ${n}`)});
    expect(applyEdit(o, {kind: 'add-region', region: region('new-99', 'One too many')}).error).toBe(
      'An option can have at most 20 regions',
    );
  });

  it('refuses names that would make the share link too long, and says so', () => {
    let o = mine();
    let refusal: string | undefined;
    for (let n = 1; n < LIMITS.regions - 6 && !refusal; n++) {
      const result = applyEdit(o, {
        kind: 'add-region',
        region: region(`new-${n}`, `${n}${'漢'.repeat(49 - String(n).length)}`),
      });
      if (result.error !== undefined) refusal = result.error;
      else o = result.option;
    }
    expect(refusal).toMatch(/too long in all to fit in a share link/);
  });
});

describe('describeEdit', () => {
  const o = edited(mine(), {kind: 'add-region', region: region('new-1', 'Central')});
  it.each<[OptionEdit, string]>([
    [{kind: 'move', unit: LINCOLNSHIRE, to: 'east'}, 'Lincolnshire: Midlands → East of England'],
    [{kind: 'move', unit: BIRMINGHAM, to: 'new-1'}, 'Birmingham and Solihull: Midlands → Central'],
    [{kind: 'add-region', region: region('new-2', 'Fens ')}, 'New region: Fens'],
    [
      {kind: 'rename-region', id: 'midlands', name: 'Central Midlands'},
      'Rename region: Midlands → Central Midlands',
    ],
    [{kind: 'recolour-region', id: 'east', colour: '#000000'}, 'Recolour region: East of England'],
    [{kind: 'remove-region', id: 'new-1'}, 'Remove region: Central'],
    [{kind: 'rename-option', title: 'Lincs east'}, 'Rename option: My option 1 → Lincs east'],
  ])('%j → %s', (edit, name) => {
    expect(describeEdit(o, edit, unitName)).toBe(name);
  });
});
