// The start-up data fetched beside the app's code (src/data/startup-fetch.ts, issue 21): which
// files the boot asks for, and the loader taking each response once instead of fetching again.
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {readFileSync} from 'node:fs';
import {GEOGRAPHY_PARAM as LINK_PARAM} from '../../src/state/link-params';
import type * as StartupModule from '../../src/data/startup-fetch';
import type * as LoadModule from '../../src/data/load';

type StartupFetch = typeof StartupModule;
type Load = typeof LoadModule;

/** A fresh copy of the modules (the prefetched responses are module state). */
async function fresh(): Promise<{startup: StartupFetch; load: Load}> {
  vi.resetModules();
  return {
    startup: await import('../../src/data/startup-fetch'),
    load: await import('../../src/data/load'),
  };
}

/** A fetch over the committed data files (data/<geography>/<name>), recording every URL asked. */
function committedFiles(asked: string[], broken: Record<string, string> = {}): typeof fetch {
  return (async (url: string) => {
    asked.push(String(url));
    const [, id, name] = /data\/([a-z0-9-]+)\/([^/?]+)$/.exec(String(url)) ?? [];
    if (!id || !name) return new Response('', {status: 404});
    const broke = broken[name];
    if (broke !== undefined) return new Response(broke);
    return new Response(readFileSync(`data/${id}/${name}`, 'utf8'));
  }) as typeof fetch;
}

const names = (urls: string[]) => urls.map((u) => u.split('/').slice(-2).join('/')).sort();

describe('the start-up data prefetch', () => {
  let global: string[];
  beforeEach(() => {
    global = [];
    vi.stubGlobal('fetch', committedFiles(global));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('asks for the default geography’s manifest and the three files it lists for start-up', async () => {
    const {startup} = await fresh();
    const asked: string[] = [];
    await startup.prefetchStartupFiles('', committedFiles(asked));
    expect(names(asked)).toEqual([
      'england-2018/context.topo.json',
      'england-2018/manifest.json',
      'england-2018/options.json',
      'england-2018/stps.topo.json',
    ]);
  });

  it('asks for the linked built-in geography’s files, whatever the case of its id', async () => {
    const {startup} = await fresh();
    const asked: string[] = [];
    await startup.prefetchStartupFiles('?geography=%20England-2026', committedFiles(asked));
    const manifest = JSON.parse(readFileSync('data/england-2026/manifest.json', 'utf8')) as {
      files: Record<string, string>;
    };
    expect(names(asked)).toEqual(
      ['manifest.json', manifest.files.areas!, manifest.files.context!, manifest.files.options!]
        .map((n) => `england-2026/${n}`)
        .sort(),
    );
  });

  it('asks for nothing for a geography that is not built in', async () => {
    const asked: string[] = [];
    for (const search of ['?geography=test-grid', '?geography=..%2Fsecrets', '?geography=x']) {
      const {startup} = await fresh();
      await startup.prefetchStartupFiles(search, committedFiles(asked));
    }
    expect(asked).toEqual([]);
  });

  it('asks once per page: a second call (the app’s, after the boot’s) asks for nothing', async () => {
    const {startup} = await fresh();
    const asked: string[] = [];
    await startup.prefetchStartupFiles('', committedFiles(asked));
    await startup.prefetchStartupFiles('?geography=england-2026', committedFiles(asked));
    expect(names(asked).every((n) => n.startsWith('england-2018/'))).toBe(true);
    expect(asked).toHaveLength(4);
  });

  it('asks for the manifest only when it is not JSON, and does not throw', async () => {
    const {startup} = await fresh();
    const asked: string[] = [];
    await startup.prefetchStartupFiles('', committedFiles(asked, {'manifest.json': '{"files": ['}));
    expect(names(asked)).toEqual(['england-2018/manifest.json']);
  });

  it('reads the same link parameter as the rest of the app', async () => {
    const {startup} = await fresh();
    expect(startup.GEOGRAPHY_PARAM).toBe(LINK_PARAM);
  });

  it('lets the loader take each prefetched file once: no second download', async () => {
    const {startup, load} = await fresh();
    const prefetched: string[] = [];
    await startup.prefetchStartupFiles('', committedFiles(prefetched));
    const data = await load.loadFootprintData();
    expect(data.areas).toHaveLength(42);
    expect(global).toEqual([]);
    // Used up: the next load downloads again.
    await load.loadFootprintData();
    expect(names(global)).toEqual(names(prefetched));
  });

  it('downloads again a file whose prefetch failed, and the loader never sees the failure', async () => {
    const {startup, load} = await fresh();
    const failing = (async (url: string) => {
      if (String(url).includes('options')) throw new TypeError('offline for a moment');
      return committedFiles([])(url);
    }) as typeof fetch;
    await startup.prefetchStartupFiles('', failing);
    const data = await load.loadFootprintData();
    expect(data.options).toHaveLength(3);
    expect(names(global)).toEqual(['england-2018/options.json']);
  });

  it('downloads again a file whose prefetch the server refused', async () => {
    const {startup, load} = await fresh();
    const refusing = (async (url: string) =>
      String(url).includes('context')
        ? new Response('busy', {status: 503})
        : committedFiles([])(url)) as typeof fetch;
    await startup.prefetchStartupFiles('', refusing);
    const data = await load.loadFootprintData();
    expect(data.areas).toHaveLength(42);
    expect(names(global)).toEqual(['england-2018/context.topo.json']);
  });

  it('passes a request it did not prefetch, or one with options, to fetch', async () => {
    const {startup} = await fresh();
    const asked: string[] = [];
    await startup.prefetchStartupFiles('', committedFiles(asked));
    await startup.startupFetch('/data/england-2018/districts.json');
    expect(names(global)).toEqual(['england-2018/districts.json']);
    const manifest = asked.find((u) => u.includes('manifest'))!;
    await startup.startupFetch(manifest, {cache: 'no-store'});
    expect(names(global)).toEqual(['england-2018/districts.json', 'england-2018/manifest.json']);
    // The prefetched manifest is still there for the loader's plain request.
    await startup.startupFetch(manifest);
    expect(global).toHaveLength(2);
  });
});
