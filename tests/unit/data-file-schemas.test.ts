// What the data file schemas (data/schemas.ts) accept and refuse beyond the options file's own
// rules (options-file-refusals.test.ts): a day in a date, a source and a group noun in full, the
// code advice in the manifest's words, part moves on a map with no finer units, the units an area
// lies within, and the trusts and combined authorities files of England 2026.
import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import type {BoundaryOption} from '../../src/domain/types';
import type {Geography} from '../../src/domain/geography';
import {geographyManifestSchema} from '../../src/data/manifest-schema';
import {
  areaTopologySchema,
  authoritiesFileSchema,
  optionSchema,
  optionsFileSchema,
  trustsFileSchema,
} from '../../src/data/schemas';

const json = (file: string) => JSON.parse(readFileSync(`data/${file}`, 'utf8'));
const m2018 = geographyManifestSchema.parse(json('england-2018/manifest.json'));
const m2026 = geographyManifestSchema.parse(json('england-2026/manifest.json'));
const revised = (json('england-2018/options.json').options as BoundaryOption[]).find(
  (o) => o.id === 'revised',
)!;

/** The messages, with where, for `revised` changed by `change`; [] when it parses. */
function refusal(change: Record<string, unknown>, g: Geography = m2018): string[] {
  const r = optionSchema(g).safeParse({...revised, ...change});
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('an option in the options file', () => {
  it('may give the day in its date', () => {
    expect(refusal({date: '2018-05-01'})).toEqual([]);
  });

  it('names its source in full', () => {
    expect(refusal({source: {document: 'Revised proposal'}})).toEqual([
      'source.paragraphs: Invalid input: expected string, received undefined',
    ]);
  });

  it('gives its groups a noun for one and for many', () => {
    expect(refusal({groupNoun: {one: 'cluster', many: 'clusters'}})).toEqual([]);
    expect(refusal({groupNoun: {one: 'cluster'}})).toEqual([
      'groupNoun.many: Invalid input: expected string, received undefined',
    ]);
  });

  it("says what an area code looks like, in the manifest's words", () => {
    const assignments = {...revised.assignments, X1: revised.regions[0]!.id};
    const r = optionSchema(m2018).safeParse({...revised, assignments});
    expect(r.success ? [] : r.error.issues).toEqual([
      expect.objectContaining({
        path: ['assignments', 'X1'],
        issues: [expect.objectContaining({message: 'an STP code looks like E54000020'})],
      }),
    ]);
  });

  it('refuses part moves on a map with no finer units, saying so', () => {
    const noParts: Geography = {...m2026, parts: null};
    const r = optionsFileSchema(noParts).safeParse({
      options: [{...revised, id: m2026.defaultOption, partAssignments: {E38000182: 'east'}}],
    });
    expect(r.success ? [] : r.error.issues).toContainEqual(
      expect.objectContaining({
        path: ['options', 0, 'partAssignments', 'E38000182'],
        issues: [expect.objectContaining({message: `${m2026.title} has no finer units to move`})],
      }),
    );
  });

  it('is checked by one schema per geography, built once', () => {
    expect(optionSchema(m2018)).toBe(optionSchema(m2018));
    expect(optionSchema(m2026)).not.toBe(optionSchema(m2018));
  });
});

describe("an area's official units (England 2026)", () => {
  const topology = json('england-2026/areas.topo.json');
  const withFirst = (within: unknown) => {
    const copy = structuredClone(topology);
    copy.objects.areas.geometries[0].properties.within = within;
    return areaTopologySchema(m2026).safeParse(copy).success;
  };

  it('each name a level, vintage, code and name', () => {
    expect(areaTopologySchema(m2026).safeParse(topology).success).toBe(true);
    expect(withFirst([{level: 'ICB', vintage: 'April 2026', code: 'E54000061'}])).toBe(false);
  });
});

describe('the trusts file (England 2026)', () => {
  const trusts = json('england-2026/trusts.json');
  const withCode = (code: string) =>
    trustsFileSchema(m2026).safeParse({trusts: [{...trusts.trusts[0], code}]}).success;

  it('is read as committed', () => {
    expect(trustsFileSchema(m2026).safeParse(trusts).success).toBe(true);
  });

  it('takes ODS trust codes: R and two to four letters or digits', () => {
    expect(['R0A', 'RAB1', 'RTH12'].map(withCode)).toEqual([true, true, true]);
    expect(['R1', 'RABCDE', 'XR0A', 'R0A ', 'r0a'].map(withCode)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('the combined authorities file (England 2026)', () => {
  const file = json('england-2026/combined-authorities.json');

  it('is read as committed', () => {
    expect(authoritiesFileSchema(m2026).safeParse(file).success).toBe(true);
  });

  it('refuses an authority without a code, or with a share of residents above 1', () => {
    const first = file.combinedAuthorities[0];
    const withFirst = (a: unknown) =>
      authoritiesFileSchema(m2026).safeParse({combinedAuthorities: [a]}).success;
    expect(withFirst({...first, code: ''})).toBe(false);
    expect(withFirst({...first, parts: [{...first.parts[0], lsoaShare: 1.5}]})).toBe(false);
    expect(withFirst({...first, parts: []})).toBe(false);
  });
});
