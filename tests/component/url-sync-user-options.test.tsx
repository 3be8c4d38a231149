// @vitest-environment jsdom
// A change to the user-built options is written to the address just after its frame, not after
// the debounce, and until then the tab notes the address as behind (address-behind.ts): a reload
// or a closed tab right after an accepted step must find either the new address or that note (an
// address a step behind, unnoted, reopens the older copy beside the stored one).
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {readFileSync} from 'node:fs';
import type {BoundaryOption} from '../../src/domain/types';
import {startUrlSync} from '../../src/state/url-sync';
import {markAddressBehind, takeAddressAhead} from '../../src/state/address-behind';
import {resetFootprint, useFootprint} from '../../src/state/store';
import {resetBuilder, useBuilder} from '../../src/state/builder';
import {removeUserOption} from '../../src/state/builder-actions';
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
  // Only the timers are faked: the write of an option change waits for a frame, or at most
  // 100 ms (jsdom draws no frames here, so the timer decides).
  vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']});
  sessionStorage.clear();
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
  vi.restoreAllMocks();
});

/** The browser's word for how this page was reached (jsdom gives none): the one fact besides
 * the address that the tab's "behind" note is read with (address-behind.ts). */
const navigatedBy = (type: NavigationTimingType) =>
  vi
    .spyOn(performance, 'getEntriesByType')
    .mockReturnValue([{type} as PerformanceNavigationTiming]);

