// How a user option's areas and part moves are read from a file or storage (user-option-units.ts,
// user-option-parts.ts, through checkUserOption): codes in any case and with spaces, what each
// refusal names (the area, the region given, "nothing"), what is said and ignored, and part moves
// in the builder's one order.
import {describe, expect, it} from 'vitest';
import {checkUserOption, type CheckContext} from '../../src/data/user-option-check';
import {builtIns, LINCOLNSHIRE, mine, unitCodes, unitName} from './builder-fixtures';
import {parts} from './real-data';

const ctx: CheckContext = {builtIns, unitCodes, existingIds: [], unitName};
const partsCheck = {list: parts, noun: {one: 'CCG', many: 'CCGs'}};
/** `mine()` (revised, all areas in place) as JSON, its areas and part moves set by `change`. */
const raw = (change: (a: Record<string, unknown>, o: Record<string, unknown>) => void) => {
  const o = JSON.parse(JSON.stringify(mine()));
  change(o.assignments, o);
  return o;
};
const result = (o: unknown, c: CheckContext = ctx) => {
  const r = checkUserOption(o, c);
  return r.ok ? {option: r.option, messages: r.messages} : r.message;
};
const LINCS = `Lincolnshire (${LINCOLNSHIRE})`;
/** Two CCGs of Lincolnshire (in the Midlands in the revised proposal), by code. */
const [P1, P2] = parts
  .filter((p) => p.areaCode === LINCOLNSHIRE)
  .map((p) => p.code)
  .sort()
  .reverse();

describe("a user option's areas", () => {
  it('are read by code in any case, with spaces around', () => {
    const r = result(
      raw((a) => {
        delete a[LINCOLNSHIRE];
        a[` ${LINCOLNSHIRE.toLowerCase()} `] = 'east';
      }),
    );
    expect(r).toMatchObject({option: {assignments: {[LINCOLNSHIRE]: 'east'}}, messages: []});
  });

  it('refuse an area placed in a region the option does not list, naming what was given', () => {
    const placed = (value: unknown) => result(raw((a) => (a[LINCOLNSHIRE] = value)));
    expect(placed('atlantis')).toBe(
      `${LINCS} is placed in region 'atlantis', which the option does not list`,
    );
    expect(placed(5)).toBe(`${LINCS} is placed in region '5', which the option does not list`);
    expect(placed(undefined)).toBe(
      `${LINCS} is placed in region 'nothing', which the option does not list`,
    );
  });

  it('keep the first of an area listed twice, saying so', () => {
    const r = result(raw((a) => (a[LINCOLNSHIRE.toLowerCase()] = 'east')));
    expect(r).toMatchObject({
      option: {assignments: {[LINCOLNSHIRE]: 'midlands'}},
      messages: [`${LINCS} is listed twice — using the first`],
    });
  });

  it('ignore unknown codes, saying which, or refuse them for a file, saying what a code looks like', () => {
    const unknown = raw((a) => Object.assign(a, {X1: 'east', X2: 'east'}));
    expect(result(unknown)).toMatchObject({messages: ["Unknown area codes 'X1', 'X2' — ignored"]});
    const one = raw((a) => (a.X1 = 'east'));
    expect(result(one)).toMatchObject({messages: ["Unknown area code 'X1' — ignored"]});
    const areas = {
      noun: {one: 'STP', many: 'STPs'},
      codeExample: 'E54000020',
      codeVintage: 'April 2018',
    };
    expect(result(one, {...ctx, refuseUnknownUnits: true, areas})).toBe(
      "The file names an STP code this map does not have: 'X1'. STP codes look like E54000020 (April 2018).",
    );
  });

  it('refuse an option leaving an area out, naming it', () => {
    expect(result(raw((a) => delete a[LINCOLNSHIRE]))).toBe(
      `The option leaves out an area: ${LINCS}. Every area must be in a region.`,
    );
  });
});

describe("a user option's part moves", () => {
  it('are refused while the parts are not loaded', () => {
    expect(result(raw((_, o) => (o.partAssignments = {[P1!]: 'east'})))).toBe(
      'The option moves some finer units on their own, and they are not loaded yet — try again in a moment',
    );
  });

  it('are read by code in any case, and kept in code order', () => {
    const r = result(
      raw((_, o) => (o.partAssignments = {[P1!]: 'east', [` ${P2!.toLowerCase()}`]: 'east'})),
      {...ctx, parts: partsCheck},
    );
    expect(r).toMatchObject({messages: []});
    expect(Object.entries(typeof r === 'string' ? {} : r.option.partAssignments!)).toEqual([
      [P2, 'east'],
      [P1, 'east'],
    ]);
  });

  it('refuse a part moved to a region the option does not list, naming what was given', () => {
    const moved = (value: unknown) =>
      result(
        raw((_, o) => (o.partAssignments = {[P1!]: value})),
        {...ctx, parts: partsCheck},
      );
    expect(moved('atlantis')).toBe(
      `${P1} is moved to region 'atlantis', which the option does not list`,
    );
    expect(moved(null)).toBe(`${P1} is moved to region 'null', which the option does not list`);
    expect(moved(undefined)).toBe(
      `${P1} is moved to region 'nothing', which the option does not list`,
    );
  });

  it('ignore unknown codes, saying which, or refuse them for a file', () => {
    const unknown = raw((_, o) => (o.partAssignments = {X1: 'east', X2: 'east'}));
    expect(result(unknown, {...ctx, parts: partsCheck})).toMatchObject({
      messages: ["Unknown CCG codes 'X1', 'X2' in the moves — ignored"],
    });
    const one = raw((_, o) => (o.partAssignments = {X1: 'east'}));
    expect(result(one, {...ctx, parts: partsCheck, refuseUnknownUnits: true})).toBe(
      "The option moves CCGs this map does not have: CCG code 'X1'",
    );
  });
});
