// The 42 ICBs of 2023 against the 36 of April 2026, on the built England 2026 data: which ICBs
// merge and which are divided (and in what shares) is computed here independently, from each
// unit's own 2023 and 2026 ICB codes (its `within`) and its population, and must be what
// groupChanges finds from the options' assignments; then the sentences a board member reads.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {groupChanges} from '../../src/domain/group-changes';
import {compareOptions} from '../../src/domain/compare';
import {summariseComparison} from '../../src/domain/summary';
import {unitWords} from '../../src/domain/geography';
import {geographyManifestSchema} from '../../src/data/manifest-schema';
import type {Area, AreaWithin, BoundaryOption} from '../../src/domain/types';

const json = (file: string) => JSON.parse(readFileSync(`data/england-2026/${file}`, 'utf8'));
type Unit = Area & {within: AreaWithin[]};
const units: Unit[] = json('areas.topo.json').objects.areas.geometries.map(
  (g: {properties: Unit}) => g.properties,
);
const options: BoundaryOption[] = json('options.json').options;
const geography = geographyManifestSchema.parse(json('manifest.json'));
const option = (date: string) =>
  options.find((o) => o.date.startsWith(date) && o.regions.length > 30)!;
const icb2023 = option('2023');
const icb2026 = option('2026');

/** A unit's ICB code in a vintage, from its own `within` list. */
const icbOf = (u: Unit, vintage: string) =>
  u.within.find((w) => w.level === 'ICB' && w.vintage === vintage)!.code;

/** 2023 ICB code → 2026 ICB code → people, summed over the units. */
function crosswalk(): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const u of units) {
    const from = icbOf(u, 'April 2023');
    const to = out.get(from) ?? new Map<string, number>();
    to.set(icbOf(u, 'April 2026'), (to.get(icbOf(u, 'April 2026')) ?? 0) + u.population);
    out.set(from, to);
  }
  return out;
}

describe('ICBs 2023 → 2026, computed from the units', () => {
  const walk = crosswalk();
  const changes = groupChanges(icb2023, icb2026, units);
  const divided = [...walk].filter(([, to]) => to.size > 1);

  it('has 42 ICBs becoming 36', () => {
    expect(walk.size).toBe(42);
    expect(new Set(units.map((u) => icbOf(u, 'April 2026'))).size).toBe(36);
    expect([icb2023.regions.length, icb2026.regions.length]).toEqual([42, 36]);
  });

  it('finds the ICBs that merge: each 2026 ICB holding two or more whole 2023 ICBs', () => {
    const wholeIn = new Map<string, string[]>();
    for (const [from, to] of walk)
      if (to.size === 1)
        wholeIn.set([...to.keys()][0]!, [...(wholeIn.get([...to.keys()][0]!) ?? []), from]);
    const expected = [...wholeIn]
      .filter(([, from]) => from.length > 1)
      .map(([to, from]) => [to, from.sort()]);
    const found = changes.merges.map((m) => [m.group.code, m.wholes.map((r) => r.code!).sort()]);
    expect(found.sort()).toEqual(expected.sort());
    expect(found.length).toBeGreaterThan(0);
  });

  it('divides the 2023 ICBs whose units go to several 2026 ICBs, in the units’ shares of people', () => {
    expect(changes.divisions.map((d) => d.from.code).sort()).toEqual(
      divided.map(([from]) => from).sort(),
    );
    for (const [from, to] of divided) {
      const total = [...to.values()].reduce((n, p) => n + p, 0);
      const d = changes.divisions.find((x) => x.from.code === from)!;
      expect(d.pieces.map((p) => [p.to.code, p.share])).toEqual(
        expect.arrayContaining([...to].map(([code, pop]) => [code, pop / total])),
      );
      expect(d.pieces).toHaveLength(to.size);
    }
    // As the raw crosswalk (icb23_to_icb26_population_crosswalk_derived.csv) has them, to 0.001.
    const shares = divided.map(([, to]) =>
      [...to.values()]
        .map((p) => Math.round((p / [...to.values()].reduce((n, x) => n + x, 0)) * 1000) / 1000)
        .sort(),
    );
    expect(shares).toEqual(
      expect.arrayContaining([
        [0.347, 0.653],
        [0.214, 0.786],
      ]),
    );
  });

  it('says which ICBs merge, which are divided and where Frimley’s three pieces go', () => {
    const sentences = summariseComparison(
      compareOptions(icb2023, icb2026, units),
      unitWords(geography),
    );
    const name = (code: string) => icb2026.regions.find((r) => r.code === code)!.name;
    const frimley = divided.find(([, to]) => to.size === 3)!;
    const frimleyName = icb2023.regions.find((r) => r.code === frimley[0])!.name;
    const line = sentences.find((s) => s.startsWith(`${frimleyName} is divided between 3 ICBs:`))!;
    const pieces = units.filter((u) => icbOf(u, 'April 2023') === frimley[0]);
    for (const u of pieces) expect(line).toContain(`${u.name} (`);
    for (const code of frimley[1].keys()) expect(line).toContain(`to ${name(code)}`);
    for (const m of changes.merges)
      expect(sentences.filter((s) => s.includes(` merge into ${m.group.name}`))).toHaveLength(1);
    expect(sentences).toContain(
      'North Central London and North West London merge into West and North London.',
    );
    // An ICB stays when all its units go to one 2026 ICB that takes no other units.
    const sources = (to: string) => [...walk].filter(([, t]) => t.has(to)).length;
    const stay = [...walk].filter(
      ([, to]) => to.size === 1 && sources([...to.keys()][0]!) === 1,
    ).length;
    expect(sentences).toContain(`${stay} ICBs stay as they are.`);
  });
});
