// What the options file schema refuses (data/schemas.ts), each in words that name the option and
// what is wrong: a region listed twice, an area or part sent to an unknown region, a reason for an
// area the option does not assign, a region with no areas, a malformed id or date, and a file
// without the manifest's default option.
import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import type {BoundaryOption} from '../../src/domain/types';
import {geographyManifestSchema} from '../../src/data/manifest-schema';
import {optionsFileSchema} from '../../src/data/schemas';

const m2018 = geographyManifestSchema.parse(
  JSON.parse(readFileSync('data/england-2018/manifest.json', 'utf8')),
);
const options: BoundaryOption[] = JSON.parse(
  readFileSync('data/england-2018/options.json', 'utf8'),
).options;
const revised = options.find((o) => o.id === 'revised')!;
const [area] = Object.keys(revised.assignments);

/** The messages for the options file with `revised` changed by `change`; [] when it parses. */
function refusal(change: Partial<BoundaryOption>, others = options): string[] {
  const file = {options: others.map((o) => (o.id === 'revised' ? {...o, ...change} : o))};
  const r = optionsFileSchema(m2018).safeParse(file);
  return r.success ? [] : r.error.issues.map((i) => i.message);
}

describe('the options file refuses', () => {
  it('nothing in the committed file', () => {
    expect(refusal({})).toEqual([]);
  });
  it('a region listed twice', () => {
    expect(refusal({regions: [...revised.regions, revised.regions[0]!]})).toEqual([
      'option "revised" lists a region twice',
    ]);
  });
  it('an area assigned to an unknown region', () => {
    expect(refusal({assignments: {...revised.assignments, [area!]: 'atlantis'}})).toContain(
      `option "revised" assigns ${area} to unknown region "atlantis"`,
    );
  });
  it('a part moved to an unknown region', () => {
    expect(refusal({partAssignments: {E38000182: 'atlantis'}})).toEqual([
      'option "revised" moves E38000182 to unknown region "atlantis"',
    ]);
  });
  it('a reason for an area the option does not assign', () => {
    const rest = Object.fromEntries(
      Object.entries(revised.assignments).filter(([c]) => c !== area),
    );
    const reasons = [{areas: [area!], title: 'Why', quotes: ['Because'], paragraphs: '1'}];
    expect(refusal({assignments: rest, reasons})).toContain(
      `option "revised" gives a reason for ${area}, which it does not assign`,
    );
  });
  it('a region with no areas', () => {
    const empty = {...revised.regions[0]!, id: 'empty', name: 'Empty', code: null};
    expect(refusal({regions: [...revised.regions, empty]})).toEqual([
      'option "revised": region "empty" has no STPs',
    ]);
  });
  it('an id or a date that is not whole', () => {
    expect(refusal({id: 'revised!'} as Partial<BoundaryOption>).length).toBeGreaterThan(0);
    expect(refusal({id: '1revised'} as Partial<BoundaryOption>).length).toBeGreaterThan(0);
    expect(refusal({date: '2018-05-1'})).not.toEqual([]);
    expect(refusal({date: 'x2018-05-01'})).not.toEqual([]);
    expect(refusal({date: '2018-05-01x'})).not.toEqual([]);
    expect(refusal({date: '2018-05'})).toEqual([]);
  });
  it('a file without the default option', () => {
    const file = {options: options.filter((o) => o.id !== m2018.defaultOption)};
    const r = optionsFileSchema(m2018).safeParse(file);
    expect(r.success ? [] : r.error.issues.map((i) => i.message)).toEqual([
      `the manifest's default option "${m2018.defaultOption}" is not in the file`,
    ]);
  });
});
