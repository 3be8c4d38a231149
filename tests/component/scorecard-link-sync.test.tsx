// @vitest-environment jsdom
// The scorecard in the address: a link opens it with its thresholds, a changed threshold is
// written (and only while it differs from its default), Back restores the defaults a link
// leaves out, and a bad value is named.
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {startUrlSync} from '../../src/state/url-sync';
import {resetFootprint} from '../../src/state/store';
import {resetScorecard, useScorecard} from '../../src/state/thresholds';
import {DEFAULT_THRESHOLDS} from '../../src/domain/criteria/types';
import {geography} from '../unit/real-data';

const OPTIONS = [
  {id: 'revised', title: 'Revised proposal', regions: [{id: 'midlands', name: 'Midlands'}]},
];
const DATA = {options: OPTIONS as never, areas: [{code: 'E54000020'}], geography};

let stop: () => void = () => {};
let messages: string[][] = [];
function start(href: string) {
  stop();
  history.replaceState(null, '', href);
  stop = startUrlSync(DATA, {onMessages: (m) => messages.push(m), debounceMs: 300});
}
beforeEach(() => {
  vi.useFakeTimers();
  resetFootprint();
  resetScorecard();
  messages = [];
});
afterEach(() => {
  stop();
  vi.useRealTimers();
});

describe('scorecard link sync', () => {
  it('opens the scorecard with the thresholds a link gives', () => {
    start('/?option=revised&scorecard=1&ratio=1.5&containment=85');
    expect(useScorecard.getState().open).toBe(true);
    expect(useScorecard.getState().thresholds).toEqual({
      ...DEFAULT_THRESHOLDS,
      maxPopulationRatio: 1.5,
      minContainment: 0.85,
    });
    expect(messages).toEqual([[]]);
  });

  it('writes a changed threshold, and drops it again at its default', () => {
    start('/?option=revised');
    useScorecard.getState().setOpen(true);
    useScorecard.getState().setThreshold('maxSplitDistricts', 2);
    vi.advanceTimersByTime(300);
    expect(location.search).toBe('?option=revised&scorecard=1&splits=2');
    useScorecard.getState().resetThresholds();
    useScorecard.getState().setOpen(false);
    vi.advanceTimersByTime(300);
    expect(location.search).toBe('?option=revised');
  });

  it('puts back the defaults a link leaves out on Back/Forward', () => {
    start('/?option=revised&maxstps=9');
    expect(useScorecard.getState().thresholds.maxAreasPerRegion).toBe(9);
    history.pushState(null, '', '/?option=revised');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(useScorecard.getState().thresholds).toEqual(DEFAULT_THRESHOLDS);
  });

  it('names a bad threshold, keeps the default and leaves it out of the address', () => {
    start('/?option=revised&ratio=-1');
    expect(messages).toEqual([["Largest population ratio threshold '-1' is not valid — using 2"]]);
    expect(useScorecard.getState().thresholds).toEqual(DEFAULT_THRESHOLDS);
    vi.advanceTimersByTime(300);
    expect(location.search).toBe('?option=revised');
  });
});
