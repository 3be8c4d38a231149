// The layers fetched on first use (data/lazy.ts): each loads from the geography's own file, and a
// geography whose manifest lists no such file (or no such level) is answered with a message
// naming what it lacks, never a fetch of a file that is not there.
import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import {basename} from 'node:path';
import {geographyManifestSchema} from '../../src/data/manifest-schema';
import {loadAuthorities, loadDistricts, loadParts, loadTrusts} from '../../src/data/lazy';

const manifest = (id: string) =>
  geographyManifestSchema.parse(JSON.parse(readFileSync(`data/${id}/manifest.json`, 'utf8')));
const m2018 = manifest('england-2018');
const m2026 = manifest('england-2026');

/** Files as the page would fetch them, from data/<id>/, counting the fetches. */
function filesOf(id: string) {
  const fetched: string[] = [];
  const fetcher = (async (url: string) => {
    fetched.push(String(url));
    return new Response(readFileSync(`data/${id}/${basename(String(url))}`));
  }) as typeof fetch;
  return {fileUrl: (name: string) => `/test-lazy/${id}/${name}`, fetcher, fetched};
}

describe('layers loaded on first use', () => {
  it('loads England 2026’s combined authorities and trusts from its files', async () => {
    const f = filesOf('england-2026');
    const authorities = await loadAuthorities({geography: m2026, fileUrl: f.fileUrl}, f.fetcher);
    const trusts = await loadTrusts({geography: m2026, fileUrl: f.fileUrl}, f.fetcher);
    expect(authorities.length).toBeGreaterThan(5);
    expect(trusts.length).toBeGreaterThan(100);
    expect(f.fetched).toEqual([
      `/test-lazy/england-2026/${m2026.files.combinedAuthorities}`,
      `/test-lazy/england-2026/${m2026.files.trusts}`,
    ]);
  });

  it('says what the 2018 geography lacks, and fetches nothing', async () => {
    const f = filesOf('england-2018');
    const g = {geography: m2018, fileUrl: f.fileUrl};
    await expect(loadAuthorities(g, f.fetcher)).rejects.toThrow(
      `${m2018.title} has no combined authorities.`,
    );
    await expect(loadTrusts(g, f.fetcher)).rejects.toThrow(`${m2018.title} has no trusts.`);
    expect(f.fetched).toEqual([]);
  });

  it('says so when a file is listed but its level is not (or the reverse)', async () => {
    const f = filesOf('england-2018');
    const noParts = {geography: {...m2018, parts: null}, fileUrl: f.fileUrl};
    await expect(loadParts(noParts, f.fetcher)).rejects.toThrow(
      `${m2018.title} has no finer units.`,
    );
    const noDistricts = {geography: {...m2018, districts: null}, fileUrl: f.fileUrl};
    await expect(loadDistricts(noDistricts, f.fetcher)).rejects.toThrow(
      `${m2018.title} has no districts.`,
    );
    const f26 = filesOf('england-2026');
    await expect(loadParts({geography: m2026, fileUrl: f26.fileUrl}, f26.fetcher)).rejects.toThrow(
      `${m2026.title} has no finer units.`,
    );
    expect([...f.fetched, ...f26.fetched]).toEqual([]);
  });
});
