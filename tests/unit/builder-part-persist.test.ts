// Restoring saved options that move CCGs (issue 19): kept per geography, and never overwritten
// while the part layer they need is not loaded yet.
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {restoreSavedOptions} from '../../src/state/builder-persist';
import {resetBuilder, useBuilder} from '../../src/state/builder';
import {SAVED_OPTIONS_KEY} from '../../src/state/saved-options';
import {applyEdit} from '../../src/domain/builder/edit';
import {mine, unitName} from './builder-fixtures';
import {PARTS_CONTEXT, TAMESIDE} from './builder-part-fixtures';
import {geography, options, areas} from './real-data';

const tameside = applyEdit(
  mine(),
  {kind: 'move-part', part: TAMESIDE, to: 'midlands'},
  unitName,
  PARTS_CONTEXT,
).option!;
const data = {options, areas, geography};
const items = new Map<string, string>();

beforeEach(() => {
  vi.useFakeTimers();
  resetBuilder();
  items.clear();
  items.set(
    SAVED_OPTIONS_KEY,
    JSON.stringify({version: 1, geography: geography.id, options: [tameside]}),
  );
  vi.stubGlobal('window', {
    localStorage: {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
    },
    addEventListener: () => {},
    removeEventListener: () => {},
  });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('restoring saved options that move CCGs', () => {
  it('without the parts, saves nothing over them; with the parts, loads them and saves again', () => {
    const stored = items.get(SAVED_OPTIONS_KEY);
    restoreSavedOptions(data, {persist: true});
    useBuilder.getState().addOption({...mine(), id: 'mine-2'});
    vi.advanceTimersByTime(100);
    expect(items.get(SAVED_OPTIONS_KEY)).toBe(stored);

    restoreSavedOptions(data, {persist: true, parts: PARTS_CONTEXT});
    expect(useBuilder.getState().userOptions).toEqual([tameside]);
    useBuilder.getState().addOption({...mine(), id: 'mine-2'});
    vi.advanceTimersByTime(100);
    expect(JSON.parse(items.get(SAVED_OPTIONS_KEY)!).options).toHaveLength(2);
  });
});
