import {describe, expect, it} from 'vitest';
import {
  loadSavedOptions,
  saveOptions,
  SAVED_OPTIONS_KEY,
  UNREADABLE_KEY,
  type OptionStorage,
} from '../../src/state/saved-options';
import {builtIns, edited, LINCOLNSHIRE, mine, unitCodes, unitName} from './builder-fixtures';
import {geography} from './real-data';

/** localStorage as a Map, with a byte quota and a switch that makes every call throw. */
function memoryStorage(initial: Record<string, string> = {}, quota = Infinity) {
  const items = new Map(Object.entries(initial));
  let failure: Error | null = null;
  const storage: OptionStorage = {
    getItem(key) {
      if (failure) throw failure;
      return items.get(key) ?? null;
    },
    setItem(key, value) {
      if (failure) throw failure;
      if ([...items.values()].join('').length + value.length > quota)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      items.set(key, value);
    },
  };
  return {storage, items, fail: (e: Error) => (failure = e)};
}

const one = edited(mine(), {kind: 'move', unit: LINCOLNSHIRE, to: 'east'});
const two = {
  ...edited(mine('initial'), {kind: 'rename-option', title: 'Second'}),
  id: 'mine-2',
  userBuilt: {basedOn: 'mine-1', baseId: 'initial'},
};
// Opened on the 2018 geography, whose manifest words the messages ("an STP").
const load = (storage: OptionStorage) =>
  loadSavedOptions(storage, builtIns, unitCodes, unitName, {geography});

describe('saved options', () => {
  it('saves and loads options unchanged', () => {
    const {storage, items} = memoryStorage();
    expect(load(storage)).toEqual({options: [], messages: []});
    expect(saveOptions(storage, [one, two])).toBeNull();
    expect(JSON.parse(items.get(SAVED_OPTIONS_KEY)!).version).toBe(1);
    expect(load(storage)).toEqual({options: [one, two], messages: []});
  });

  it('keeps damaged text in a backup before anything overwrites it', () => {
    const {storage, items} = memoryStorage({
      [SAVED_OPTIONS_KEY]: '{"version": 1, "options": [{"id"',
    });
    expect(load(storage)).toEqual({
      options: [],
      messages: [
        `Your saved options cannot be read: the stored text is damaged. A copy of what was stored is kept in this browser under “${UNREADABLE_KEY}”.`,
      ],
    });
    expect(items.get(UNREADABLE_KEY)).toBe('{"version": 1, "options": [{"id"');
    // Another damaged text later goes to the next backup key: the first is not overwritten.
    items.set(SAVED_OPTIONS_KEY, 'garbage');
    expect(load(storage).messages[0]).toMatch(`“${UNREADABLE_KEY}:2”`);
    expect(items.get(UNREADABLE_KEY)).toBe('{"version": 1, "options": [{"id"');
  });

  it('backs up unreadable text when saving even if it was never loaded', () => {
    const {storage, items} = memoryStorage({[SAVED_OPTIONS_KEY]: '{"version": 7, "options": []}'});
    expect(saveOptions(storage, [one])).toBeNull();
    expect(items.get(UNREADABLE_KEY)).toBe('{"version": 7, "options": []}');
  });

  it('keeps the good options, names the dropped ones and why, and backs up the text', () => {
    const bad = {
      ...two,
      title: 'Broken',
      assignments: {...two.assignments, [LINCOLNSHIRE]: undefined},
    };
    const raw = JSON.stringify({
      version: 1,
      options: [one, bad, {...one, title: 'Clash'}, 'nonsense'],
    });
    const {storage, items} = memoryStorage({[SAVED_OPTIONS_KEY]: raw});
    const {options, messages} = load(storage);
    expect(options.map((o) => [o.id, o.title])).toEqual([
      ['mine-1', 'My option 1'],
      ['mine-2', 'Clash'],
    ]);
    expect(messages).toEqual([
      "Clash: the id 'mine-1' is already used here, so it is now mine-2",
      "Saved option 'Broken' could not be loaded: The option leaves out an STP: Lincolnshire (E54000013). Every STP must be in a region.",
      'Saved option number 4 could not be loaded: The option is not in the form Footprint saves: the option: Invalid input: expected object, received string',
      `A copy of what was stored is kept in this browser under “${UNREADABLE_KEY}”.`,
    ]);
    expect(items.get(UNREADABLE_KEY)).toBe(raw);
  });

  it('says so when a newer Footprint saved them', () => {
    const {storage} = memoryStorage({[SAVED_OPTIONS_KEY]: '{"version": 2, "options": []}'});
    expect(load(storage).messages[0]).toMatch(
      /^Your saved options cannot be read: they were saved by a newer Footprint\./,
    );
  });

  it('never throws when storage is disabled, and says what it means', () => {
    const {storage, fail} = memoryStorage();
    fail(new DOMException('The operation is insecure.', 'SecurityError'));
    expect(load(storage)).toEqual({
      options: [],
      messages: [
        'Your saved options cannot be read: this browser does not let Footprint keep data (private browsing, blocked cookies or an embedded page). Options you build now will not be kept.',
      ],
    });
    expect(saveOptions(storage, [one])).toBe(
      'Your options could not be saved: this browser does not let Footprint keep data (private browsing, blocked cookies or an embedded page). Save them as files to keep them.',
    );
  });

  it('says so when storage is full, and keeps what was stored', () => {
    const {storage, items} = memoryStorage({}, 5000);
    expect(saveOptions(storage, [one])).toBeNull();
    const before = items.get(SAVED_OPTIONS_KEY);
    expect(saveOptions(storage, [one, two, {...two, id: 'mine-3'}])).toBe(
      'Your options could not be saved: this browser’s storage for Footprint is full. Save them as files to keep them.',
    );
    expect(items.get(SAVED_OPTIONS_KEY)).toBe(before);
  });
});

describe('saved options on another geography', () => {
  it("word a dropped option's problem with that geography's noun, never STP", () => {
    const bad = {
      ...two,
      title: 'Broken',
      assignments: {...two.assignments, [LINCOLNSHIRE]: undefined},
    };
    const {storage} = memoryStorage({
      [`${SAVED_OPTIONS_KEY}:cells`]: JSON.stringify({
        version: 1,
        geography: 'cells',
        options: [bad],
      }),
    });
    const cells = {
      id: 'cells',
      title: 'Cells',
      areas: {noun: {one: 'cell', many: 'cells'}, codeExample: 'T010000', codeVintage: 'made up'},
    };
    const {messages} = loadSavedOptions(storage, builtIns, unitCodes, unitName, {geography: cells});
    expect(messages[0]).toEqual(
      "Saved option 'Broken' could not be loaded: The option leaves out a cell: Lincolnshire (E54000013). Every cell must be in a region.",
    );
  });
});
