// Options that move single parts (issue 19): the builder's 'move-part' edit, its normal form,
// its undo name and refusals, and what moving a whole area does to its parts.
import {describe, expect, it} from 'vitest';
import {applyEdit} from '../../src/domain/builder/edit';
import {describeEdit} from '../../src/domain/builder/edit-names';
import {movePart, moveUnit} from '../../src/domain/builder/units';
import {makeUserOption} from '../../src/domain/builder/user-option';
import {sameOption} from '../../src/domain/builder/same-option';
import type {BoundaryOption, OptionEdit} from '../../src/domain/types';
import {mine, unitName} from './builder-fixtures';
import {PARTS, PARTS_CONTEXT, TAMESIDE} from './builder-part-fixtures';

const GM = 'E54000007';
const toMidlands: OptionEdit = {kind: 'move-part', part: TAMESIDE, to: 'midlands'};
const apply = (o: BoundaryOption, e: OptionEdit) => applyEdit(o, e, unitName, PARTS_CONTEXT);
const moved = (): BoundaryOption => apply(mine(), toMidlands).option!;

describe("the builder's part move", () => {
  it('moves Tameside and Glossop CCG alone to the Midlands, its STP staying in the North West', () => {
    const o = moved();
    expect(o.partAssignments).toEqual({[TAMESIDE]: 'midlands'});
    expect(o.assignments[GM]).toBe('north-west');
    expect(mine().partAssignments).toBeUndefined();
  });

  it('names the undo step with the names from the data', () => {
    expect(describeEdit(mine(), toMidlands, unitName, PARTS_CONTEXT)).toBe(
      'Tameside and Glossop CCG: North West → Midlands',
    );
  });

  it('keeps one normal form: a part moved back to its STP’s region loses its override, and the field goes', () => {
    const back = apply(moved(), {kind: 'move-part', part: TAMESIDE, to: 'north-west'}).option!;
    expect(back).not.toHaveProperty('partAssignments');
    expect(sameOption(back, mine())).toBe(true);
    expect(movePart(mine(), {code: TAMESIDE, areaCode: GM}, 'north-west')).not.toHaveProperty(
      'partAssignments',
    );
  });

  it('refuses: no part layer, an unknown part, an unknown region, the region it is in', () => {
    expect(applyEdit(mine(), toMidlands, unitName).error).toMatch(/not loaded yet/);
    expect(apply(mine(), {kind: 'move-part', part: 'E38999999', to: 'midlands'}).error).toBe(
      'E38999999 is not a CCG of this map',
    );
    expect(apply(mine(), {kind: 'move-part', part: TAMESIDE, to: 'atlantis'}).error).toBe(
      'There is no region “atlantis” in this option',
    );
    expect(apply(mine(), {kind: 'move-part', part: TAMESIDE, to: 'north-west'}).error).toBe(
      'Tameside and Glossop CCG is already in North West',
    );
    expect(apply(moved(), toMidlands).error).toBe(
      'Tameside and Glossop CCG is already in Midlands',
    );
  });

  it('moves the STP itself when the last of its CCGs leaves, so map, export and figures agree', () => {
    const gmParts = PARTS.filter((p) => p.areaCode === GM);
    expect(gmParts.length).toBeGreaterThan(1);
    let o = mine();
    for (const p of gmParts)
      o = apply(o, {kind: 'move-part', part: p.code, to: 'midlands'}).option!;
    expect(o.assignments[GM]).toBe('midlands');
    expect(o).not.toHaveProperty('partAssignments');
  });

  it('moving a whole STP clears its parts’ overrides (the whole STP goes where it is put)', () => {
    const o = apply(moved(), {kind: 'move', unit: GM, to: 'london'}).option!;
    expect(o.assignments[GM]).toBe('london');
    expect(o).not.toHaveProperty('partAssignments');
    expect(moveUnit(moved(), GM, 'midlands', PARTS)).not.toHaveProperty('partAssignments');
  });

  it('moving an STP to the region it is in brings its moved parts back, and is refused when none moved', () => {
    const back = apply(moved(), {kind: 'move', unit: GM, to: 'north-west'}).option!;
    expect(back).not.toHaveProperty('partAssignments');
    expect(apply(mine(), {kind: 'move', unit: GM, to: 'north-west'}).error).toMatch(
      /already in North West/,
    );
  });

  it('keeps other STPs’ part overrides when one STP moves', () => {
    const o = apply(moved(), {kind: 'move', unit: 'E54000013', to: 'east'}).option!;
    expect(o.partAssignments).toEqual({[TAMESIDE]: 'midlands'});
  });

  it('will not remove a region that only a moved part is in', () => {
    const withNew = apply(mine(), {
      kind: 'add-region',
      region: {id: 'new-1', code: null, name: 'Peaks', colour: '#aa3377'},
    }).option!;
    const o = apply(withNew, {kind: 'move-part', part: TAMESIDE, to: 'new-1'}).option!;
    expect(apply(o, {kind: 'remove-region', id: 'new-1'}).error).toBe(
      'Peaks still has Tameside and Glossop CCG in it: move it to another region first',
    );
  });

  it('copies part moves into an option started from a user option', () => {
    const copy = makeUserOption({
      id: 'mine-2',
      title: 'Copy',
      basedOn: moved(),
      date: '2024-05-01',
    });
    expect(copy.partAssignments).toEqual({[TAMESIDE]: 'midlands'});
    expect(copy.partAssignments).not.toBe(moved().partAssignments);
    expect(sameOption(moved(), mine())).toBe(false);
  });
});
