// Builds data/england-2018/options.json from the board paper's groupings and the ONS lookups, and checks
// each option against the lookups it claims to match.
import {MANIFEST_2018} from './manifest';
import type {BoundaryOption, Part as Ccg} from '../../src/domain/types';
import {optionSchema} from '../../src/data/schemas';
import {OPTION_SPEC, type OptionSpec, type OptionsSpec} from './option-spec';
import type {RawFolder} from './raw';
import {BuildError, byCode} from './raw';

/** `spec` is the board paper's groupings; tests pass a toy one. */
export function buildOptions(
  raw: RawFolder,
  stpCodes: string[],
  ccgs: Ccg[],
  spec: OptionsSpec = OPTION_SPEC,
): BoundaryOption[] {
  const before = deriveBefore(raw, ccgs, spec);
  const options = [before, ...spec.proposals.map((p) => fromSpec(p, spec))];
  for (const option of options) checkOption(option, stpCodes);
  const checked = options.find((o) => o.id === spec.matches2019Lookup);
  if (checked) checkAgainst2019Lookup(raw, checked);
  return options;
}

function regionFor(
  spec: OptionsSpec,
  id: string,
  overrides: {name?: string; code?: string | null} = {},
) {
  const base = spec.regions[id];
  if (!base) throw new BuildError(`Unknown region id "${id}" in the option spec`);
  return {
    id,
    code: overrides.code === undefined ? base.code : overrides.code,
    name: overrides.name ?? base.name,
    colour: base.colour,
  };
}

function fromSpec(spec: OptionSpec, all: OptionsSpec): BoundaryOption {
  const assignments: Record<string, string> = {};
  for (const r of spec.regions) {
    for (const stp of r.stps) {
      if (assignments[stp]) {
        throw new BuildError(
          `Option "${spec.id}": ${stp} is assigned to both ${assignments[stp]} and ${r.id}`,
        );
      }
      assignments[stp] = r.id;
    }
  }
  return {
    ...spec,
    regions: spec.regions.map((r) => regionFor(all, r.id, r)),
    assignments: sortKeys(assignments),
  };
}

/** The April 2018 regions, from the ONS CCG → NHS England region lookup. Every STP's CCGs
 * must fall in one region, or the STP could not be coloured by one. */
function deriveBefore(raw: RawFolder, ccgs: Ccg[], spec: OptionsSpec): BoundaryOption {
  const rows = raw.csv('ccgToRegion2018', ['CCG18CD', 'NHSER18CD', 'NHSER18NM']);
  const stpOfCcg = new Map(ccgs.map((c) => [c.code, c.areaCode]));
  const assignments: Record<string, string> = {};
  const names = new Map<string, string>();
  for (const row of rows) {
    const stp = stpOfCcg.get(row.CCG18CD!);
    if (!stp)
      throw new BuildError(`Region lookup: CCG ${row.CCG18CD} is not in the CCG → STP lookup`);
    const id = spec.beforeRegionIds[row.NHSER18CD!];
    if (!id) throw new BuildError(`Region lookup: unexpected region code ${row.NHSER18CD}`);
    names.set(id, row.NHSER18NM!);
    const previous = assignments[stp];
    if (previous && previous !== id) {
      throw new BuildError(`STP ${stp} has CCGs in two April 2018 regions: ${previous} and ${id}`);
    }
    assignments[stp] = id;
  }
  if (rows.length !== ccgs.length) {
    throw new BuildError(
      `Region lookup has ${rows.length} CCGs; the CCG → STP lookup has ${ccgs.length}`,
    );
  }
  const regionIds = Object.values(spec.beforeRegionIds).filter((id) => names.has(id));
  return {
    ...spec.before,
    regions: regionIds.map((id) => regionFor(spec, id, {name: names.get(id)!})),
    assignments: sortKeys(assignments),
  };
}

function checkOption(option: BoundaryOption, stpCodes: string[]): void {
  const parsed = optionSchema(MANIFEST_2018).safeParse(option);
  if (!parsed.success) {
    throw new BuildError(
      `Option "${option.id}" is invalid: ${parsed.error.issues.map((i) => i.message).join('; ')}`,
    );
  }
  const assigned = Object.keys(option.assignments);
  const missing = stpCodes.filter((c) => !option.assignments[c]);
  const unknown = assigned.filter((c) => !stpCodes.includes(c));
  if (missing.length || unknown.length) {
    throw new BuildError(
      `Option "${option.id}" must assign each of the ${stpCodes.length} STPs exactly once` +
        (missing.length ? `; not assigned: ${missing.join(', ')}` : '') +
        (unknown.length ? `; not an STP: ${unknown.join(', ')}` : ''),
    );
  }
}

/** The revised proposal became NHS England's 2019/20 regions: the EOL lookup must agree. */
function checkAgainst2019Lookup(raw: RawFolder, revised: BoundaryOption): void {
  const rows = raw.csv('stpToRegion2019', ['nhser18cd', 'stp18cd']);
  const codeOf = new Map(revised.regions.map((r) => [r.id, r.code]));
  for (const row of rows) {
    const ours = codeOf.get(revised.assignments[row.stp18cd!] ?? '');
    if (ours !== row.nhser18cd) {
      throw new BuildError(
        `Revised proposal puts ${row.stp18cd} in ${ours ?? 'no region'}; the 2019/20 lookup says ${row.nhser18cd}`,
      );
    }
  }
  const names = raw.csv('regions2019', ['nhser18cd', 'nhser18nm']);
  for (const row of names) {
    const region = revised.regions.find((r) => r.code === row.nhser18cd);
    if (!region || region.name !== row.nhser18nm) {
      throw new BuildError(
        `Revised proposal: region ${row.nhser18cd} should be named "${row.nhser18nm}"`,
      );
    }
  }
}

export function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => byCode(a, b)));
}
