// The scorecard's rows (issue 12) as data, the one list: what each criterion is called, what it
// counts, which way is better, how to read it from OptionCriteria, which threshold (if any)
// flags it and how the best value is chosen (row-judging.ts). The scorecard table, the criteria CSV, the board
// pack and the charts all draw from it, in this order; the UI adds only how a unit is written
// (src/ui/scorecard/row-format.ts).
import type {CriterionRow} from './row-type';
import {counting, knownTrusts, largest, limitedBy, smallest} from './row-values';
import type {Thresholds} from './types';
import {inWordsOf, type wordsIn, type GeographyCriteria, type Noun} from '../geography';
import type {CriterionId} from './ids';
import {regionsBelowPopulation, regionsFewTrusts} from './trusts';
import {PUBLISHED_WORDS} from '../published-words';

export type {CriterionUnit} from './shown';
export type {CriterionId} from './ids';
export type {CriterionRow} from './row-type';

/** The rows in scorecard order: balance, flows, span, coterminosity, trusts. A geography shows
 * the ones its manifest lists (criterionRowsIn). */
export const criterionRows: readonly CriterionRow[] = [
  {
    id: 'population-ratio',
    label: 'Population balance',
    unitWords: 'largest ÷ smallest {region}',
    unit: 'ratio',
    better: 'lower',
    value: (c) => c.populationRatio,
    ...limitedBy('ratio', 'maxPopulationRatio'),
  },
  {
    id: 'smallest-population',
    label: 'Smallest {region} by population',
    unitWords: 'people',
    unit: 'people',
    better: 'higher',
    value: smallest,
    ...limitedBy('people', 'minRegionPopulation'),
  },
  {
    id: 'largest-population',
    label: 'Largest {region} by population',
    unitWords: 'people',
    unit: 'people',
    better: null,
    value: largest,
  },
  {
    id: 'regions-below-population',
    label: '{Regions} below the population threshold',
    unitWords: '{regions}',
    unit: 'count',
    better: 'lower',
    value: (c, t) => regionsBelowPopulation(c.regions, t).length,
    ...counting('minRegionPopulation'),
  },
  {
    id: 'lowest-containment',
    label: 'Lowest flow containment',
    unitWords: '% of residents treated in their own {region}',
    unit: 'share',
    better: 'higher',
    value: (c) => c.lowestContainment?.value ?? null,
    region: (c) => c.lowestContainment?.regionId ?? null,
    ...limitedBy('share', 'minContainment'),
  },
  {
    id: 'outside-region',
    label: 'Residents attributed outside their {region}',
    unitWords: 'residents',
    unit: 'people',
    better: 'lower',
    value: (c) => c.outsideRegion,
  },
  {
    id: PUBLISHED_WORDS.mostAreas,
    label: 'Most {areas} in {aRegion}',
    unitWords: '{areas}',
    unit: 'count',
    better: 'lower',
    value: (c) => c.mostAreas,
    ...limitedBy('count', 'maxAreasPerRegion'),
  },
  {
    id: PUBLISHED_WORDS.fewestAreas,
    label: 'Fewest {areas} in {aRegion}',
    unitWords: '{areas}',
    unit: 'count',
    better: null,
    value: (c) => c.fewestAreas,
  },
  {
    id: PUBLISHED_WORDS.mostParts,
    label: 'Most {parts} in {aRegion}',
    unitWords: '{parts}',
    unit: 'count',
    better: 'lower',
    value: (c) => c.mostParts,
  },
  {
    id: PUBLISHED_WORDS.fewestParts,
    label: 'Fewest {parts} in {aRegion}',
    unitWords: '{parts}',
    unit: 'count',
    better: null,
    value: (c) => c.fewestParts,
  },
  {
    id: 'largest-area',
    label: 'Largest {region} by area',
    unitWords: 'km²',
    unit: 'km2',
    better: 'lower',
    value: (c) => c.largestAreaKm2,
  },
  {
    id: 'split-districts',
    label: 'Local authority districts split between {regions}',
    unitWords: 'districts',
    unit: 'count',
    better: 'lower',
    value: (c) => c.splitDistricts.length,
    ...limitedBy('count', 'maxSplitDistricts'),
  },
  {
    id: 'minority-residents',
    label: 'Residents on the minority side of a split district',
    unitWords: 'residents',
    unit: 'people',
    better: 'lower',
    value: (c) => c.minorityResidents,
  },
  {
    id: 'split-authorities',
    label: 'Combined authorities split between {regions}',
    unitWords: 'authorities',
    unit: 'count',
    better: 'lower',
    value: (c) => c.splitAuthorities?.length ?? null,
    ...limitedBy('count', 'maxSplitAuthorities'),
  },
  {
    id: 'fewest-trusts',
    label: 'Fewest acute trusts in one {region}',
    unitWords: 'trusts by headquarters',
    unit: 'count',
    better: 'higher',
    value: (c) => {
      const counts = knownTrusts(c);
      return counts ? Math.min(...counts) : null;
    },
    ...limitedBy('count', 'minTrustsPerRegion'),
  },
  {
    id: 'regions-few-trusts',
    label: '{Regions} with fewer acute trusts than the threshold',
    unitWords: '{regions}',
    unit: 'count',
    better: 'lower',
    value: (c, t) => (knownTrusts(c) ? regionsFewTrusts(c.regions, t).length : null),
    ...counting('minTrustsPerRegion'),
  },
];

