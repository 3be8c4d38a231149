// The builder's actions against the stores: paint mode, refusals said in the status line,
// and removing the option on the map.
import {beforeEach, describe, expect, it} from 'vitest';
import {editedOption, resetBuilder, useBuilder} from '../../src/state/builder';
import {applyStep, paintUnit, removeUserOption, startOption} from '../../src/state/builder-actions';
import {resetFootprint, useFootprint} from '../../src/state/store';
import {builtIn, LINCOLNSHIRE} from './builder-fixtures';
import {geography, options, areas} from './real-data';

const data = {options, areas, geography};
const newRegion = {id: 'new-1', code: null, name: 'Fens', colour: '#aaaa00'};

beforeEach(() => {
  resetBuilder();
  resetFootprint();
});

describe('builder actions', () => {
  it('starts an option from Revised, shows it on the map and names the first step', () => {
    const option = startOption(data, builtIn('revised'));
    expect(option).toMatchObject({
      id: 'mine-1',
      title: 'My option 1',
      userBuilt: {basedOn: 'revised', baseId: 'revised'},
    });
    expect(useFootprint.getState().optionId).toBe('mine-1');
    expect(applyStep(data, {kind: 'move', unit: LINCOLNSHIRE, to: 'east'})).toBeNull();
    expect(useBuilder.getState().status).toBe('Done: Lincolnshire: Midlands → East of England.');
  });

  it('paints into the chosen region, and lets go of a region an undo took away', () => {
    startOption(data, builtIn('revised'));
    applyStep(data, {kind: 'add-region', region: newRegion});
    useBuilder.getState().setPaint('new-1');
    expect(paintUnit(data, LINCOLNSHIRE)).toBe(true);
    expect(editedOption(useBuilder.getState())!.assignments[LINCOLNSHIRE]).toBe('new-1');
    useBuilder.getState().undo();
    useBuilder.getState().undo();
    expect(useBuilder.getState().paint).toBeNull();
    // Paint is off: the click selects instead.
    expect(paintUnit(data, LINCOLNSHIRE)).toBe(false);
  });

  it('says a refused step in the status line and changes nothing', () => {
    startOption(data, builtIn('revised'));
    const before = editedOption(useBuilder.getState());
    const refusal = applyStep(data, {kind: 'move', unit: LINCOLNSHIRE, to: 'midlands'});
    expect(refusal).toMatch(/Lincolnshire/);
    expect(useBuilder.getState().status).toBe(refusal);
    expect(editedOption(useBuilder.getState())).toBe(before);
  });

  it('removing the option on the map and in the comparison moves the view to Revised first', () => {
    startOption(data, builtIn('revised'));
    useFootprint.getState().compareWith('mine-1');
    removeUserOption(data, 'mine-1');
    expect(useFootprint.getState()).toMatchObject({optionId: 'revised', compareId: null});
    expect(useBuilder.getState().userOptions).toEqual([]);
  });
});
