// The measures the comparison table shows for each region, as data, read from the options'
// rows (region-rows.ts); the flow measures join from flows/flow-columns.tsx.
import type {RegionRow} from '../../domain/region-rows';
import {formatCount} from '../../domain/format';
import type {Geography} from '../../domain/geography';
import {PUBLISHED_WORDS} from '../../domain/published-words';

export interface CompareMeasure {
  id: string;
  label: string;
  /** Unit or vintage, shown under the label. */
  hint?: string;
  /** null when the region has no figure (e.g. no flows): shown as "–", with no change. */
  value(region: RegionRow): number | null;
  format(n: number): string;
  /** The change from A to B in words, when "+n (+x%)" does not suit (e.g. "+0.2 pts"). */
  change?(a: number, b: number): string;
}

/** The comparison table's measures, in the geography's words (no finer-unit row without them). */
export function compareMeasures(
  g: Pick<Geography, 'areas' | 'parts' | 'populationVintage'>,
): CompareMeasure[] {
  return [
    {
      id: PUBLISHED_WORDS.areaCount,
      label: g.areas.noun.many,
      value: (r) => r.areas,
      format: formatCount,
    },
    ...(g.parts
      ? [
          {
            id: PUBLISHED_WORDS.partCount,
            label: g.parts.noun.many,
            value: (r: RegionRow) => r.parts,
            format: formatCount,
          },
        ]
      : []),
    {
      id: 'population',
      label: 'Population',
      hint: g.populationVintage,
      value: (r) => r.population,
      format: formatCount,
    },
    {
      id: 'area',
      label: 'Area',
      hint: 'km²',
      value: (r) => r.areaKm2,
      format: (n) => formatCount(Math.round(n)),
    },
  ];
}

/** "Initial" from "Initial proposal", "Before" from "Before (five regions)": short enough
 * for a column heading; the caption gives the full titles. */
export const shortTitle = (title: string): string => title.split(/[\s(]/)[0] ?? title;

/** A column heading's short name for an option: the first word of a built-in title; a user's
 * title (whose first word may say nothing, e.g. "My") kept whole up to 14 characters. */
export const shortOptionTitle = (option: {title: string; userBuilt?: unknown}): string =>
  option.userBuilt === undefined
    ? shortTitle(option.title)
    : option.title.length <= 14
      ? option.title
      : `${option.title.slice(0, 13)}…`;
