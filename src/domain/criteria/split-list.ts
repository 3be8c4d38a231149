// Which districts an option splits between its groups, and how many residents are on each side:
// the list behind the scorecard's "6 districts split" (issue 21, fault 10), for the page, the
// board pack and the criteria CSV alike.
import {formatCount} from '../format';
import type {Region} from '../types';
import type {DistrictSplit} from './types';

/** One split district: its name and each group's residents, largest first (Census 2021 usual
 * residents of its LSOAs on each side, as the criterion counts them). */
export interface SplitSides {
  code: string;
  name: string;
  sides: {group: string; residents: number}[];
}

/** The splits with their groups named as `regions` name them (an unconfirmed group's name says
 * so); a group the option does not list is named by its id. In the criterion's order. */
export function splitSides(
  splits: readonly DistrictSplit[],
  regions: readonly Pick<Region, 'id' | 'name'>[],
): SplitSides[] {
  const name = (id: string) => regions.find((r) => r.id === id)?.name ?? id;
  return splits.map((s) => ({
    code: s.code,
    name: s.name,
    sides: s.regions.map((r) => ({group: name(r.regionId), residents: r.residents})),
  }));
}

/** One split in words, e.g. "Cherwell: Thames Valley 149,000; Northamptonshire 2,300";
 * `count` writes the residents (plain digits for a CSV file). */
export function splitInWords(
  split: SplitSides,
  count: (n: number) => string = formatCount,
): string {
  return `${split.name}: ${split.sides.map((s) => `${s.group} ${count(s.residents)}`).join('; ')}`;
}
