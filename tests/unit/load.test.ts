import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import {DataError, fetchValidated, loadFootprintData} from '../../src/data/load';
import {optionsFileSchema} from '../../src/data/schemas';
import {geography} from './real-data';

const files: Record<string, string> = {
  'manifest.json': readFileSync('data/england-2018/manifest.json', 'utf8'),
  'stps.topo.json': readFileSync('data/england-2018/stps.topo.json', 'utf8'),
  'context.topo.json': readFileSync('data/england-2018/context.topo.json', 'utf8'),
  'options.json': readFileSync('data/england-2018/options.json', 'utf8'),
};

/** A fetch over the committed files, keyed by the asset URL's file name. */
function fakeFetch(override: Record<string, Response | Error> = {}): typeof fetch {
  return (async (url: string) => {
    const name = Object.keys(files).find((f) => String(url).includes(f.replace('.json', '')));
    if (name && override[name] instanceof Error) throw override[name];
    if (name && override[name]) return override[name];
    return name ? new Response(files[name]) : new Response('', {status: 404});
  }) as typeof fetch;
}

describe('loading data files', () => {
  it('loads and validates the committed files', async () => {
    const data = await loadFootprintData(fakeFetch());
    expect(data.areas).toHaveLength(42);
    expect(data.options).toHaveLength(3);
    expect(data.areas.find((s) => s.code === 'E54000020')).toMatchObject({
      name: 'Northamptonshire',
      population: 730650,
      partCount: 2,
    });
    expect(data.areas.reduce((sum, s) => sum + s.population, 0)).toBe(55977178);
  });

  it('names the file when one is missing, corrupt, malformed or unreachable', async () => {
    const cases: [Response | Error, RegExp][] = [
      [new Response('', {status: 404}), /options\.json is missing \(the server answered 404\)/],
      [new Response('{"options": ['), /options\.json is corrupt: it is not valid JSON/],
      [
        new Response('{"options": [{"id": 3}]}'),
        /options\.json is not in the expected format at options\.0\.id/,
      ],
      [new TypeError('offline'), /options\.json could not be downloaded/],
    ];
    for (const [response, message] of cases) {
      const err = await loadFootprintData(fakeFetch({'options.json': response})).catch(
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(DataError);
      expect((err as DataError).file).toBe('options.json');
      expect((err as Error).message).toMatch(message);
    }
  });

  it('rejects an options file whose option does not fit the STPs', async () => {
    const file = optionsFileSchema(geography).parse(JSON.parse(files['options.json']!));
    delete file.options[1]!.assignments.E54000020;
    const err = await loadFootprintData(
      fakeFetch({'options.json': new Response(JSON.stringify(file))}),
    ).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(
      /Option "Initial proposal" does not fit the STPs: Northamptonshire is not assigned/,
    );
  });

  it('fetchValidated passes valid data through', async () => {
    const parsed = await fetchValidated(
      'options.json',
      '/assets/options.json',
      optionsFileSchema(geography),
      fakeFetch(),
    );
    expect(parsed.options[2]!.id).toBe('revised');
  });
});

describe('a data file with a code that is not one', () => {
  it('says what the code should look like, where it is', async () => {
    const file = JSON.parse(files['options.json']!);
    file.options[0].assignments.X1 = file.options[0].regions[0].id;
    const err = await loadFootprintData(
      fakeFetch({'options.json': new Response(JSON.stringify(file))}),
    ).catch((e: unknown) => e);
    expect((err as Error).message).toBe(
      'The data file options.json is not in the expected format at options.0.assignments.X1: an STP code looks like E54000020.',
    );
  });
});
