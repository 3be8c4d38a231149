// CCGs (April 2018): codes and STPs from the ONS lookup, populations from the ONS mid-2018
// single-year-of-age estimates. Every check names the CCG and file at fault.
import type {Part as Ccg} from '../../src/domain/types';
import type {RawFolder} from './raw';
import {BuildError, byCode, toInt} from './raw';

export function readCcgs(raw: RawFolder): Ccg[] {
  const lookup = raw.csv('ccgToStp', ['CCG18CD', 'CCG18CDH', 'CCG18NM', 'STP18CD']);
  const ages = raw.csv('ccgPopulationByAge', ['ccg18cd', 'stp18cd', 'all_ages', 'count']);

  const populationByCode = new Map<string, {sum: number; allAges: number; stp: string}>();
  for (const row of ages) {
    const code = row.ccg18cd!;
    const entry = populationByCode.get(code) ?? {
      sum: 0,
      allAges: toInt(row.all_ages, code),
      stp: row.stp18cd!,
    };
    entry.sum += toInt(row.count, `${code} age ${row.age}`);
    populationByCode.set(code, entry);
  }
  for (const [code, {sum, allAges}] of populationByCode) {
    if (sum !== allAges) {
      throw new BuildError(
        `Population of ${code} does not add up: single years sum to ${sum}, all ages is ${allAges}`,
      );
    }
  }

  const ccgs: Ccg[] = lookup.map((row) => {
    const code = row.CCG18CD!;
    const pop = populationByCode.get(code);
    if (!pop)
      throw new BuildError(`CCG ${code} is in the ONS CCG→STP lookup but has no population`);
    if (pop.stp !== row.STP18CD) {
      throw new BuildError(
        `CCG ${code}: the lookup puts it in ${row.STP18CD}, the population file in ${pop.stp}`,
      );
    }
    return {
      code,
      odsCode: row.CCG18CDH!,
      name: row.CCG18NM!,
      areaCode: row.STP18CD!,
      population: pop.sum,
    };
  });
  const known = new Set(ccgs.map((c) => c.code));
  for (const code of populationByCode.keys()) {
    if (!known.has(code))
      throw new BuildError(`CCG ${code} has a population but is not in the ONS lookup`);
  }
  return ccgs.sort((a, b) => byCode(a.code, b.code));
}

/** Upper-case letters and digits only, so "NHS Airedale, Wharfedale and Craven CCG" matches EBM's spelling. */
export function normaliseCcgName(name: string): string {
  return name
    .toUpperCase()
    .replace(/&/g, 'AND')
    .replace(/[^A-Z0-9]/g, '');
}