const inGeography = new WeakMap<object, Map<string, readonly CriterionRow[]>>();

type RowGeography = Parameters<typeof wordsIn>[1] & {
  criteria: GeographyCriteria;
  districts?: unknown;
  files?: {combinedAuthorities?: string; trusts?: string};
};

/** What a listed row needs of the geography: a manifest that lists a row without its layer (a
 * geography with its districts taken away) still shows no row it cannot measure. */
const NEEDS: Partial<Record<CriterionId, (g: RowGeography) => boolean>> = {
  [PUBLISHED_WORDS.mostParts]: (g) => Boolean(g.parts),
  [PUBLISHED_WORDS.fewestParts]: (g) => Boolean(g.parts),
  'split-districts': (g) => g.districts !== null,
  'minority-residents': (g) => g.districts !== null,
  'split-authorities': (g) => Boolean(g.files?.combinedAuthorities),
  'fewest-trusts': (g) => Boolean(g.files?.trusts),
  'regions-few-trusts': (g) => Boolean(g.files?.trusts),
};

/** The rows geography `g` offers (its manifest's `criteria.rows`, in that order, less those
 * whose layer it lacks), in its words ("Most areas in a region"; `{token}`s filled by wordsIn).
 * `groups`: what the options scored call their groups (groupNounOfAll: "ICB, cluster or
 * region"), the geography's noun by default, so a row never calls a cluster an ICB. Built once
 * per manifest and noun. */
export function criterionRowsIn(g: RowGeography, groups?: Noun): readonly CriterionRow[] {
  const noun = groups ?? g.regionNoun;
  const key = noun ? `${noun.one}|${noun.many}` : '';
  let byNoun = inGeography.get(g);
  if (!byNoun) inGeography.set(g, (byNoun = new Map()));
  let rows = byNoun.get(key);
  if (!rows) {
    const words = {...g, regionNoun: noun};
    rows = g.criteria.rows
      .filter((id) => NEEDS[id]?.(g) ?? true)
      .map((id) => inWordsOf(criterionRow(id), words));
    byNoun.set(key, rows);
  }
  return rows;
}

/** The row with this id; throws on an unknown id (a programming error, not user input). */
export function criterionRow(id: CriterionId): CriterionRow {
  const row = criterionRows.find((r) => r.id === id);
  if (!row) throw new Error(`No criterion row "${id}"`);
  return row;
}

/** The row flagged by threshold `key`; throws when no row is (a programming error). */
export function thresholdRow(key: keyof Thresholds): CriterionRow {
  const row = criterionRows.find((r) => r.threshold === key);
  if (!row) throw new Error(`No criterion row has threshold "${key}"`);
  return row;
}
