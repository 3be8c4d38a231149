import {beforeEach, describe, expect, it} from 'vitest';
import {editedOption, resetBuilder, useBuilder} from '../../src/state/builder';
import {allOptions, catalogue, defaultOption, resolveOption} from '../../src/state/catalogue';
import type {BoundaryOption} from '../../src/domain/types';
import {geography, option, options} from './real-data';

const LINCOLNSHIRE = 'E54000013';

function userCopy(id: string): BoundaryOption {
  return {
    ...option('revised'),
    id,
    title: `Mine ${id}`,
    userBuilt: {basedOn: 'revised', baseId: 'revised'},
  };
}
const moved = (o: BoundaryOption, unit: string, to: string): BoundaryOption => ({
  ...o,
  assignments: {...o.assignments, [unit]: to},
});
const regionOf = (unit: string) => editedOption(useBuilder.getState())!.assignments[unit];

beforeEach(resetBuilder);

describe('builder store: undo and redo', () => {
  it('commits a step, undoes it and redoes it, with the step named', () => {
    const mine = userCopy('mine-1');
    useBuilder.getState().addOption(mine);
    useBuilder
      .getState()
      .commit(
        moved(mine, LINCOLNSHIRE, 'east-of-england'),
        'Lincolnshire: Midlands → East of England',
      );
    expect(regionOf(LINCOLNSHIRE)).toBe('east-of-england');
    expect(useBuilder.getState().editing!.past.map((s) => s.label)).toEqual([
      'Lincolnshire: Midlands → East of England',
    ]);

    useBuilder.getState().undo();
    expect(regionOf(LINCOLNSHIRE)).toBe('midlands');
    expect(useBuilder.getState().editing!.future.map((s) => s.label)).toEqual([
      'Lincolnshire: Midlands → East of England',
    ]);

    useBuilder.getState().redo();
    expect(regionOf(LINCOLNSHIRE)).toBe('east-of-england');
    expect(useBuilder.getState().editing!.future).toEqual([]);
  });

  it('a new step clears what was undone; undo with nothing to undo changes nothing', () => {
    const mine = userCopy('mine-1');
    useBuilder.getState().addOption(mine);
    useBuilder.getState().undo();
    expect(editedOption(useBuilder.getState())).toBe(mine);
    useBuilder.getState().commit(moved(mine, LINCOLNSHIRE, 'east-of-england'), 'one');
    useBuilder.getState().undo();
    useBuilder.getState().commit(moved(mine, LINCOLNSHIRE, 'north-west'), 'two');
    expect(useBuilder.getState().editing!.future).toEqual([]);
    expect(useBuilder.getState().editing!.past.map((s) => s.label)).toEqual(['two']);
  });

  it('ignores a commit for an option other than the one being edited', () => {
    useBuilder.getState().addOption(userCopy('mine-1'));
    useBuilder
      .getState()
      .commit(moved(userCopy('mine-2'), LINCOLNSHIRE, 'north-west'), 'elsewhere');
    expect(regionOf(LINCOLNSHIRE)).toBe('midlands');
    expect(useBuilder.getState().editing!.past).toEqual([]);
  });

  it('removing the option being edited closes the builder', () => {
    useBuilder.getState().addOption(userCopy('mine-1'));
    useBuilder.getState().removeOption('mine-1');
    expect(useBuilder.getState()).toMatchObject({userOptions: [], editing: null});
  });
});

describe('option resolver', () => {
  const data = {options, geography};

  it('finds built-in and user options by id; the default stays the revised proposal', () => {
    useBuilder.getState().addOption(userCopy('mine-1'));
    expect(resolveOption(data, 'initial')?.title).toBe(option('initial').title);
    expect(resolveOption(data, 'mine-1')?.title).toBe('Mine mine-1');
    expect(resolveOption(data, 'mine-2')).toBeUndefined();
    expect(allOptions(data).map((o) => o.id)).toEqual(['before', 'initial', 'revised', 'mine-1']);
    expect(defaultOption(data).id).toBe('revised');
  });

  it('returns the same array for the same inputs, and the built-ins alone when there are no user options', () => {
    const user = [userCopy('mine-1')];
    expect(catalogue(options, user)).toBe(catalogue(options, user));
    expect(catalogue(options, [])).toBe(options);
  });
});
