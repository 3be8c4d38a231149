import {describe, expect, it} from 'vitest';
import {mergeWithStored, stepRevisions, tabCopyTitle} from '../../src/state/option-merge';
import {edited, LINCOLNSHIRE, mine} from './builder-fixtures';

const base = mine();
const moved = edited(base, {kind: 'move', unit: LINCOLNSHIRE, to: 'east'});
const renamed = edited(base, {kind: 'rename-option', title: 'Renamed'});
const other = {...base, id: 'mine-2', title: 'Second'};

describe('merging two tabs’ options', () => {
  it('takes the higher revision, whichever tab holds it: an older copy never wins', () => {
    // Tab B holds revision 1; tab A stored the move as revision 2.
    const inB = mergeWithStored(
      {options: [base], revisions: {'mine-1': 1}},
      {options: [moved], revisions: {'mine-1': 2}},
      {'mine-1': 1},
      {},
    );
    expect(inB).toEqual({options: [moved], revisions: {'mine-1': 2}, changed: true});
    // Tab A merging B's older copy keeps its own.
    const inA = mergeWithStored(
      {options: [moved], revisions: {'mine-1': 2}},
      {options: [base], revisions: {'mine-1': 1}},
      {'mine-1': 1},
      {},
    );
    expect(inA).toEqual({options: [moved], revisions: {'mine-1': 2}, changed: false});
  });

  it('keeps both when two tabs stepped the same revision: the stored one, and this tab’s as a copy', () => {
    const m = mergeWithStored(
      {options: [renamed], revisions: {'mine-1': 2}},
      {options: [moved], revisions: {'mine-1': 2}},
      {'mine-1': 1},
      {},
    );
    expect(m.options.map((o) => [o.id, o.title])).toEqual([
      ['mine-1', moved.title],
      ['mine-2', tabCopyTitle('Renamed')],
    ]);
    expect(m.options[1]!.assignments).toEqual(renamed.assignments);
    expect(m.changed).toBe(true);
  });

  it('adds another tab’s new option; drops one another tab removed, unless this tab stepped it since', () => {
    expect(
      mergeWithStored(
        {options: [base], revisions: {'mine-1': 1}},
        {options: [base, other], revisions: {'mine-1': 1, 'mine-2': 1}},
        {'mine-1': 1},
        {},
      ).options,
    ).toEqual([base, other]);
    expect(
      mergeWithStored(
        {options: [base, other], revisions: {'mine-1': 1, 'mine-2': 1}},
        {options: [base], revisions: {'mine-1': 1}},
        {'mine-1': 1, 'mine-2': 1},
        {},
      ).options,
    ).toEqual([base]);
    expect(
      mergeWithStored(
        {options: [base, other], revisions: {'mine-1': 1, 'mine-2': 2}},
        {options: [base], revisions: {'mine-1': 1}},
        {'mine-1': 1, 'mine-2': 1},
        {},
      ).options,
    ).toEqual([base, other]);
    // One this tab removed stays removed; a new option not yet saved stays.
    expect(
      mergeWithStored(
        {options: [], revisions: {}},
        {options: [base], revisions: {'mine-1': 1}},
        {'mine-1': 1},
        {'mine-1': 1},
      ).options,
    ).toEqual([]);
    expect(
      mergeWithStored(
        {options: [other], revisions: {'mine-2': 1}},
        {options: [], revisions: {}},
        {},
        {},
      ).options,
    ).toEqual([other]);
  });

  it('a step raises the changed option above both revisions and records removals', () => {
    const removed = {};
    expect(
      stepRevisions([base, other], [moved], {'mine-1': 1, 'mine-2': 4}, {'mine-1': 3}, removed),
    ).toEqual({'mine-1': 4});
    expect(removed).toEqual({'mine-2': 4});
  });
});