describe('URL sync of user-built options', () => {
  it('writes a new user option after its frame, before the debounce, noted as behind till then', async () => {
    useBuilder.getState().addOption(mine);
    useFootprint.getState().chooseOption(mine.id);
    const older = location.href;
    expect(location.search).toBe('?option=revised');
    navigatedBy('reload');
    // The note is written once the change's task is done, naming the address it stands for:
    // the option chosen in the same task is in it.
    await Promise.resolve();
    const note = JSON.parse(sessionStorage.getItem(NOTE)!) as {behind: string; ahead: string};
    expect(note.behind).toBe(older);
    expect(new URLSearchParams(new URL(note.ahead).search).get('option')).toBe('user-1');
    vi.advanceTimersByTime(100);
    const params = new URLSearchParams(location.search);
    expect(params.get('option')).toBe('user-1');
    expect(params.get('base')).toBe('revised');
    // The note names only the older address, not the one written.
    expect(takeAddressAhead(location.href)).toBeNull();
    expect(takeAddressAhead(older)).toBe(note.ahead);
  });

  it('a sync stopped in the task of a change leaves the new address, and no note (regression, review)', async () => {
    useBuilder.getState().addOption(mine);
    useFootprint.getState().chooseOption(mine.id);
    await Promise.resolve();
    vi.advanceTimersByTime(100);
    sessionStorage.clear();
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
    // The stopped sync has written the address itself: it leaves no note (its data may be
    // another geography's by the time the note would be written).
    await Promise.resolve();
    expect(sessionStorage.getItem(NOTE)).toBeNull();
  });

  /** This tab's next page opening `address` at once (the browser took it before the write
   * after the frame), with `stored` as the browser's options (saved on pagehide); how it was
   * reached is set by the caller. Returns the notices that page gave. */
  function reopen(address: string, stored: BoundaryOption[]): string[] {
    const notices: string[] = [];
    window.dispatchEvent(new Event('pagehide'));
    stop();
    history.replaceState(null, '', address);
    resetFootprint();
    resetBuilder();
    useBuilder.getState().setOptions(stored);
    stop = startUrlSync(DATA, {
      onMessages: () => {},
      onNotices: (n) => notices.push(...n),
      debounceMs: 300,
    });
    return notices;
  }

  /** A step accepted, then the older address reopened (reopen). The note is written once the
   * step's task is done (a microtask), as in a browser, before any reload could come. */
  async function reopenOlderAddressAfterStep(): Promise<{older: string}> {
    useBuilder.getState().addOption(mine);
    useFootprint.getState().chooseOption(mine.id);
    await Promise.resolve();
    vi.advanceTimersByTime(100);
    const older = location.href;
    const stepped = {
      ...mine,
      assignments: {...mine.assignments, [NORTHAMPTONSHIRE]: 'midlands'},
    };
    useBuilder.getState().adoptOption(stepped);
    await Promise.resolve();
    vi.advanceTimersByTime(100);
    reopen(older, [stepped]);
    return {older};
  }

  it('the same address opened anew (pasted, followed) is a link like any other: its option is added beside the stored one (review)', async () => {
    navigatedBy('navigate');
    await reopenOlderAddressAfterStep();
    const {userOptions} = useBuilder.getState();
    expect(userOptions).toHaveLength(2);
    expect(userOptions.map((o) => o.assignments[NORTHAMPTONSHIRE])).toContain('midlands');
  });

  it('a reload before the step is written reopens the stored step, with no second copy', async () => {
    navigatedBy('reload');
    // The tab reloads at once: the reload has taken the older address (the write comes too
    // late for it); the reloaded page has the stored options (saved on pagehide).
    const {older} = await reopenOlderAddressAfterStep();
    const {userOptions} = useBuilder.getState();
    expect(userOptions.map((o) => o.id)).toEqual(['user-1']);
    expect(userOptions[0]!.assignments[NORTHAMPTONSHIRE]).toBe('midlands');
    expect(useFootprint.getState().optionId).toBe('user-1');
    // Its first write brings the address up to the step.
    vi.advanceTimersByTime(300);
    expect(location.href).not.toBe(older);
    expect(new URLSearchParams(location.search).get('option')).toBe('user-1');
  });

  it('a reload before a first step is written opens the new option, not the built-in one (review)', async () => {
    expect(location.search).toBe('?option=revised');
    useBuilder.getState().addOption(mine);
    useFootprint.getState().chooseOption(mine.id);
    await Promise.resolve();
    // The reload takes the address before the step's frame.
    navigatedBy('reload');
    reopen('http://localhost:3000/?option=revised', [mine]);
    expect(useFootprint.getState().optionId).toBe('user-1');
    expect(useBuilder.getState().userOptions.map((o) => o.id)).toEqual(['user-1']);
    expect(new URLSearchParams(location.search).get('option')).toBe('user-1');
  });

  it('a reload before a deletion is written does not bring the deleted option back (review)', async () => {
    useBuilder.getState().addOption(mine);
    useFootprint.getState().chooseOption(mine.id);
    await Promise.resolve();
    vi.advanceTimersByTime(100);
    const withOption = location.href;
    expect(new URLSearchParams(location.search).get('option')).toBe('user-1');
    // Delete it (the page shows the default option again); the reload comes before the write.
    removeUserOption({...DATA, areas: []}, mine.id);
    await Promise.resolve();
    navigatedBy('reload');
    const notices = reopen(withOption, []);
    expect(useBuilder.getState().userOptions).toEqual([]);
    expect(useFootprint.getState().optionId).toBe(geography.defaultOption);
    expect(notices).toEqual([]);
  });

  it('a note is used up: the view come back to the older address reopens as it is (review)', async () => {
    useBuilder.getState().addOption(mine);
    useFootprint.getState().chooseOption(mine.id);
    await Promise.resolve();
    vi.advanceTimersByTime(100);
    // The user chooses the option built on again: the address is the noted one once more.
    useFootprint.getState().chooseOption('revised');
    vi.advanceTimersByTime(300);
    expect(location.search).toBe('?option=revised');
    navigatedBy('reload');
    reopen(location.href, [mine]);
    expect(useFootprint.getState().optionId).toBe('revised');
    // And a note read once is gone, however the page was reached.
    markAddressBehind(location.href, 'http://localhost:3000/?option=user-1');
    navigatedBy('navigate');
    expect(takeAddressAhead(location.href)).toBeNull();
    navigatedBy('reload');
    expect(takeAddressAhead(location.href)).toBeNull();
  });

  it("a note that is not this page's (malformed, another page, another site) is no note", () => {
    navigatedBy('reload');
    const here = location.href;
    for (const note of [
      'not json',
      '"a string"',
      JSON.stringify({behind: here}),
      JSON.stringify({behind: here, ahead: 'https://elsewhere.example/?option=user-1'}),
      JSON.stringify({behind: here, ahead: 'http://user@localhost:3000/?option=user-1'}),
      JSON.stringify({behind: here, ahead: 'http://:pw@localhost:3000/?option=user-1'}),
      JSON.stringify({behind: here, ahead: '/board-pack.html?option=user-1'}),
    ]) {
      sessionStorage.setItem(NOTE, note);
      expect(takeAddressAhead(here)).toBeNull();
    }
    // The embed's note is its own: it never replaces the app's.
    markAddressBehind(here, `${here}&option=user-1`);
    markAddressBehind(
      'http://localhost:3000/embed.html?option=revised',
      'http://localhost:3000/embed.html',
    );
    expect(takeAddressAhead(here)).toBe(`${here}&option=user-1`);
  });
});

/** Where the app page (/) keeps its note in the tab's sessionStorage. */
const NOTE = 'footprint:address-behind:/';
