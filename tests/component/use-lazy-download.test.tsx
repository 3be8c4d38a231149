// @vitest-environment jsdom
import {afterEach, describe, expect, it, vi} from 'vitest';
import {act, cleanup, fireEvent, render, screen} from '@testing-library/react';
import {useLazy} from '../../src/ui/use-lazy';
import {REVOKE_AFTER_MS, downloadBlob} from '../../src/ui/export/download';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

let calls = 0;
let settle: {resolve(v: string): void; reject(e: Error): void} = {
  resolve: () => {},
  reject: () => {},
};
const load = () => {
  calls++;
  return new Promise<string>((resolve, reject) => (settle = {resolve, reject}));
};

function Probe() {
  const x = useLazy(load);
  return (
    <div>
      <p data-testid="state">{x.status === 'ready' ? x.value : x.status}</p>
      <button type="button" onClick={x.retry}>
        Retry
      </button>
    </div>
  );
}

describe('useLazy', () => {
  it('shows loading again as soon as Retry is pressed, then the new result', async () => {
    render(<Probe />);
    await act(async () => settle.reject(new Error('offline')));
    expect(screen.getByTestId('state').textContent).toBe('error');
    fireEvent.click(screen.getByRole('button', {name: 'Retry'}));
    expect(screen.getByTestId('state').textContent).toBe('loading');
    expect(calls).toBe(2);
    await act(async () => settle.resolve('data'));
    expect(screen.getByTestId('state').textContent).toBe('data');
  });
});

describe('downloadBlob', () => {
  it('keeps the object URL alive for a while after the click (Firefox and Safari read it late)', () => {
    vi.useFakeTimers();
    const revoke = vi.fn();
    URL.createObjectURL = vi.fn(() => 'blob:test');
    URL.revokeObjectURL = revoke;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    downloadBlob(new Blob(['x']), 'x.csv');
    vi.advanceTimersByTime(1000);
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(REVOKE_AFTER_MS);
    expect(revoke).toHaveBeenCalledWith('blob:test');
  });
});
