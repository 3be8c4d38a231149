// "The map in words": what the map shows, as a few sentences for everyone (and for screen
// readers, who cannot see the colours). Generated from the option and area data, so it is
// always true to what is drawn; when comparing, the comparison summary's sentences are reused.
import type {OptionComparison} from './compare';
import {regionOfArea} from './options';
import {markedTitle} from './option-labels';
import {optionRows, type OptionRows} from './region-rows';
import {summariseComparison} from './summary';
import {theRegion} from './format';
import {DEFAULT_GROUP_NOUN, countOf, type UnitWords} from './geography';
import {formatEnGB} from './format';
import type {BoundaryOption, Area, AreaCode} from './types';
import {splitAreaSentences} from './parts/compare-words';
import type {NamedParts} from './parts/part-compare';

/** "7.3 million people" (one decimal), "850,000 people" under a million. */
export function peopleInWords(n: number): string {
  if (n >= 1e6) return `${(Math.round(n / 1e5) / 10).toFixed(1)} million people`;
  return `${formatEnGB(Math.round(n / 1e4) * 1e4)} people`;
}

export interface MapInWords {
  /** One sentence per line, e.g. "Revised proposal: 7 regions." then one per region,
   * "North West: 3 areas, 7.3 million people.", in the option's region order, then one per
   * area the option splits between regions ("Tameside and Glossop is in the Midlands; …"). */
  option: string[];
  /** When comparing: summariseComparison's sentences (moves, region events, totals); else []. */
  changes: string[];
  /** When an area is selected: "Northamptonshire is in the Midlands." (else null). */
  selected: string | null;
}

/**
 * The option on the map described in words. `areas`: every area of the geography; `w`: its nouns;
 * `comparison`: option A against this option (B), or null; `selectedArea`: an area code or null
 * (an unknown code is ignored); `rows`: the option's rows over `areas` when the caller has them
 * (the UI's memoised rowsOf), else computed here. Populations are ONS mid-2018, rounded for reading.
 * `parts`: the named parts when the option moves some (its split areas are then said), else null.
 */
export function describeMap(
  option: BoundaryOption,
  areas: readonly Area[],
  w: UnitWords,
  comparison: OptionComparison | null = null,
  selectedArea: AreaCode | null = null,
  rows: OptionRows = optionRows(option, areas, null),
  parts: NamedParts | null = null,
): MapInWords {
  const regions = rows.rows;
  const lines = [
    `${markedTitle(option)}: ${countOf(regions.length, w.group ?? DEFAULT_GROUP_NOUN)}.${option.userBuilt ? ' Not an official proposal.' : ''}`,
    // An unconfirmed group (a 2025 cluster) says so and why, never read as official.
    ...regions.map(
      (r) =>
        `${r.region.name}: ${countOf(r.areas, w.area)}, ${peopleInWords(r.population)}.${r.region.uncertain ? ` Not confirmed: ${r.region.uncertain}` : ''}`,
    ),
    ...splitAreaSentences(option, areas, parts, w),
  ];
  const area = areas.find((s) => s.code === selectedArea);
  const region = area ? regionOfArea(option, area.code) : undefined;
  return {
    option: lines,
    changes: comparison ? summariseComparison(comparison, w) : [],
    selected: area && region ? `${area.name} is in ${theRegion(region.name)}.` : null,
  };
}

// Written in format.ts, beside listJoin, so the part sentences can use it without a cycle.
export {theRegion};
