// The ids of the scorecard's criteria and of the thresholds a user can change, as plain lists
// with no imports but the published words: a geography's manifest names the criteria it offers (and any default
// threshold of its own) by these ids, and the manifest's schema checks them.

import {PUBLISHED_WORDS} from '../published-words';

/** Every criterion the scorecard knows, in scorecard order (rows.ts gives each its words). */
export const CRITERION_IDS = [
  'population-ratio',
  'smallest-population',
  'largest-population',
  'regions-below-population',
  'lowest-containment',
  'outside-region',
  PUBLISHED_WORDS.mostAreas,
  PUBLISHED_WORDS.fewestAreas,
  PUBLISHED_WORDS.mostParts,
  PUBLISHED_WORDS.fewestParts,
  'largest-area',
  'split-districts',
  'minority-residents',
  'split-authorities',
  'fewest-trusts',
  'regions-few-trusts',
] as const;

export type CriterionId = (typeof CRITERION_IDS)[number];

/** Every threshold a user can set (types.ts `Thresholds` has one number per key). */
export const THRESHOLD_KEYS = [
  'maxPopulationRatio',
  'minRegionPopulation',
  'minContainment',
  'maxAreasPerRegion',
  'maxSplitDistricts',
  'maxSplitAuthorities',
  'minTrustsPerRegion',
] as const;

export type ThresholdKey = (typeof THRESHOLD_KEYS)[number];
