// What loading a geography's built-in flows says when it has none (data/flows-load.ts), and what
// assembling the start-up data says of options that do not fit the areas (data/assemble.ts).
import {readFileSync} from 'node:fs';
import {basename} from 'node:path';
import {describe, expect, it} from 'vitest';
import {geographyManifestSchema} from '../../src/data/manifest-schema';
import {loadAreaFlows, loadPartTrustFlows} from '../../src/data/flows-load';
import {assembleData} from '../../src/data/assemble';
import {areaTopology} from './real-data';

const json = (file: string) => JSON.parse(readFileSync(`data/${file}`, 'utf8'));
const m2018 = geographyManifestSchema.parse(json('england-2018/manifest.json'));
const m2026 = geographyManifestSchema.parse(json('england-2026/manifest.json'));

/** The 2018 files by name, counting fetches, under a URL of `tag` (each load is kept once per URL). */
function files(tag: string) {
  const fetched: string[] = [];
  const fetcher = (async (url: string) => {
    fetched.push(String(url));
    return new Response(readFileSync(`data/england-2018/${basename(String(url))}`));
  }) as typeof fetch;
  return {fileUrl: (name: string) => `/${tag}/${name}`, fetcher, fetched};
}

describe('built-in flows a geography lacks', () => {
  it('are named, and nothing is fetched', async () => {
    const f = files('lacks-a');
    const noFlows = {...m2018, files: {...m2018.files, areaFlows: undefined}};
    await expect(
      loadAreaFlows({geography: noFlows, fileUrl: f.fileUrl}, f.fetcher),
    ).rejects.toThrow(`${m2018.title} has no patient flows.`);
    const noParts = {...m2018, parts: null};
    await expect(
      loadPartTrustFlows({geography: noParts, fileUrl: f.fileUrl}, f.fetcher),
    ).rejects.toThrow(`${m2018.title} has no flows to trusts.`);
    await expect(
      loadPartTrustFlows({geography: m2026, fileUrl: f.fileUrl}, f.fetcher),
    ).rejects.toThrow(`${m2026.title} has no flows to trusts.`);
    expect(f.fetched).toEqual([]);
  });

  it('are loaded where listed', async () => {
    const f = files('lacks-b');
    const flows = await loadPartTrustFlows({geography: m2018, fileUrl: f.fileUrl}, f.fetcher);
    expect(flows.trusts.length).toBeGreaterThan(100);
    expect(
      (await loadAreaFlows({geography: m2018, fileUrl: f.fileUrl}, f.fetcher)).flows.length,
    ).toBeGreaterThan(100);
  });
});

describe('start-up data whose option does not fit the areas', () => {
  it('names the option and its first three problems, ending with a full stop', () => {
    const options = json('england-2018/options.json');
    const revised = options.options.find((o: {id: string}) => o.id === 'revised');
    for (const code of Object.keys(revised.assignments).slice(0, 4))
      delete revised.assignments[code];
    const context = json('england-2018/context.topo.json');
    expect(() => assembleData(m2018, areaTopology, context, options)).toThrow(
      /^Option "Revised proposal" does not fit the STPs: [^;]+; [^;]+; [^;]+\.$/,
    );
  });

  it('gives file names as they are when no URL maker is given', () => {
    const data = assembleData(
      m2018,
      areaTopology,
      json('england-2018/context.topo.json'),
      json('england-2018/options.json'),
    );
    expect(data.fileUrl('ccgs.topo.json')).toBe('ccgs.topo.json');
  });
});
