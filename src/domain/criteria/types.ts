// The criteria boards weigh (issue 12), as plain data: per option and per region within it.
// Computed for any option, built-in or user-built, from the areas, the flows and the districts
// (score.ts). Missing is null, never a sentinel number.
import type {OptionId, RegionId, AreaCode} from '../types';
import type {ThresholdKey} from './ids';

/** A local authority district (April 2018) and its residents in each area it overlaps
 * (LSOA mid-2019 populations summed over the district's LSOAs in that area; the geography's district file). */
export interface DistrictResidents {
  code: string;
  name: string;
  parts: {areaCode: AreaCode; residents: number}[];
}

/** A district split between two or more regions under an option. */
export interface DistrictSplit {
  code: string;
  name: string;
  /** Residents in each region the district touches, largest first. */
  regions: {regionId: RegionId; residents: number}[];
  /** Residents outside the district's largest region (the minority side(s) of the split). */
  minorityResidents: number;
}

export interface RegionCriteria {
  regionId: RegionId;
  population: number;
  /** Population ÷ an equal share (England ÷ number of regions with areas). */
  ofEqualShare: number;
  /** Flow containment 0–1; null without flows or without residents in the flows. */
  containment: number | null;
  /** Residents attributed to a trust outside the region; null without flows. */
  outsideRegion: number | null;
  areas: number;
  parts: number;
  areaKm2: number;
  /** Districts this region shares with another region. */
  sharedDistricts: DistrictSplit[];
  /** Acute trusts with their headquarters in the region; null where the geography lists no trusts. */
  trusts: number | null;
}

/** A trust placed at its headquarters' area (data/<id>/trusts.json). */
export interface TrustAtHq {
  code: string;
  areaCode: AreaCode;
}

export interface OptionCriteria {
  optionId: OptionId;
  /** Largest ÷ smallest region population; null with fewer than two peopled regions. */
  populationRatio: number | null;
  /** The region with the lowest containment and its value; null without flows. */
  lowestContainment: {regionId: RegionId; value: number} | null;
  /** All regions' residents attributed outside their own region; null without flows. */
  outsideRegion: number | null;
  mostAreas: number;
  fewestAreas: number;
  mostParts: number;
  fewestParts: number;
  largestAreaKm2: number;
  /** Districts split between two or more regions, and the residents on their minority sides. */
  splitDistricts: DistrictSplit[];
  minorityResidents: number;
  /** Combined (strategic) authorities split between two or more regions, as districts are;
   * null where the geography has no such layer. */
  splitAuthorities: DistrictSplit[] | null;
  /** In the option's region order. */
  regions: RegionCriteria[];
}

/** Thresholds a user can change; a value past one is flagged (in words, not colour alone). */
export interface Thresholds extends Record<ThresholdKey, number> {
  /** Largest ÷ smallest region population at most this. */
  maxPopulationRatio: number;
  /** Each region's population at least this (people); regions below it are counted. */
  minRegionPopulation: number;
  /** The lowest region's containment at least this (0–1). */
  minContainment: number;
  /** No region with more areas than this. */
  maxAreasPerRegion: number;
  /** At most this many districts split between regions. */
  maxSplitDistricts: number;
  /** At most this many combined authorities split between regions. */
  maxSplitAuthorities: number;
  /** Each region with at least this many acute trusts; regions with fewer are counted. */
  minTrustsPerRegion: number;
}

/** The thresholds every geography starts from; a manifest may set its own (`criteria.thresholds`). */
export const DEFAULT_THRESHOLDS: Thresholds = {
  maxPopulationRatio: 2,
  minRegionPopulation: 1_000_000,
  minContainment: 0.9,
  maxAreasPerRegion: 12,
  maxSplitDistricts: 0,
  maxSplitAuthorities: 0,
  minTrustsPerRegion: 2,
};

/** The default thresholds of a geography: the common ones, with its manifest's own over them. */
export function thresholdDefaultsOf(g: {
  criteria?: {thresholds?: Partial<Thresholds>};
}): Thresholds {
  return {...DEFAULT_THRESHOLDS, ...g.criteria?.thresholds};
}
