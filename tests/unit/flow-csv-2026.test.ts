// Issue 20: a flow file on England 2026 may use the geography's codes — a local area's own, a
// sub-ICB location's of April 2023 or April 2026 (ONS, or ODS with its leading zeros), an ICB's
// (ONS or ODS) — and trusts as destinations. A code covering several local areas is shared out
// by their populations, and the import says so; an ODS code meaning different areas in the two
// years is read as the year the file's other codes show, or refused, naming it. Expected figures
// are computed here from the built areas' own `within` lists and populations, not by the reader.
import {readFileSync} from 'node:fs';
import {feature} from 'topojson-client';
import {describe, expect, it} from 'vitest';
import {buildCodeLookup, parseFlowCsv} from '../../src/data/flow-csv';
import {geographyManifestSchema} from '../../src/data/manifest-schema';
import type {Area} from '../../src/domain/types';

const json = (file: string) => JSON.parse(readFileSync(`data/england-2026/${file}`, 'utf8'));
const geography = geographyManifestSchema.parse(json('manifest.json'));
const topology = json('areas.topo.json');
const areas: Area[] = (
  feature(topology, topology.objects.areas) as unknown as {features: {properties: Area}[]}
).features.map((f) => f.properties);
const trusts: {code: string; areaCode: string}[] = json('trusts.json').trusts;
// Built for each parse, not at import: the mutation run credits a test only with the code it runs.
const lookup = () => buildCodeLookup(geography, areas, [], trusts);
const fixture = (name: string) => readFileSync(`tests/unit/fixtures/flows-2026/${name}`, 'utf8');
const parse = (name: string) =>
  parseFlowCsv(fixture(name), lookup(), {fileName: name, unit: 'admissions', period: '2026/27'});

/** The areas whose `within` entry of `level` and `vintage` carries `code` (ONS or ODS), with
 * each one's share of their summed population. */
function members(level: string, vintage: string, code: string): Map<string, number> {
  const inside = areas.filter((a) =>
    a.within!.some(
      (w) => w.level === level && w.vintage === vintage && (w.code === code || w.odsCode === code),
    ),
  );
  const total = inside.reduce((s, a) => s + a.population, 0);
  return new Map(inside.map((a) => [a.code, a.population / total]));
}
const BARNSLEY = 'E38000006'; // also Barnsley Hospital's (RFF) headquarters

/** The file's flows as origin>destination → volume. */
function volumes(r: ReturnType<typeof parse>): Map<string, number> {
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return new Map(r.dataset.flows.map((f) => [`${f.origin}>${f.destination}`, f.volume]));
}

describe('flow files on England 2026', () => {
  it('reads 2026 sub-ICB codes (ODS with a leading zero, ONS), an ICB and trusts, sharing out codes of several areas by population', () => {
    const r = parse('newer-catchments-2026.csv');
    const got = volumes(r);
    const hiow2026 = members('sub-ICB location', 'April 2026', 'D9Y0V');
    const southYorkshire = members('ICB', 'April 2026', 'E54000061');
    expect(hiow2026.size).toBe(2);
    expect(southYorkshire.size).toBeGreaterThan(1);
    const expected = new Map<string, number>();
    const add = (key: string, v: number) => expected.set(key, (expected.get(key) ?? 0) + v);
    add(`${BARNSLEY}>${BARNSLEY}`, 1000); // 02P → RFF
    add('E38000252-E38000268>E38000253', 300); // Slough, Windsor, Maidenhead and Bracknell (2026) → Hampshire
    for (const [area, share] of hiow2026) add(`${area}>${BARNSLEY}`, 700 * share);
    for (const [area, share] of southYorkshire) add(`${area}>${BARNSLEY}`, 50 * share);
    expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [key, v] of expected) expect(got.get(key)).toBeCloseTo(v, 6);
    expect([...got.values()].reduce((s, v) => s + v, 0)).toBeCloseTo(2050, 6);
    if (!r.ok) return;
    expect(r.kinds).toEqual({'local area': 1, trust: 3, 'sub-ICB location': 3, ICB: 1});
    expect(r.notes).toEqual([
      '"D9Y0V" was read as the April 2026 sub-ICB location E38000266 (NHS Hampshire and Isle of Wight ICB - D9Y0V), the year of the file\'s other codes; it also means the April 2023 sub-ICB location E38000253.',
      `2 codes cover more than one local area: D9Y0V (sub-ICB location, 2 local areas), E54000061 (ICB, ${southYorkshire.size} local areas). Their volumes were shared out among those local areas in proportion to their mid-2022 population, an estimate: a file by local area is exact.`,
    ]);
  });

  it('reads a file of April 2023: Frimley shared out over its three pieces, and D9Y0V as Hampshire and Isle of Wight alone', () => {
    const got = volumes(parse('frimley-2023.csv'));
    const frimley = members('sub-ICB location', 'April 2023', 'E38000252');
    expect([...frimley.keys()].sort()).toEqual([
      'E38000252-E38000266',
      'E38000252-E38000267',
      'E38000252-E38000268',
    ]);
    const expected = new Map(
      [...frimley].map(([area, share]) => [`${area}>${BARNSLEY}`, 1000 * share]),
    );
    expected.set(`E38000253>${BARNSLEY}`, 100);
    expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [key, v] of expected) expect(got.get(key)).toBeCloseTo(v, 6);
  });

  it('refuses a code that means different areas in 2023 and 2026 when nothing else in the file says which, naming it and the codes that would', () => {
    const r = parse('ambiguous-year.csv');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.row)).toEqual([2, 3]);
    expect(r.problems[0]!.message).toMatch(
      /^origin "D9Y0V" means different local areas in different years: April 2023 sub-ICB location E38000253 .*April 2026 sub-ICB location E38000266 .*use the ONS code of the one you mean \(E38000253 or E38000266\)$/,
    );
    expect(r.problems[1]!.message).toMatch(
      /^origin "92A" means different local areas .*\(E38000264 or E38000267\)$/,
    );
  });

  it('refuses an ambiguous destination code as it does an origin, naming it', () => {
    const r = parseFlowCsv(`origin,destination,volume\n${areas[0]!.code},D9Y0V,10\n`, lookup(), {
      fileName: 'f.csv',
      unit: '',
      period: '',
    });
    expect(!r.ok && r.problems).toEqual([
      {
        row: 2,
        message: expect.stringMatching(
          /^destination "D9Y0V" means different local areas in different years: .*\(E38000253 or E38000266\)$/,
        ),
      },
    ]);
  });

  it('names unknown codes and what this geography accepts, and loads nothing', () => {
    const r = parse('unknown-codes.csv');
    expect(r).toEqual({
      ok: false,
      notes: [],
      problems: [
        {
          row: 2,
          message:
            'origin "E38999999" is not a local area (E38…), sub-ICB location (E38… or ODS code such as 02P, April 2023 or April 2026), ICB (E54… or ODS code such as QF7, April 2023 or April 2026) or NHS England region (E40… or ODS code such as Y63) of April 2026',
        },
        {
          row: 3,
          message:
            'destination "XYZ" is not a local area (E38…), sub-ICB location (E38… or ODS code such as 02P, April 2023 or April 2026), ICB (E54… or ODS code such as QF7, April 2023 or April 2026) or NHS England region (E40… or ODS code such as Y63), or an acute trust code',
        },
      ],
    });
  });
});
