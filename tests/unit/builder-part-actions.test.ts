// The builder's state for part moves (issue 19): proposing, previewing, accepting and undoing a
// CCG move; the part layer's context; and links with CCG moves adopted into the store.
import {beforeEach, describe, expect, it} from 'vitest';
import {editedOption, resetBuilder, useBuilder} from '../../src/state/builder';
import {
  acceptPending,
  applyStep,
  paintUnit,
  proposePartMove,
  startOption,
} from '../../src/state/builder-actions';
import {partsContextOf} from '../../src/state/builder-parts';
import {adoptLinkOptions, linkMovesParts} from '../../src/state/link-options';
import {resetFootprint} from '../../src/state/store';
import {previewPartMove, type MovePartEdit} from '../../src/domain/builder/part-preview';
import {userOptionParams} from '../../src/domain/builder/option-link';
import type {MappedPart} from '../../src/domain/types';
import {builtIn} from './builder-fixtures';
import {PARTS, TAMESIDE, TAMESIDE_PEOPLE} from './builder-part-fixtures';
import {parts as mapped, geography, options, areas} from './real-data';

const data = {options, areas, geography};
const GM = 'E54000007';
const parts = partsContextOf(mapped as MappedPart[], geography)!;

beforeEach(() => {
  resetBuilder();
  resetFootprint();
});

describe('moving a CCG in the builder', () => {
  it('proposes Tameside and Glossop CCG to the Midlands with a preview of +258,613 / −258,613, then accepts and undoes it', () => {
    startOption(data, builtIn('revised'));
    expect(proposePartMove(data, parts, TAMESIDE, 'midlands')).toBeNull();
    const pending = useBuilder.getState().pending!;
    expect(pending.label).toBe('Tameside and Glossop CCG: North West → Midlands');
    const rows = previewPartMove(
      editedOption(useBuilder.getState())!,
      pending.edit as MovePartEdit,
      areas,
      PARTS,
    );
    expect(rows.map((r) => [r.region.name, r.change.population])).toEqual([
      ['North West', -TAMESIDE_PEOPLE],
      ['Midlands', TAMESIDE_PEOPLE],
    ]);
    expect(acceptPending(data, parts)).toBeNull();
    expect(editedOption(useBuilder.getState())!.partAssignments).toEqual({[TAMESIDE]: 'midlands'});
    expect(useBuilder.getState().status).toBe(
      'Done: Tameside and Glossop CCG: North West → Midlands.',
    );
    useBuilder.getState().undo();
    expect(editedOption(useBuilder.getState())).not.toHaveProperty('partAssignments');
  });

  it('says a refusal in the status line: without the part layer, or to the region it is in', () => {
    startOption(data, builtIn('revised'));
    expect(proposePartMove(data, null, TAMESIDE, 'midlands')).toMatch(/not loaded yet/);
    expect(proposePartMove(data, parts, TAMESIDE, 'north-west')).toBe(
      'Tameside and Glossop CCG is already in North West',
    );
    expect(useBuilder.getState().status).toBe('Tameside and Glossop CCG is already in North West');
    expect(useBuilder.getState().pending).toBeNull();
  });

  it('painting an STP brings back its CCGs moved elsewhere, even when the STP is in the paint region', () => {
    startOption(data, builtIn('revised'));
    applyStep(data, {kind: 'move-part', part: TAMESIDE, to: 'midlands'}, parts);
    useBuilder.getState().setPaint('north-west');
    expect(paintUnit(data, GM, parts)).toBe(true);
    expect(editedOption(useBuilder.getState())).not.toHaveProperty('partAssignments');
  });

  it('has no part context for a geography without parts', () => {
    expect(partsContextOf([], {parts: null})).toBeNull();
  });
});

describe('links with CCG moves', () => {
  it('re-creates the option from the link with the part layer, and says which links need it', () => {
    startOption(data, builtIn('revised'));
    applyStep(data, {kind: 'move-part', part: TAMESIDE, to: 'midlands'}, parts);
    const option = editedOption(useBuilder.getState())!;
    const search = `?${new URLSearchParams({option: 'mine-7', ...userOptionParams(option, builtIn('revised'))})}`;
    expect(linkMovesParts(search)).toBe(true);
    expect(linkMovesParts('?option=revised&move=east.E54000013')).toBe(false);
    resetBuilder();
    const adopted = adoptLinkOptions(search, {options, areas}, {parts});
    expect(adopted.messages).toEqual([]);
    const back = useBuilder.getState().userOptions[0]!;
    expect(back.partAssignments).toEqual({[TAMESIDE]: 'midlands'});
    expect(back.id).toBe('mine-7');
  });
});
