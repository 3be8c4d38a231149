// Where a geography's files are found (data/geography-files.ts) and what loading one says when
// its server fails or its manifest is of another geography (data/load.ts); where a code that is
// not one of the page's areas comes from.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {DataError, fetchManifest, loadLinkedGeography} from '../../src/data/load';
import {codeOrigin, locateGeography} from '../../src/data/geography-files';

describe('where a geography is', () => {
  it('a built-in one: bundled, a file its folder lacks at a URL that answers 404 with its name', () => {
    const built = locateGeography('england-2018')!;
    expect(built.builtIn).toBe(true);
    expect(built.fileUrl('nope.json')).toBe('/data/england-2018/nope.json');
  });

  it('another one: in geographies/<id>/ beside the page, its files beside its manifest', () => {
    const added = locateGeography('my-area', '/footprint/')!;
    expect(added).toMatchObject({
      id: 'my-area',
      builtIn: false,
      manifestUrl: '/footprint/geographies/my-area/manifest.json',
    });
    expect(added.fileUrl('areas.json')).toBe('/footprint/geographies/my-area/areas.json');
  });
});

describe('where a code that is not an area of this map comes from', () => {
  it("names another level or geography, never the page's own areas", () => {
    const page = {id: 'england-2018', areaNoun: 'STP'};
    expect(codeOrigin('E54000020', page)).toBeNull();
    expect(codeOrigin('E38000014', page)).toBe('a CCG code of England, April 2018: 42 STPs');
    expect(codeOrigin('E54000020', {id: 'england-2026', areaNoun: 'STP'})).toBe(
      'an STP code of England, April 2018: 42 STPs',
    );
    expect(codeOrigin('E38000014-E38000015', {id: 'england-2018', areaNoun: 'CCG'})).toBe(
      'a local area code of England, April 2026: 36 ICBs',
    );
  });
});

describe('loading a geography', () => {
  const manifest = readFileSync('data/england-2018/manifest.json', 'utf8');

  it('refuses a manifest of another geography, naming both', async () => {
    const location = locateGeography('my-area', '/')!;
    const err = await fetchManifest(
      location,
      (async () => new Response(manifest)) as typeof fetch,
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataError);
    expect((err as DataError).message).toBe(
      'The manifest in geographies/my-area/ is of another geography ("england-2018").',
    );
  });

  it('reports a server failure on a linked geography, rather than opening another', async () => {
    const failing = (async () => new Response('', {status: 500})) as typeof fetch;
    const err = await loadLinkedGeography('my-area', failing).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataError);
    expect((err as DataError).message).toBe(
      'The data file my-area/manifest.json is missing (the server answered 500).',
    );
  });
});
