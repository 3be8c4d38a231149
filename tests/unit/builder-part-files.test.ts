// Options that move single CCGs (issue 19) in option files, in the browser's storage and in the
// option schema; both record their geography, and one for another geography is refused.
import {describe, expect, it} from 'vitest';
import {optionFileText, readOptionFile} from '../../src/data/option-file';
import {optionSchema} from '../../src/data/schemas';
import {
  loadSavedOptions,
  saveOptions,
  SAVED_OPTIONS_KEY,
  savedOptionsKey,
  savedOptionsMoveParts,
  type OptionStorage,
} from '../../src/state/saved-options';
import {applyEdit} from '../../src/domain/builder/edit';
import type {BoundaryOption} from '../../src/domain/types';
import type {Geography} from '../../src/domain/geography';
import {builtIn, builtIns, mine, unitCodes, unitName} from './builder-fixtures';
import {PARTS_CONTEXT, TAMESIDE} from './builder-part-fixtures';
import {geography} from './real-data';

const GM = 'E54000007';
const tameside: BoundaryOption = applyEdit(
  mine(),
  {kind: 'move-part', part: TAMESIDE, to: 'midlands'},
  unitName,
  PARTS_CONTEXT,
).option!;
const ON = {geography: {id: geography.id, title: geography.title}, parts: PARTS_CONTEXT};
const bytes = (text: string) => new TextEncoder().encode(text).length;
const read = (text: string, on: typeof ON | undefined = ON) =>
  readOptionFile(text, bytes(text), builtIns, unitCodes, [], unitName, on);
const withOption = (
  change: (file: Record<string, unknown>, option: Record<string, unknown>) => void,
) => {
  const file = JSON.parse(optionFileText(tameside, geography.id));
  change(file, file.option);
  return JSON.stringify(file);
};
const refusal = (text: string) => {
  const r = read(text);
  return r.ok ? `accepted: ${JSON.stringify(r.messages)}` : r.message;
};

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  const storage: OptionStorage = {
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
  };
  return {storage, items};
}

describe('option files with CCG moves', () => {
  it('exports the move with its geography, and imports it unchanged', () => {
    const text = optionFileText(tameside, geography.id);
    const file = JSON.parse(text);
    expect(file.geography).toBe('england-2018');
    expect(file.option.partAssignments).toEqual({[TAMESIDE]: 'midlands'});
    expect(read(text)).toEqual({ok: true, option: tameside, messages: []});
  });

  it('refuses a file for another geography, saying which', () => {
    expect(refusal(withOption((f) => (f.geography = 'test-grid')))).toBe(
      "This option file is for the geography 'test-grid', not 'England, April 2018: 42 STPs'.",
    );
  });

  it('reads a file without a geography as the default geography’s (files from before)', () => {
    expect(read(withOption((f) => delete f.geography)).ok).toBe(true);
    const other = {geography: {id: 'test-grid', title: 'Test grid'}};
    expect(
      readOptionFile(
        withOption((f) => delete f.geography),
        10,
        builtIns,
        unitCodes,
        [],
        unitName,
        other,
      ),
    ).toEqual({
      ok: false,
      message:
        "This option file is for the geography 'England, April 2018: 42 STPs', not 'Test grid'.",
    });
  });

  it('opens a file from before part moves unchanged', () => {
    const old = JSON.parse(optionFileText(mine()));
    delete old.geography;
    expect(read(JSON.stringify(old), undefined)).toEqual({ok: true, option: mine(), messages: []});
  });

  it('refuses an unknown CCG code, naming it', () => {
    expect(refusal(withOption((_, o) => (o.partAssignments = {E38999999: 'midlands'})))).toBe(
      "The option in this file cannot be used. The option moves CCGs this map does not have: CCG code 'E38999999'.",
    );
  });

  it('refuses a CCG moved to a region the option does not list', () => {
    expect(refusal(withOption((_, o) => (o.partAssignments = {[TAMESIDE]: 'atlantis'})))).toBe(
      "The option in this file cannot be used. E38000182 is moved to region 'atlantis', which the option does not list.",
    );
  });

  it('normalises a CCG placed where its STP is anyway, and says so', () => {
    const r = read(
      withOption((_, o) => (o.partAssignments = {[TAMESIDE]: 'north-west', e38000182: 'midlands'})),
    );
    expect(r).toEqual({
      ok: true,
      option: mine(),
      messages: [
        'E38000182 is moved to the region it is in anyway — left as it is',
        'E38000182 is moved twice — using the first',
      ],
    });
  });

  it('refuses part moves when the parts are not loaded', () => {
    expect(
      read(optionFileText(tameside, geography.id), {geography: ON.geography} as typeof ON).ok,
    ).toBe(false);
  });
});

