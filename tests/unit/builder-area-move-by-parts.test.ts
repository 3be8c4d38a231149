// Moving a whole area in an option that already moves some of its parts (issue 19): the preview
// is worked out part by part, so the part already moved away is not counted twice.
import {describe, expect, it} from 'vitest';
import {previewAreaMoveByParts} from '../../src/domain/builder/part-preview';
import {previewEdit} from '../../src/domain/builder/preview';
import {option, areas} from './real-data';
import {PARTS, TAMESIDE, TAMESIDE_PEOPLE} from './builder-part-fixtures';

const GM = 'E54000007';
const GM_PEOPLE = areas.find((s) => s.code === GM)!.population;
const revised = option('revised');
const moved = {...revised, partAssignments: {[TAMESIDE]: 'midlands'}};
const changes = (rows: ReturnType<typeof previewAreaMoveByParts>) =>
  rows.map((r) => [r.region.id, r.role, r.change.population]);

describe('previewAreaMoveByParts', () => {
  it('moves only what is left of Greater Manchester when Tameside and Glossop is already in the Midlands', () => {
    const rest = GM_PEOPLE - TAMESIDE_PEOPLE;
    expect(
      changes(
        previewAreaMoveByParts(moved, {kind: 'move', unit: GM, to: 'midlands'}, areas, PARTS),
      ),
    ).toEqual([
      ['north-west', 'losing', -rest],
      ['midlands', 'gaining', rest],
    ]);
  });

  it('takes the moved part from its region too when the area goes to a third one', () => {
    expect(
      changes(previewAreaMoveByParts(moved, {kind: 'move', unit: GM, to: 'london'}, areas, PARTS)),
    ).toEqual([
      ['north-west', 'losing', -(GM_PEOPLE - TAMESIDE_PEOPLE)],
      ['midlands', 'losing', -TAMESIDE_PEOPLE],
      ['london', 'gaining', GM_PEOPLE],
    ]);
  });

  it('gives the area-level populations without part moves, and [] when nothing changes', () => {
    const edit = {kind: 'move', unit: GM, to: 'midlands'} as const;
    expect(changes(previewAreaMoveByParts(revised, edit, areas, PARTS))).toEqual(
      previewEdit(revised, edit, areas, null).map((r) => [
        r.region.id,
        r.role,
        r.change.population,
      ]),
    );
    expect(
      previewAreaMoveByParts(revised, {kind: 'move', unit: GM, to: 'north-west'}, areas, PARTS),
    ).toEqual([]);
  });
});
