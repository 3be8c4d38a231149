// @vitest-environment jsdom
// Focus after an accepted step goes to a form that a later render brings back: on a busy machine
// that can be many frames later (review: the 10-frame cap gave up after about 170 ms).
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {focusWhenShown} from '../../src/ui/focus-when-shown';

beforeEach(() => vi.useFakeTimers({toFake: ['requestAnimationFrame', 'performance']}));
afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

function addInput(id: string): HTMLInputElement {
  const input = document.createElement('input');
  input.id = id;
  document.body.append(input);
  return input;
}

describe('focusWhenShown', () => {
  it('focuses an element that appears 40 frames later (about 670 ms)', () => {
    focusWhenShown('later');
    vi.advanceTimersByTime(40 * 16);
    const input = addInput('later');
    vi.advanceTimersByTime(32);
    expect(document.activeElement).toBe(input);
  });

  it('gives up after its time: an element that comes 4 s later is not focused', () => {
    focusWhenShown('never', 3000);
    vi.advanceTimersByTime(4000);
    addInput('never');
    vi.advanceTimersByTime(100);
    expect(document.activeElement).toBe(document.body);
  });
});
