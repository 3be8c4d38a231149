// The trade-off sentences for the criteria a geography adds to the common ones (issue 20):
// regions under the population threshold, combined authorities split, regions with too few
// acute trusts. Each is said only where the geography offers its row (its manifest), so a
// geography without them reads exactly as before. Generated from the figures, never per option.
import type {RegionId} from '../types';
import {formatCount} from '../format';
import {listNames} from '../builder/units';
import type {CriterionId} from './ids';
import {regionsBelowPopulation, regionsFewTrusts} from './trusts';
import type {OptionCriteria, RegionCriteria, Thresholds} from './types';

/** What the aims' sentences need: the geography's rows, the thresholds in use and its words. */
export interface AimsContext {
  rows: readonly CriterionId[];
  thresholds: Thresholds;
  /** What an option groups areas into ("ICB", "ICBs"). */
  regionNoun: {one: string; many: string};
}

const count = (n: number, noun: {one: string; many: string}) =>
  `${formatCount(n)} ${n === 1 ? noun.one : noun.many}`;

/**
 * Sentences comparing `a` with `b` on the rows of `ctx` among: regions below the population
 * threshold (naming up to three of each), combined authorities split, regions with fewer acute
 * trusts than the threshold. Rows whose figures are unknown (null) are left out.
 */
export function aimSentences(
  a: OptionCriteria,
  b: OptionCriteria,
  title: (c: OptionCriteria) => string,
  regionName: (id: RegionId) => string,
  ctx: AimsContext,
): string[] {
  const sentences: string[] = [];
  const {rows, thresholds, regionNoun} = ctx;
  const names = (regions: readonly RegionCriteria[]) =>
    regions.length
      ? ` (${listNames(regions.slice(0, 3).map((r) => regionName(r.regionId)))}${regions.length > 3 ? ' and others' : ''})`
      : '';
  const compareRegions = (pick: (c: OptionCriteria) => RegionCriteria[], what: string) => {
    const [x, y] = [pick(a), pick(b)];
    return `${title(a)} has ${count(x.length, regionNoun)}${names(x)} ${what}; ${title(b)} has ${formatCount(y.length)}${names(y)}.`;
  };
  if (rows.includes('regions-below-population')) {
    sentences.push(
      compareRegions(
        (c) => regionsBelowPopulation(c.regions, thresholds),
        `under ${formatCount(thresholds.minRegionPopulation)} people`,
      ),
    );
  }
  if (rows.includes('split-authorities') && a.splitAuthorities && b.splitAuthorities) {
    const [x, y] = [a.splitAuthorities, b.splitAuthorities];
    const list = (s: typeof x) => (s.length ? ` (${listNames(s.map((d) => d.name))})` : '');
    sentences.push(
      `${title(a)} splits ${formatCount(x.length)} combined ${x.length === 1 ? 'authority' : 'authorities'}${list(x)} between ${regionNoun.many}; ${title(b)} splits ${formatCount(y.length)}${list(y)}.`,
    );
  }
  const trustsKnown = (c: OptionCriteria) =>
    c.regions.length > 0 && c.regions.every((r) => r.trusts !== null);
  if (
    (rows.includes('regions-few-trusts') || rows.includes('fewest-trusts')) &&
    trustsKnown(a) &&
    trustsKnown(b)
  ) {
    sentences.push(
      compareRegions(
        (c) => regionsFewTrusts(c.regions, thresholds),
        `with fewer than ${count(thresholds.minTrustsPerRegion, {one: 'acute trust', many: 'acute trusts'})}`,
      ),
    );
  }
  return sentences;
}
