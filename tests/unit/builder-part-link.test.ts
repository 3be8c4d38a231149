// A user option's link with CCGs moved on their own (issue 19): `pmove=` next to `move=`.
import {describe, expect, it} from 'vitest';
import {readUserOption, userOptionParams} from '../../src/domain/builder/option-link';
import {applyEdit} from '../../src/domain/builder/edit';
import {movePart} from '../../src/domain/builder/units';
import {builtIn, builtIns, LINCOLNSHIRE, mine, unitCodes, unitName} from './builder-fixtures';
import {PARTS, PARTS_CONTEXT, TAMESIDE} from './builder-part-fixtures';
import type {BoundaryOption} from '../../src/domain/types';

const DATE = '2024-05-01';
const tameside = (): BoundaryOption =>
  applyEdit(mine(), {kind: 'move-part', part: TAMESIDE, to: 'midlands'}, unitName, PARTS_CONTEXT)
    .option!;
const link = (o: BoundaryOption) =>
  new URLSearchParams({option: o.id, ...userOptionParams(o, builtIn('revised'))});
const read = (search: string, parts = PARTS_CONTEXT) =>
  readUserOption(new URLSearchParams(search), '', builtIns, unitCodes, DATE, parts);

describe('part moves in a link', () => {
  it('writes Tameside and Glossop CCG in the Midlands as pmove=midlands.E38000182 and reads it back', () => {
    const o = tameside();
    expect(link(o).toString()).toBe(
      'option=mine-1&base=revised&title=My+option+1&pmove=midlands.E38000182',
    );
    expect(read(link(o).toString())).toEqual({option: o, messages: []});
  });

  it('reads codes in any case, as move= does', () => {
    expect(
      read('option=mine-1&base=revised&title=My+option+1&pmove=MIDLANDS.e38000182').option,
    ).toEqual(tameside());
  });

  it('names an unknown part code and ignores it, losing nothing else', () => {
    const back = read(
      'option=mine-1&base=revised&title=My+option+1&move=east.E54000013&pmove=midlands.E38000182.E38999999',
    );
    expect(back.messages).toEqual(["Unknown CCG code 'E38999999' in the moves — ignored"]);
    expect(back.option?.partAssignments).toEqual({[TAMESIDE]: 'midlands'});
    expect(back.option?.assignments[LINCOLNSHIRE]).toBe('east');
  });

  it('normalises a part moved to its own STP’s region, and says so', () => {
    const back = read('option=mine-1&base=revised&title=My+option+1&pmove=north-west.E38000182');
    expect(back.messages).toEqual(['E38000182 is moved to the region it is in anyway — ignored']);
    expect(back.option).not.toHaveProperty('partAssignments');
  });

  it('without the part layer, says the part moves were left out (the rest still opens)', () => {
    const back = readUserOption(
      new URLSearchParams(link(tameside())),
      '',
      builtIns,
      unitCodes,
      DATE,
    );
    expect(back.messages).toEqual([
      'The link moves some finer units on their own, which this page has not loaded — they are left as in Revised proposal',
    ]);
    expect(back.option?.assignments).toEqual(tameside().assignments);
    expect(back.option).not.toHaveProperty('partAssignments');
  });

  it('opens a link made before part moves exactly as before', () => {
    const old = 'option=mine-1&base=revised&title=My+option+1&move=east.E54000013';
    expect(read(old)).toEqual(
      readUserOption(new URLSearchParams(old), '', builtIns, unitCodes, DATE),
    );
    expect(read(old).option).not.toHaveProperty('partAssignments');
  });

  it('keeps a dropped region that a part moves into', () => {
    const back = read('option=mine-1&base=revised&title=x&drop=london&pmove=london.E38000182');
    expect(back.option?.regions.some((r) => r.id === 'london')).toBe(true);
    expect(back.messages).toEqual(['Region London is removed but CCGs move into it — kept']);
  });

  it('a link for Revised with 20 CCGs moved is well under 2,000 characters', () => {
    const regions = builtIn('revised').regions.map((r) => r.id);
    let o = mine();
    for (const [i, p] of PARTS.filter((_, i) => i % 9 === 0)
      .slice(0, 20)
      .entries()) {
      const to = regions.filter((r) => r !== o.assignments[p.areaCode])[i % (regions.length - 1)]!;
      o = movePart(o, p, to);
    }
    expect(Object.keys(o.partAssignments!)).toHaveLength(20);
    const text = link(o).toString();
    console.log(`20 CCG moves: ${text.length} characters: ${text}`);
    expect(text.length).toBeLessThan(400);
    expect(read(text).option).toEqual(o);
  });
});
