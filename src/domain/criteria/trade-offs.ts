// The trade-off between two options in words (issue 12): generated from the criteria, never
// written per option, so it is right for user-built options too and changes when the data do.
import type {OptionId, RegionId} from '../types';
import {formatCount} from '../format';
import {listNames} from '../builder/units';
import type {DistrictSplit, OptionCriteria} from './types';
import {aimSentences, type AimsContext} from './trade-off-aims';
import {DEFAULT_GROUP_NOUN, jointNoun, type Noun} from '../geography';

const REGION: Noun = DEFAULT_GROUP_NOUN;

const plural = (n: number, one: string, many: string) =>
  `${formatCount(n)} ${n === 1 ? one : many}`;

/**
 * One or two sentences comparing `a` with `b`: which has fewer residents attributed to a trust
 * outside their region, and by how many (left out when either has no flows); then which splits
 * more council districts, by how many, how many residents are on the minority sides, and the
 * largest split only that option makes (district, its main region, the residents in the other(s)). Equal figures are called
 * "the same". `titles` gives each option's display title by id, `regionNames` each region's name
 * (both fall back to the id). Numbers in en-GB grouping, e.g. "1,234". With `aims` (the
 * geography's rows and thresholds), the sentences of the criteria it adds follow (trade-off-aims.ts).
 * `nouns`: what each option calls its groups, by id (groupNounOf: "ICB", "cluster"); an option
 * not listed says "region" (the 2018 geography's word); two different nouns read "ICB or cluster".
 */
export function tradeOffSentences(
  a: OptionCriteria,
  b: OptionCriteria,
  titles: Readonly<Record<OptionId, string>>,
  regionNames: Readonly<Record<RegionId, string>>,
  aims?: AimsContext,
  nouns: Readonly<Record<OptionId, Noun>> = {},
): string[] {
  const title = (c: OptionCriteria) => titles[c.optionId] ?? c.optionId;
  const noun = (...cs: OptionCriteria[]) =>
    jointNoun(
      cs.map((c) => nouns[c.optionId] ?? REGION),
      REGION,
    );
  const sentences: string[] = [];
  if (a.outsideRegion !== null && b.outsideRegion !== null)
    sentences.push(flowSentence(a, b, title, noun(a, b)));
  sentences.push(splitSentence(a, b, title, (id) => regionNames[id] ?? id, noun));
  if (aims) sentences.push(...aimSentences(a, b, title, (id) => regionNames[id] ?? id, aims));
  return sentences;
}

function flowSentence(
  a: OptionCriteria,
  b: OptionCriteria,
  title: (c: OptionCriteria) => string,
  groups: Noun,
): string {
  const [x, y] = [Math.round(a.outsideRegion!), Math.round(b.outsideRegion!)];
  if (x === y)
    return `${title(a)} and ${title(b)} have the same number of residents attributed to a trust outside their ${groups.one} (${formatCount(x)}).`;
  const [fewer, more] = x < y ? [a, b] : [b, a];
  const [low, high] = x < y ? [x, y] : [y, x];
  return `${title(fewer)} has ${plural(high - low, 'fewer resident', 'fewer residents')} attributed to a trust outside their ${groups.one} than ${title(more)} (${formatCount(low)} against ${formatCount(high)}).`;
}

function splitSentence(
  a: OptionCriteria,
  b: OptionCriteria,
  title: (c: OptionCriteria) => string,
  regionName: (id: RegionId) => string,
  noun: (...cs: OptionCriteria[]) => Noun,
): string {
  const [na, nb] = [a.splitDistricts.length, b.splitDistricts.length];
  if (na === nb) {
    const residents =
      a.minorityResidents === b.minorityResidents
        ? `the same number of residents on the minority side (${formatCount(a.minorityResidents)})`
        : `${formatCount(a.minorityResidents)} and ${formatCount(b.minorityResidents)} residents on the minority side respectively`;
    return `${title(a)} and ${title(b)} split the same number of council districts between ${noun(a, b).many} (${formatCount(na)}), with ${residents}.`;
  }
  const [more, fewer] = na > nb ? [a, b] : [b, a];
  const extra = largestOnlyIn(more, fewer);
  const clause = extra
    ? `; the largest split only it makes is ${extra.name}, mostly in ${regionName(extra.regions[0]!.regionId)} with ` +
      `${plural(extra.minorityResidents, 'resident', 'residents')} in ${listNames(extra.regions.slice(1).map((r) => regionName(r.regionId)))}`
    : '';
  return (
    `${title(more)} splits ${plural(more.splitDistricts.length, 'council district', 'council districts')} between ${noun(more).many}, ` +
    `${formatCount(more.splitDistricts.length - fewer.splitDistricts.length)} more than ${title(fewer)}, affecting ` +
    `${plural(more.minorityResidents, 'resident', 'residents')} on the minority side against ${formatCount(fewer.minorityResidents)}${clause}.`
  );
}

/** The split of `more` with the most minority residents among districts `fewer` does not split. */
function largestOnlyIn(more: OptionCriteria, fewer: OptionCriteria): DistrictSplit | null {
  const inFewer = new Set(fewer.splitDistricts.map((s) => s.code));
  let largest: DistrictSplit | null = null;
  for (const s of more.splitDistricts) {
    if (!inFewer.has(s.code) && (!largest || s.minorityResidents > largest.minorityResidents))
      largest = s;
  }
  return largest;
}
