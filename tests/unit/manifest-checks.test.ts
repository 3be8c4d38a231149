// What the manifest schema refuses (data/manifest-schema.ts), each with its words: bounds out of
// order or off the globe, a code pattern that is not anchored or does not compile, a criterion
// listed twice; and the catalogue of geographies (data/geographies.json) with its default.
import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import {
  catalogueOf,
  geographyCatalogueSchema,
  geographyManifestSchema,
} from '../../src/data/manifest-schema';

const manifest = (id: string) =>
  geographyManifestSchema.parse(JSON.parse(readFileSync(`data/${id}/manifest.json`, 'utf8')));
const m2018 = manifest('england-2018');
const m2026 = manifest('england-2026');

/** The messages of parsing the 2018 manifest with `change` made to it; [] when it parses. */
function refusal(change: Record<string, unknown>): string[] {
  const r = geographyManifestSchema.safeParse({...m2018, ...change});
  return r.success ? [] : r.error.issues.map((i) => i.message);
}

const BOUNDS = 'bounds are [west, south, east, north] in degrees';

describe('manifest bounds', () => {
  it('accepts the whole globe, edges included', () => {
    expect(refusal({bounds: [-180, -90, 180, 90]})).toEqual([]);
  });
  it.each([
    ['west not west of east', [2, 49, 2, 56]],
    ['south not south of north', [-6, 56, 2, 56]],
    ['west past 180° west', [-180.5, 49, 2, 56]],
    ['east past 180° east', [-6, 49, 180.5, 56]],
    ['south past the south pole', [-6, -90.5, 2, 56]],
    ['north past the north pole', [-6, 49, 2, 90.5]],
  ])('refuses %s', (_, bounds) => {
    expect(refusal({bounds})).toEqual([BOUNDS]);
  });
});

describe('manifest code patterns', () => {
  const PATTERN = 'a code pattern is a regular expression anchored with ^ and $';
  const areas = (codePattern: string) => ({areas: {...m2018.areas, codePattern}});
  it('accepts an anchored pattern matching its example', () => {
    expect(refusal(areas(m2018.areas.codePattern))).toEqual([]);
  });
  it('refuses a pattern without ^, without $, or that does not compile', () => {
    expect(refusal(areas(m2018.areas.codePattern.slice(1)))).toContain(PATTERN);
    expect(refusal(areas(m2018.areas.codePattern.slice(0, -1)))).toContain(PATTERN);
    expect(refusal(areas('^E54(\\d{6}$'))).toContain(PATTERN);
  });
  it('refuses a code example its pattern does not match', () => {
    expect(refusal({areas: {...m2018.areas, codeExample: 'X12'}})).toEqual([
      'the code example does not match its pattern',
    ]);
  });
});

describe('manifest criteria', () => {
  it('refuses a criterion listed twice', () => {
    const rows = [...m2018.criteria.rows, m2018.criteria.rows[0]!];
    expect(refusal({criteria: {...m2018.criteria, rows}})).toEqual(['a criterion is listed twice']);
  });
});

describe('the catalogue of geographies', () => {
  it('lists each geography with the codes of its areas and parts, and the default', () => {
    const c = catalogueOf([m2018, m2026], 'england-2018');
    expect(c.default).toBe('england-2018');
    expect(c.geographies.map((g) => [g.id, g.title])).toEqual([
      ['england-2018', m2018.title],
      ['england-2026', m2026.title],
    ]);
    expect(c.geographies[0]!.codes).toEqual([
      {noun: m2018.areas.noun.one, pattern: m2018.areas.codePattern},
      {noun: m2018.parts!.noun.one, pattern: m2018.parts!.codePattern},
    ]);
    // 2026 has no finer units: its areas' codes only.
    expect(m2026.parts).toBeNull();
    expect(c.geographies[1]!.codes).toEqual([
      {noun: m2026.areas.noun.one, pattern: m2026.areas.codePattern},
    ]);
    expect(geographyCatalogueSchema.parse(c)).toEqual(c);
  });
  it('is what data/geographies.json holds', () => {
    const file = JSON.parse(readFileSync('data/geographies.json', 'utf8'));
    expect(geographyCatalogueSchema.parse(file)).toEqual(catalogueOf([m2018, m2026], file.default));
  });
  it('refuses a default that is not listed', () => {
    const r = geographyCatalogueSchema.safeParse(catalogueOf([m2018], 'england-2026'));
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.message)).toEqual(['the default geography is not listed']);
  });
});
