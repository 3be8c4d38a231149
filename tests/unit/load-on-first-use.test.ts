// The files fetched on first use (CCG layer, districts, patient flows): each is downloaded once
// however many parts of the page ask, and a failed download is tried again on the next request.
import {readFileSync} from 'node:fs';
import {beforeEach, describe, expect, it, vi} from 'vitest';
import type * as Lazy from '../../src/data/lazy';
import type * as FlowsLoad from '../../src/data/flows-load';

const FILES = ['ccgs.topo.json', 'districts.json', 'flows-stp.json', 'flows-ccg-trust.json'];

/** A fetch over the committed files that counts requests per file; `failures` answers 503 first. */
function countingFetch(failures = 0) {
  const calls: string[] = [];
  const fetcher = (async (url: string) => {
    const name = FILES.find((f) => String(url).includes(f.replace('.json', '')))!;
    calls.push(name);
    if (failures-- > 0) return new Response('', {status: 503});
    return new Response(readFileSync(`data/${name}`, 'utf8'));
  }) as typeof fetch;
  return {fetcher, calls};
}

// The loaders keep their promise in module state: a fresh module per test.
let lazy: typeof Lazy;
let flows: typeof FlowsLoad;
beforeEach(async () => {
  vi.resetModules();
  lazy = await import('../../src/data/lazy');
  flows = await import('../../src/data/flows-load');
});

describe('the CCG layer', () => {
  it('is the 195 CCGs with their properties and shapes, fetched once', async () => {
    const {fetcher, calls} = countingFetch();
    const [a, b] = await Promise.all([lazy.loadCcgs(fetcher), lazy.loadCcgs(fetcher)]);
    expect(b).toBe(a);
    expect(calls).toEqual(['ccgs.topo.json']);
    expect(a.ccgs).toHaveLength(195);
    expect(a.ccgs[0]).toEqual({
      code: 'E38000001', odsCode: '02N', name: 'NHS Airedale, Wharfedale and Craven CCG', stpCode: 'E54000005', population: 160106,
    });
    expect(a.shapes.features[0]!.properties).toBe(a.ccgs[0]);
    expect(a.shapes.features[0]!.geometry.type).toMatch(/Polygon/);
  });

  it('is fetched again after a failure', async () => {
    const {fetcher, calls} = countingFetch(1);
    const err = await lazy.loadCcgs(fetcher).catch((e: unknown) => e);
    // A DataError naming the file (the class itself is a fresh module's, so it is checked by name).
    expect(err).toMatchObject({name: 'DataError', file: 'ccgs.topo.json'});
    expect((await lazy.loadCcgs(fetcher)).ccgs).toHaveLength(195);
    expect(calls).toEqual(['ccgs.topo.json', 'ccgs.topo.json']);
  });
});

describe('the district lookup', () => {
  it('is the list of districts, fetched once, and again after a failure', async () => {
    const {fetcher, calls} = countingFetch(1);
    await expect(lazy.loadDistricts(fetcher)).rejects.toThrow(/districts\.json is missing \(the server answered 503\)/);
    const districts = await lazy.loadDistricts(fetcher);
    expect(await lazy.loadDistricts(fetcher)).toBe(districts);
    expect(calls).toEqual(['districts.json', 'districts.json']);
    expect(districts[0]).toEqual({code: 'E06000001', name: 'Hartlepool', parts: [{stpCode: 'E54000049', lsoaShare: 1}]});
  });
});

describe('the STP patient flows', () => {
  it('are the built-in dataset with its description and flows as objects, fetched once', async () => {
    const {fetcher, calls} = countingFetch();
    const data = await flows.loadStpFlows(fetcher);
    expect(await flows.loadStpFlows(fetcher)).toBe(data);
    expect(calls).toEqual(['flows-stp.json']);
    expect(data).toMatchObject({kind: 'builtin', measure: 'Residents attributed to hospital trusts', unit: 'people', period: 'PHE catchment year 2018'});
    expect(data.source).toMatch(/^Public Health England/);
    expect(data.flows).toHaveLength(485);
    expect(data.flows[0]).toEqual({origin: 'E54000005', destination: 'E54000005', volume: 2424924});
  });

  it('are fetched again after a failure', async () => {
    const {fetcher, calls} = countingFetch(1);
    await expect(flows.loadStpFlows(fetcher)).rejects.toThrow(/flows-stp\.json is missing/);
    expect((await flows.loadStpFlows(fetcher)).flows).toHaveLength(485);
    expect(calls).toEqual(['flows-stp.json', 'flows-stp.json']);
  });
});

describe('the CCG → trust flows', () => {
  it('are trusts, flows as objects and residents by CCG, fetched once', async () => {
    const {fetcher, calls} = countingFetch();
    const data = await flows.loadCcgTrustFlows(fetcher);
    expect(await flows.loadCcgTrustFlows(fetcher)).toBe(data);
    expect(calls).toEqual(['flows-ccg-trust.json']);
    expect(data).toMatchObject({measure: 'Residents attributed to hospital trusts', unit: 'people', period: 'PHE catchment year 2018'});
    expect(data.trusts).toHaveLength(139);
    expect(data.trusts[0]).toEqual({code: 'R0A', name: 'Manchester University NHS Foundation Trust', stpCode: 'E54000007', lon: -2.2277, lat: 53.4624});
    expect(data.flows).toHaveLength(3238);
    expect(data.flows[0]).toEqual({ccg: 'E38000001', trust: 'R0A', volume: 149});
    expect(data.residents.size).toBe(195);
    expect(data.residents.get('E38000001')).toBe(160687);
  });

  it('are fetched again after a failure', async () => {
    const {fetcher, calls} = countingFetch(1);
    await expect(flows.loadCcgTrustFlows(fetcher)).rejects.toThrow(/flows-ccg-trust\.json is missing/);
    expect((await flows.loadCcgTrustFlows(fetcher)).trusts).toHaveLength(139);
    expect(calls).toEqual(['flows-ccg-trust.json', 'flows-ccg-trust.json']);
  });
});
