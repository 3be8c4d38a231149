// connect.ts swaps the WebGL map in when the view says it is idle (MapView.drawState), not
// when a DOM attribute says so.
import {describe, expect, it, vi} from 'vitest';
import {DrawStateSignal, whenIdle} from '../../src/map/draw-state';

const viewOf = (signal: DrawStateSignal) => ({
  drawState: () => signal.get(),
  onDrawState: (l: Parameters<DrawStateSignal['subscribe']>[0]) => signal.subscribe(l),
});

describe('whenIdle', () => {
  it('waits for the view to become idle, then calls once', () => {
    const signal = new DrawStateSignal('busy');
    const then = vi.fn();
    whenIdle(viewOf(signal), then);
    expect(then).not.toHaveBeenCalled();
    signal.set('idle');
    signal.set('busy');
    signal.set('idle');
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('calls at once when the view is already idle', () => {
    const then = vi.fn();
    whenIdle(viewOf(new DrawStateSignal('idle')), then);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('a report of busy does not count (a view may repeat it)', () => {
    let tell: (s: 'idle' | 'busy') => void = () => undefined;
    const then = vi.fn();
    whenIdle({drawState: () => 'busy', onDrawState: (l) => ((tell = l), () => undefined)}, then);
    tell('busy');
    expect(then).not.toHaveBeenCalled();
    tell('idle');
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('never calls once cancelled', () => {
    const signal = new DrawStateSignal('busy');
    const then = vi.fn();
    whenIdle(viewOf(signal), then)();
    signal.set('idle');
    expect(then).not.toHaveBeenCalled();
  });
});

describe('DrawStateSignal', () => {
  it('tells listeners of changes only, until they unsubscribe', () => {
    const signal = new DrawStateSignal('busy');
    const seen: string[] = [];
    const stop = signal.subscribe((s) => seen.push(s));
    signal.set('busy');
    signal.set('idle');
    stop();
    signal.set('busy');
    expect(seen).toEqual(['idle']);
    expect(signal.get()).toBe('busy');
  });
});
