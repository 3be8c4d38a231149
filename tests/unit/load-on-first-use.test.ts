// The files fetched on first use (CCG layer, districts, patient flows): a failed download is tried
// again on the next request, and after that the file is downloaded once however many parts of the
// page ask. Each loader keeps its promise in module state, so each is exercised by one test only.
// (No vi.resetModules: re-running the schema modules inside a test would make their module-level
// mutants look test-covered to Stryker.)
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {loadParts, loadDistricts} from '../../src/data/lazy';
import {loadPartTrustFlows, loadAreaFlows} from '../../src/data/flows-load';
import {DataError} from '../../src/data/load';
import {geography} from './real-data';

/** The 2018 geography, each file at a URL named after it. */
const FILES_2018 = {geography, fileUrl: (name: string) => `/assets/${name}`};

const FILES = ['ccgs.topo.json', 'districts.json', 'flows-stp.json', 'flows-ccg-trust.json'];

/** A fetch over the committed files that counts requests; the first request answers 503. */
function fetchFailingOnce() {
  const calls: string[] = [];
  const fetcher = (async (url: string) => {
    const name = FILES.find((f) => String(url).includes(f.replace('.json', '')))!;
    calls.push(name);
    if (calls.length === 1) return new Response('', {status: 503});
    return new Response(readFileSync(`data/england-2018/${name}`, 'utf8'));
  }) as typeof fetch;
  return {fetcher, calls};
}

/** Fails once with a DataError naming the file, then loads once for two callers. */
async function failThenLoadOnce<T>(
  load: (f: typeof fetch) => Promise<T>,
  file: string,
): Promise<T> {
  const {fetcher, calls} = fetchFailingOnce();
  const err = await load(fetcher).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(DataError);
  expect(err).toMatchObject({
    name: 'DataError',
    file,
    message: `The data file ${file} is missing (the server answered 503).`,
  });
  const [a, b] = await Promise.all([load(fetcher), load(fetcher)]);
  expect(b).toBe(a);
  expect(await load(fetcher)).toBe(a);
  expect(calls).toEqual([file, file]);
  return a;
}

describe('files loaded on first use', () => {
  it('the CCG layer: the 195 CCGs with their properties and shapes', async () => {
    const data = await failThenLoadOnce((f) => loadParts(FILES_2018, f), 'ccgs.topo.json');
    expect(data.parts).toHaveLength(195);
    expect(data.parts[0]).toEqual({
      code: 'E38000001',
      odsCode: '02N',
      name: 'NHS Airedale, Wharfedale and Craven CCG',
      areaCode: 'E54000005',
      population: 160106,
      areaKm2: 1221,
      anchor: [-2.1, 54.0442],
    });
    expect(data.shapes.features[0]!.properties).toBe(data.parts[0]);
    expect(data.shapes.features[0]!.geometry.type).toMatch(/Polygon/);
  });

  it('the district lookup', async () => {
    const districts = await failThenLoadOnce((f) => loadDistricts(FILES_2018, f), 'districts.json');
    expect(districts[0]).toEqual({
      code: 'E06000001',
      name: 'Hartlepool',
      parts: [{areaCode: 'E54000049', lsoaShare: 1, residents: 93663}],
      partResidents: [['E38000075', 93663]],
    });
  });

  it('the STP patient flows: the built-in dataset with its description, flows as objects', async () => {
    const data = await failThenLoadOnce((f) => loadAreaFlows(FILES_2018, f), 'flows-stp.json');
    expect(data).toMatchObject({
      kind: 'builtin',
      measure: 'Residents attributed to hospital trusts',
      unit: 'people',
      period: 'PHE catchment year 2018',
    });
    expect(data.source).toMatch(/^Public Health England/);
    expect(data.flows).toHaveLength(485);
    expect(data.flows[0]).toEqual({origin: 'E54000005', destination: 'E54000005', volume: 2424924});
  });

  it('the CCG → trust flows: trusts, flows as objects, residents by CCG', async () => {
    const data = await failThenLoadOnce(
      (f) => loadPartTrustFlows(FILES_2018, f),
      'flows-ccg-trust.json',
    );
    expect(data).toMatchObject({
      measure: 'Residents attributed to hospital trusts',
      unit: 'people',
      period: 'PHE catchment year 2018',
    });
    expect(data.trusts).toHaveLength(139);
    expect(data.trusts[0]).toEqual({
      code: 'R0A',
      name: 'Manchester University NHS Foundation Trust',
      areaCode: 'E54000007',
      partCode: 'E38000217',
      lon: -2.2277,
      lat: 53.4624,
    });
    expect(data.flows).toHaveLength(3238);
    expect(data.flows[0]).toEqual({part: 'E38000001', trust: 'R0A', volume: 149});
    expect(data.residents.size).toBe(195);
    expect(data.residents.get('E38000001')).toBe(160687);
  });
});
