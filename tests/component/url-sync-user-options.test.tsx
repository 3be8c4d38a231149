// @vitest-environment jsdom
// A change to the user-built options is written to the address within the task that made it,
// not after the debounce: a reload or a closed tab right after an accepted step must find the
// new address (an address a step behind reopens the older copy beside the stored one).
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {readFileSync} from 'node:fs';
import type {BoundaryOption} from '../../src/domain/types';
import {startUrlSync} from '../../src/state/url-sync';
import {resetFootprint, useFootprint} from '../../src/state/store';
import {resetBuilder, useBuilder} from '../../src/state/builder';
import {geography} from '../unit/real-data';
import {NORTHAMPTONSHIRE, userOption} from '../unit/user-option';

const options = JSON.parse(readFileSync('data/england-2018/options.json', 'utf8'))
  .options as BoundaryOption[];
const revised = options.find((o) => o.id === 'revised')!;
const DATA = {
  options,
  areas: Object.keys(revised.assignments).map((code) => ({code})),
  geography,
};
const mine = userOption(revised);

let stop: () => void = () => {};
beforeEach(() => {
  // Only the debounce is faked: the write of an option change runs as a microtask.
  vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']});
  resetFootprint();
  resetBuilder();
  history.replaceState(null, '', '/?option=revised');
  stop = startUrlSync(DATA, {onMessages: () => {}, debounceMs: 300});
  vi.advanceTimersByTime(300);
});
afterEach(() => {
  stop();
  resetBuilder();
  vi.useRealTimers();
});

describe('URL sync of user-built options', () => {
  it('writes a new user option at the end of the task, before the debounce', async () => {
    useBuilder.getState().addOption(mine);
    useFootprint.getState().chooseOption(mine.id);
    expect(location.search).toBe('?option=revised');
    await Promise.resolve();
    const params = new URLSearchParams(location.search);
    expect(params.get('option')).toBe('user-1');
    expect(params.get('base')).toBe('revised');
  });

  it('a sync stopped in the task of a change leaves the new address (regression)', async () => {
    useBuilder.getState().addOption(mine);
    useFootprint.getState().chooseOption(mine.id);
    await Promise.resolve();
    const before = location.search;
    // An accepted step: Northamptonshire back to the Midlands, then the sync stops in the same
    // task (an effect rerun), and the next sync would read the address synchronously.
    const stepped = {
      ...mine,
      assignments: {
        ...mine.assignments,
        [NORTHAMPTONSHIRE]: revised.assignments[NORTHAMPTONSHIRE]!,
      },
    };
    useBuilder.getState().adoptOption(stepped);
    stop();
    stop = () => {};
    expect(location.search).not.toBe(before);
    expect(new URLSearchParams(location.search).get('option')).toBe('user-1');
  });
});
