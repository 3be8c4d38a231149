// @vitest-environment jsdom
// The address/store sync: Back/Forward re-applies a link, but a hash-only navigation (a skip
// link) must not undo a change that is still waiting to be written, and writes never add
// history entries.
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {startUrlSync} from '../../src/state/url-sync';
import {resetFootprint, useFootprint} from '../../src/state/store';
import {geography} from '../unit/real-data';

const OPTIONS = [
  {
    id: 'before',
    title: 'Before (five regions)',
    regions: [{id: 'north-of-england', name: 'North of England'}],
  },
  {id: 'initial', title: 'Initial proposal', regions: [{id: 'midlands', name: 'Midlands'}]},
  {id: 'revised', title: 'Revised proposal', regions: [{id: 'midlands', name: 'Midlands'}]},
];
const AREAS = ['E54000020', 'E54000015'];
// Only what the sync reads of the data: ids, titles and region ids of options, STP codes.
const DATA = {options: OPTIONS as never, areas: AREAS.map((code) => ({code})), geography};

let stop: () => void = () => {};
beforeEach(() => {
  vi.useFakeTimers();
  resetFootprint();
  history.replaceState(null, '', '/?option=initial');
  stop = startUrlSync(DATA, {onMessages: () => {}, debounceMs: 300});
});
afterEach(() => {
  stop();
  vi.useRealTimers();
});

describe('URL sync', () => {
  it('reads the link on start and writes changes with replaceState, debounced', () => {
    expect(useFootprint.getState().optionId).toBe('initial');
    const entries = history.length;
    useFootprint.getState().chooseOption('revised');
    useFootprint.getState().selectArea('E54000020');
    expect(location.search).toBe('?option=initial');
    vi.advanceTimersByTime(300);
    expect(location.search).toBe('?option=revised&stp=E54000020');
    expect(history.length).toBe(entries);
  });

  it('keeps a pending change through a hash-only navigation (regression)', () => {
    useFootprint.getState().chooseOption('revised');
    // A skip link: the hash changes, the query string does not, popstate fires.
    history.pushState(null, '', `${location.search}#fp-controls`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(useFootprint.getState().optionId).toBe('revised');
    expect(location.search).toBe('?option=revised');
    expect(location.hash).toBe('#fp-controls');
  });

  it('reports a misspelt parameter and leaves it out of the address (issue 10.5)', () => {
    stop();
    resetFootprint();
    const messages: string[][] = [];
    history.replaceState(null, '', '/?optoin=initial&controls=0&renderer=svg#x');
    stop = startUrlSync(DATA, {
      onMessages: (m) => messages.push(m),
      debounceMs: 300,
      pageParams: ['controls'],
    });
    expect(messages).toEqual([["Unknown setting 'optoin' — did you mean option?"]]);
    expect(useFootprint.getState().optionId).toBe('revised');
    vi.advanceTimersByTime(300);
    expect(location.search).toBe('?controls=0&renderer=svg&option=revised');
    expect(location.hash).toBe('#x');
  });

  it('applies a different link on Back/Forward', () => {
    history.pushState(null, '', '/?option=before');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(useFootprint.getState().optionId).toBe('before');
  });
});
