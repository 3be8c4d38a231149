// Every figure an option can now count per CCG (issue 19) must add up to its STP's, or a region
// would show one number summed from STPs and another summed from CCGs. Checked on the built
// files' contents, so nothing reaches data/ that does not add up.
import type {District, MappedPart as MappedCcg, Area as Stp} from '../../src/domain/types';
import {BuildError} from './raw';

/** What the check reads of the built outputs. */
export interface PartSumsInput {
  stps: readonly Stp[];
  ccgs: readonly MappedCcg[];
  districts: readonly District[];
  /** [CCG code, mid-2019 residents] from flows-ccg-trust.json (the same LSOAs as districts'). */
  flowResidents: readonly (readonly [string, number])[];
}

/**
 * Throws BuildError naming the STP, district or CCG at fault unless: each STP's CCGs number its
 * partCount and add up to its population (people) and area (km², to the 0.1 km² step); each
 * district's residents per CCG add up, STP by STP, to its parts' residents; and each CCG's
 * district residents add up to its residents in the flow file.
 */
export function checkPartSums({stps, ccgs, districts, flowResidents}: PartSumsInput): void {
  for (const stp of stps)
    checkStp(
      stp,
      ccgs.filter((c) => c.areaCode === stp.code),
    );
  const stpOf = new Map(ccgs.map((c) => [c.code, c.areaCode]));
  const byCcg = new Map<string, number>();
  for (const d of districts) {
    const perStp = new Map<string, number>();
    for (const [ccg, residents] of d.partResidents ?? []) {
      const stp = stpOf.get(ccg);
      if (stp === undefined)
        throw new BuildError(
          `District ${d.code} has residents in CCG ${ccg}, which is not in ccgs.topo.json`,
        );
      perStp.set(stp, (perStp.get(stp) ?? 0) + residents);
      byCcg.set(ccg, (byCcg.get(ccg) ?? 0) + residents);
    }
    const parts = new Map(d.parts.map((p) => [p.areaCode, p.residents]));
    for (const stp of new Set([...parts.keys(), ...perStp.keys()])) {
      if (parts.get(stp) !== perStp.get(stp)) {
        throw new BuildError(
          `District ${d.code}: its CCGs in STP ${stp} have ${perStp.get(stp) ?? 0} residents, its part there ${parts.get(stp) ?? 0}`,
        );
      }
    }
  }
  for (const [ccg, residents] of flowResidents) {
    if ((byCcg.get(ccg) ?? 0) !== residents) {
      throw new BuildError(
        `CCG ${ccg}: ${byCcg.get(ccg) ?? 0} residents in districts.json, ${residents} in flows-ccg-trust.json`,
      );
    }
  }
  if (byCcg.size !== flowResidents.length)
    throw new BuildError(
      `${byCcg.size} CCGs have district residents, ${flowResidents.length} have flow residents`,
    );
}

function checkStp(stp: Stp, own: readonly MappedCcg[]): void {
  const population = own.reduce((n, c) => n + c.population, 0);
  const tenths = own.reduce((n, c) => n + Math.round(c.areaKm2 * 10), 0);
  if (
    own.length !== stp.partCount ||
    population !== stp.population ||
    tenths !== Math.round(stp.areaKm2 * 10)
  ) {
    throw new BuildError(
      `STP ${stp.code}: its ${own.length} CCGs add up to ${population} people and ${tenths / 10} km², ` +
        `the STP has ${stp.partCount} CCGs, ${stp.population} people and ${stp.areaKm2} km²`,
    );
  }
}
