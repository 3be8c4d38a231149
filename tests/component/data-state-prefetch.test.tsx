// @vitest-environment jsdom
// fetchDataState (src/ui/use-data.ts) starts the start-up data prefetch itself, with the page's
// query string, before the loader asks (issue 21): if the page's code arrives before the boot's
// prefetch has begun, the manifest is still on its way before the loader asks for it. The
// prefetch and the loader are stand-ins here: what is tested is the order of the two calls.
import {describe, expect, it, vi} from 'vitest';
import type * as Load from '../../src/data/load';

const calls = vi.hoisted(() => [] as string[]);
vi.mock('../../src/data/startup-fetch', () => ({
  prefetchStartupFiles: (search: string) => {
    calls.push(`prefetch ${search}`);
    return Promise.resolve();
  },
}));
vi.mock('../../src/data/load', async (original) => ({
  ...(await original<typeof Load>()),
  loadLinkedGeography: (asked: string | null) => {
    calls.push(`load ${asked}`);
    return Promise.reject(new Error('the loader is not under test here'));
  },
}));

describe('the data state of a page', () => {
  it('starts the start-up prefetch with the page’s query string before the loader asks', async () => {
    window.history.replaceState(null, '', '/?geography=england-2026&option=x');
    const {fetchDataState} = await import('../../src/ui/use-data');
    const state = await fetchDataState();
    expect(state.status).toBe('error');
    expect(calls).toEqual(['prefetch ?geography=england-2026&option=x', 'load england-2026']);
  });
});
