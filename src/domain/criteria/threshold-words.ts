// The words for each threshold a user can set (issue 12), in one place: the controls' labels,
// the messages about a bad threshold in a link, and the board pack's "Flags use…" sentence all
// read them, so the three never describe a threshold differently.
import type {Thresholds} from './types';

export interface ThresholdWords {
  /** The control's label, e.g. "Largest population ratio"; starts a sentence. */
  label: string;
  /** What the number counts, e.g. "largest ÷ smallest region"; "% of residents" for containment,
   * which the controls and links take as a percentage. */
  unitWords: string;
  /** A cap (values above it are flagged) or a floor (values below it are). */
  limit: 'at most' | 'at least';
}

export const THRESHOLD_WORDS: Readonly<Record<keyof Thresholds, ThresholdWords>> = {
  maxPopulationRatio: {
    label: 'Largest population ratio',
    unitWords: 'largest ÷ smallest {region}',
    limit: 'at most',
  },
  minRegionPopulation: {
    label: 'Population of each {region}',
    unitWords: 'people',
    limit: 'at least',
  },
  minContainment: {
    label: 'Lowest flow containment',
    unitWords: '% of residents',
    limit: 'at least',
  },
  maxAreasPerRegion: {label: 'Most {areas} in {aRegion}', unitWords: '{areas}', limit: 'at most'},
  maxSplitDistricts: {
    label: 'Districts split between {regions}',
    unitWords: 'districts',
    limit: 'at most',
  },
  maxSplitAuthorities: {
    label: 'Combined authorities split between {regions}',
    unitWords: 'authorities',
    limit: 'at most',
  },
  minTrustsPerRegion: {
    label: 'Acute trusts in each {region}',
    unitWords: 'trusts',
    limit: 'at least',
  },
};

/** "largest population ratio": the label inside a sentence (only the first letter lowered,
 * so "areas" stays "areas"). */
export function thresholdPhrase(key: keyof Thresholds): string {
  const {label} = THRESHOLD_WORDS[key];
  return label.charAt(0).toLowerCase() + label.slice(1);
}