describe('saved options with CCG moves, kept per geography', () => {
  it('a saved option with the move survives a reload of storage', () => {
    const {storage, items} = memoryStorage();
    expect(saveOptions(storage, [tameside], geography.id)).toBeNull();
    expect(JSON.parse(items.get(SAVED_OPTIONS_KEY)!).geography).toBe('england-2018');
    expect(savedOptionsMoveParts(storage, geography.id)).toBe(true);
    expect(loadSavedOptions(storage, builtIns, unitCodes, unitName, ON)).toEqual({
      options: [tameside],
      messages: [],
    });
  });

  it('keeps the default geography’s key, and another geography’s options under their own', () => {
    expect(savedOptionsKey('england-2018')).toBe(SAVED_OPTIONS_KEY);
    expect(savedOptionsKey('test-grid')).toBe(`${SAVED_OPTIONS_KEY}:test-grid`);
    const {storage, items} = memoryStorage();
    saveOptions(storage, [mine()], geography.id);
    const other = {geography: {id: 'test-grid', title: 'Test grid'}};
    expect(loadSavedOptions(storage, builtIns, unitCodes, unitName, other)).toEqual({
      options: [],
      messages: [],
    });
    saveOptions(storage, [], 'test-grid');
    expect([...items.keys()].sort()).toEqual([SAVED_OPTIONS_KEY, `${SAVED_OPTIONS_KEY}:test-grid`]);
    expect(loadSavedOptions(storage, builtIns, unitCodes, unitName, ON).options).toEqual([mine()]);
  });

  it('reads what was saved before (no geography, no part moves) unchanged', () => {
    const {storage} = memoryStorage({
      [SAVED_OPTIONS_KEY]: JSON.stringify({version: 1, options: [mine()]}),
    });
    expect(savedOptionsMoveParts(storage, geography.id)).toBe(false);
    expect(loadSavedOptions(storage, builtIns, unitCodes, unitName, ON)).toEqual({
      options: [mine()],
      messages: [],
    });
  });

  it('sets aside text saved for another geography under this key, keeping a copy', () => {
    const {storage, items} = memoryStorage({
      [SAVED_OPTIONS_KEY]: JSON.stringify({version: 1, geography: 'test-grid', options: [mine()]}),
    });
    const loaded = loadSavedOptions(storage, builtIns, unitCodes, unitName, ON);
    expect(loaded.options).toEqual([]);
    expect(loaded.messages[0]).toMatch(
      /^Your saved options cannot be read: they are for the geography 'test-grid', not 'England, April 2018: 42 STPs'\. A copy/,
    );
    expect(items.get(`${SAVED_OPTIONS_KEY}:unreadable`)).toBe(items.get(SAVED_OPTIONS_KEY));
  });

  it('drops an unknown CCG code from storage with a message (storage outlives a data update)', () => {
    const stored = {...tameside, partAssignments: {[TAMESIDE]: 'midlands', E38999999: 'london'}};
    const {storage} = memoryStorage({
      [SAVED_OPTIONS_KEY]: JSON.stringify({version: 1, options: [stored]}),
    });
    expect(loadSavedOptions(storage, builtIns, unitCodes, unitName, ON)).toEqual({
      options: [tameside],
      messages: ["Unknown CCG code 'E38999999' in the moves — ignored"],
    });
  });
});

describe('the option schema', () => {
  const schema = optionSchema(geography);
  const revised = builtIn('revised');

  it('accepts part moves with the geography’s part codes, in regions the option lists', () => {
    expect(schema.safeParse({...revised, partAssignments: {[TAMESIDE]: 'midlands'}}).success).toBe(
      true,
    );
    expect(
      schema.parse({...revised, partAssignments: {[TAMESIDE]: 'midlands'}}).partAssignments,
    ).toEqual({[TAMESIDE]: 'midlands'});
    expect(schema.safeParse(revised).success).toBe(true);
  });

  it('refuses a code that is not a part code, and a region the option does not have', () => {
    const messages = (o: unknown) =>
      schema
        .safeParse(o)
        .error?.issues.map((i) => i.message)
        .join('; ');
    const issue = schema.safeParse({...revised, partAssignments: {[GM]: 'midlands'}}).error
      ?.issues[0];
    expect([issue?.message, issue?.path]).toEqual([
      'Invalid key in record',
      ['partAssignments', GM],
    ]);
    expect(messages({...revised, partAssignments: {[TAMESIDE]: 'atlantis'}})).toMatch(
      /moves E38000182 to unknown region "atlantis"/,
    );
  });

  it('refuses part moves where the geography has no parts', () => {
    const noParts: Geography = {...geography, parts: null};
    expect(
      optionSchema(noParts).safeParse({...revised, partAssignments: {[TAMESIDE]: 'midlands'}})
        .success,
    ).toBe(false);
    expect(optionSchema(noParts).safeParse(revised).success).toBe(true);
  });
});
