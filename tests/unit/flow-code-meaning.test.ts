// Which meaning a flow file's code is read with (flow-code-resolve.ts), on a small made-up
// geography, and which codes a geography's lookup holds as the page loads it (flow-code-load.ts).
import {readFileSync} from 'node:fs';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {fileVintage, resolveCode, sharedNote, vintageNote} from '../../src/data/flow-code-resolve';
import {loadCodeLookup, withinLevels} from '../../src/data/flow-code-load';
import {geographyManifestSchema} from '../../src/data/manifest-schema';
import type {FootprintData} from '../../src/data/assemble';
import type {Area} from '../../src/domain/types';
import {areas as areas2018} from './real-data';
import {area, board, lookupOf} from './flow-code-fixtures';

// Q05 is board Y1 (areas A and B) in 2029 and board Y2 (A alone) in 2030, listed 2030 first; it
// is also a trust's code. Y3 is a 2030-only board.
const lookup = () =>
  lookupOf(
    [
      area('X01000001', 300, [board('April 2030', 'Y2', 'Q05'), board('April 2029', 'Y1', 'Q05')]),
      area('X01000002', 100, [board('April 2029', 'Y1', 'Q05'), board('April 2030', 'Y3', 'Q06')]),
    ],
    [{code: 'Q05', areaCode: 'X01000002'}],
  );

describe('the year of a flow file', () => {
  it('is the one year its single-meaning codes show, or none when they show two', () => {
    expect(fileVintage(['Y3', 'X01000001'], lookup())).toBe('April 2030');
    expect(fileVintage(['Y3', 'Y1'], lookup())).toBeNull();
    expect(fileVintage(['X01000001'], lookup())).toBeNull();
  });
});

describe('a code with several meanings', () => {
  it("is read as the file's year, with a note naming its other meanings", () => {
    const l = lookup();
    const r = resolveCode('Q05', l, 'April 2030');
    expect(r).toMatchObject({kind: 'read', byVintage: true, reading: {officialCode: 'Y2'}});
    if (r.kind !== 'read') return;
    expect(vintageNote('Q05', r.reading, l)).toBe(
      '"Q05" was read as the April 2030 ICB Y2 (Board Y2), the year of the file\'s other codes; it also means trust Q05 and the April 2029 ICB Y1.',
    );
  });

  it('is refused without a year, listing its meanings oldest first and the codes that would say which', () => {
    expect(resolveCode('Q05', lookup(), null)).toEqual({
      kind: 'ambiguous',
      message:
        '"Q05" means different local areas in different years: trust Q05 (Q05, 1 local area); April 2029 ICB Y1 (Board Y1, 2 local areas); April 2030 ICB Y2 (Board Y2, 1 local area), and the file\'s other codes do not show which year it is of — use the ONS code of the one you mean (Q05 or Y1 or Y2)',
    });
  });
});

describe('the note on codes shared out among areas', () => {
  it('counts the codes', () => {
    const l = lookup();
    const y1 = l.readings.get('Y1')![0]!;
    const tail =
      'Their volumes were shared out among those local areas in proportion to their mid-2029 population, an estimate: a file by local area is exact.';
    expect(sharedNote(new Map([['Y1', y1]]), l)).toBe(
      `One code covers more than one local area: Y1 (ICB, 2 local areas). ${tail}`,
    );
    expect(
      sharedNote(
        new Map([
          ['Y1', y1],
          ['Q05', y1],
        ]),
        l,
      ),
    ).toBe(
      `2 codes cover more than one local area: Y1 (ICB, 2 local areas), Q05 (ICB, 2 local areas). ${tail}`,
    );
    expect(sharedNote(new Map(), l)).toBeNull();
  });
});

describe("a geography's codes as the page loads them", () => {
  const manifest = (id: string) =>
    geographyManifestSchema.parse(JSON.parse(readFileSync(`data/${id}/manifest.json`, 'utf8')));
  const fetched: string[] = [];
  /** The page's data for `id`, its files read from data/<id>/ under a URL of `tag`. */
  const pageData = (id: string, tag: string, change: object = {}) => {
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(String(url));
      return new Response(readFileSync(`data/${id}/${String(url).split('/').pop()}`));
    });
    const geography = {...manifest(id), ...change};
    const topo = JSON.parse(readFileSync(`data/${id}/${geography.files.areas}`, 'utf8'));
    const areas = topo.objects.areas.geometries.map((g: {properties: Area}) => g.properties);
    return {
      geography,
      areas,
      fileUrl: (name: string) => `/${tag}/${name}`,
    } as unknown as FootprintData;
  };
  afterEach(() => {
    vi.unstubAllGlobals();
    fetched.length = 0;
  });

  it('England 2018: STPs, CCGs by ONS and ODS code, and trusts from the CCG → trust flows', async () => {
    const l = await loadCodeLookup(pageData('england-2018', 'codes-a'));
    expect(l.readings.get('E38000182')![0]!.kind).toBe('CCG');
    expect(l.readings.get('RWE')![0]!.trust).toBe(true);
    expect(fetched.sort()).toEqual(['/codes-a/ccgs.topo.json', '/codes-a/flows-ccg-trust.json']);
  });

  it('England 2018 without its part level: STPs only, and nothing fetched', async () => {
    const l = await loadCodeLookup(pageData('england-2018', 'codes-b', {parts: null}));
    expect(l.readings.get('E38000182')).toBeUndefined();
    expect(l.readings.get('RWE')).toBeUndefined();
    expect(l.readings.get(areas2018[0]!.code)).toHaveLength(1);
    expect(fetched).toEqual([]);
  });

  it('England 2018 without its parts file: no part codes, its trusts still from the flows', async () => {
    const m = manifest('england-2018');
    const noFile = {files: {...m.files, parts: undefined}};
    const l = await loadCodeLookup(pageData('england-2018', 'codes-d', noFile));
    expect(l.readings.get('E38000182')).toBeUndefined();
    expect(l.readings.get('RWE')![0]!.trust).toBe(true);
    expect(fetched).toEqual(['/codes-d/flows-ccg-trust.json']);
  });

  it('England 2026: its local areas, the units they lie within, and trusts from the trusts file', async () => {
    const data = pageData('england-2026', 'codes-c');
    const l = await loadCodeLookup(data);
    expect(l.readings.get('R0A')![0]!.trust).toBe(true);
    expect(fetched).toEqual(['/codes-c/trusts.json']);
    expect(withinLevels(data.areas)).toEqual([
      {level: 'sub-ICB location', vintages: ['April 2023', 'April 2026']},
      {level: 'ICB', vintages: ['April 2023', 'April 2026']},
      {level: 'NHS England region', vintages: ['April 2026']},
    ]);
    expect(withinLevels(areas2018)).toEqual([]);
  });
});
