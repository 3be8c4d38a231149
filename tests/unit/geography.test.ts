// A geography is data: its manifest is checked as the app loads it, a link names its geography
// (none means the default), and what cannot be opened is named in the link's message.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {geographyManifestSchema} from '../../src/data/manifest-schema';
import {DataError, loadLinkedGeography} from '../../src/data/load';
import {codeOrigin, DEFAULT_GEOGRAPHY_ID, locateGeography} from '../../src/data/geography-files';
import {decodeChoices} from '../../src/state/url';
import {viewPageParams} from '../../src/state/link-params';
import {geographyLinkParams} from '../../src/state/url-sync';
import {countOf, mapLabel, withArticle} from '../../src/domain/geography';
import {geography, options, areas} from './real-data';

const FILES = ['manifest', 'stps.topo', 'context.topo', 'options'];

/** A fetch over the 2018 files by name; anything else (another geography) answers 404, or
 * `other` when given for a URL in geographies/. */
function fetchWith(other?: (url: string) => Response): typeof fetch {
  return (async (url: string) => {
    if (String(url).includes('geographies/') && other) return other(String(url));
    const name = FILES.find((f) => String(url).includes(`england-2018/${f}`));
    return name
      ? new Response(readFileSync(`data/england-2018/${name}.json`, 'utf8'))
      : new Response('', {status: 404});
  }) as typeof fetch;
}

describe('the manifest', () => {
  it('of the 2018 geography passes its schema and names STPs, CCGs and its default option', () => {
    expect(geography.id).toBe(DEFAULT_GEOGRAPHY_ID);
    expect(geography.areas.noun).toEqual({one: 'STP', many: 'STPs'});
    expect(geography.parts?.noun).toEqual({one: 'CCG', many: 'CCGs'});
    expect(geography.defaultOption).toBe('revised');
  });

  it('refuses a code pattern that is not anchored, or an example its pattern does not match', () => {
    const unanchored = {...geography, areas: {...geography.areas, codePattern: 'E54\\d{6}'}};
    expect(geographyManifestSchema.safeParse(unanchored).error?.issues[0]?.message).toMatch(
      /anchored with \^ and \$/,
    );
    const wrongExample = {...geography, areas: {...geography.areas, codeExample: 'E38000001'}};
    expect(geographyManifestSchema.safeParse(wrongExample).error?.issues[0]?.message).toBe(
      'the code example does not match its pattern',
    );
  });

  it('gives the words the app writes', () => {
    expect(countOf(1, geography.areas.noun)).toBe('1 STP');
    expect(countOf(1234, geography.parts!.noun)).toBe('1,234 CCGs');
    expect([
      withArticle('STP'),
      withArticle('CCG'),
      withArticle('region'),
      withArticle('ICB'),
    ]).toEqual(['an STP', 'a CCG', 'a region', 'an ICB']);
    expect(mapLabel(geography, 'Revised proposal')).toBe(
      "Map of England's STPs coloured by region: Revised proposal",
    );
  });
});

describe('a link names its geography', () => {
  it('opens the default geography without a geography= and writes none for it', async () => {
    const data = await loadLinkedGeography(null, fetchWith());
    expect(data.geography.id).toBe('england-2018');
    expect(data.geographyMessages).toEqual([]);
    expect(geographyLinkParams(data)).toEqual({});
    expect(geographyLinkParams({geography: {...geography, id: 'grid'}})).toEqual({
      geography: 'grid',
    });
  });

  it('opens the default geography, naming what was asked for, when the geography does not exist', async () => {
    const unknown = await loadLinkedGeography(
      'england-1066',
      fetchWith(() => new Response('', {status: 404})),
    );
    expect(unknown.geography.id).toBe('england-2018');
    expect(unknown.geographyMessages).toEqual([
      "Unknown geography 'england-1066' — showing England, April 2018: 42 STPs",
    ]);
    const malformed = await loadLinkedGeography('../secrets', fetchWith());
    expect(malformed.geographyMessages).toEqual([
      "Unknown geography '../secrets' — showing England, April 2018: 42 STPs",
    ]);
    expect(locateGeography('../secrets')).toBeNull();
  });

  it('reports a geography whose manifest is there but broken, rather than hiding it', async () => {
    const err = await loadLinkedGeography(
      'broken',
      fetchWith(() => new Response('{"id": "broken"}')),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataError);
    expect((err as DataError).message).toMatch(
      /broken\/manifest\.json is not in the expected format/,
    );
  });

  it('names a code of another level or geography in the link message', () => {
    const decode = (search: string) =>
      decodeChoices(
        search,
        options,
        areas.map((s) => s.code),
        viewPageParams(),
        geography,
      );
    expect(decode('?stp=E38000014').messages).toEqual([
      "'E38000014' is a CCG code of England, April 2018: 42 STPs, not an STP of this map — no STP selected",
    ]);
    expect(decode('?stp=E99999999').messages).toEqual([
      "Unknown STP code 'E99999999' — no STP selected",
    ]);
    expect(codeOrigin('E54000020', {id: 'grid', areaNoun: 'cell'})).toBe(
      'an STP code of England, April 2018: 42 STPs',
    );
  });
});
