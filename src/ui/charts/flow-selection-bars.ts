// The data of a selection's flow chart (flow-selection.ts parts → bars, table rows, legend):
// pure, so unit tests can check labels, colours and value text without drawing. Bars take the
// colour of their areas' region under the option shown, so the chart reads as "which region".
import type {FlowPart, SelectionFlows} from '../../domain/flow-selection';
import {sharePercent} from '../../domain/flow-selection-words';
import {formatCount} from '../../domain/format';
import type {BoundaryOption, AreaCode} from '../../domain/types';
import type {Bar, BarPattern, ColourKeyEntry} from './chart-types';
import {DEFAULT_GROUP_NOUN, countOf, nounFor, withArticle, type Noun} from '../../domain/geography';

/** Bars whose areas are in more than one region, or in none of the option's (NHS grey 4). */
export const MIXED_GREY = '#d8dde0';

export interface FlowSelectionRow {
  key: string;
  /** The full name in the table, e.g. "Leicester, Leicestershire and Rutland". */
  label: string;
  /** The region of the part's areas under the option, in words. */
  region: string;
  volume: number;
  share: number;
}

export interface FlowSelectionChartData {
  bars: Bar[];
  rows: FlowSelectionRow[];
  /** The colours used, in the order the bars first use them. */
  legend: ColourKeyEntry[];
}

export interface FlowSelectionNames {
  option: BoundaryOption;
  /** Short name for a bar ("Leicester, Leics & Rutland"). */
  shortName(code: AreaCode): string;
  /** Full name for the table. */
  fullName(code: AreaCode): string;
  /** The own part's label, e.g. "Northamptonshire (its own)" or "Within the Midlands". */
  ownLabel: string;
}

/** `1 other area`, `31 other areas` (the geography's noun). */
const others = (n: number, noun: Noun) => `${n} other ${nounFor(n, noun)}`;

/** Value text at a bar's end: "607,706 (84.9%)". */
export const flowValueText = (p: FlowPart) => `${formatCount(p.volume)} (${sharePercent(p.share)})`;

/** `noun`: what the geography calls its areas (the manifest's). */
export function flowSelectionChartData(
  flows: SelectionFlows,
  names: FlowSelectionNames,
  noun: Noun,
  groups: Noun = DEFAULT_GROUP_NOUN,
): FlowSelectionChartData {
  const bars: Bar[] = [];
  const rows: FlowSelectionRow[] = [];
  const legend = new Map<string, ColourKeyEntry>();
  const regionOfBar: string[] = [];
  for (const part of flows.parts) {
    const key = part.kind === 'area' ? part.areas[0]! : part.kind;
    const region = regionOf(part.areas, names.option, noun, groups);
    if (!legend.has(region.legend))
      legend.set(region.legend, {name: region.legend, colour: region.colour});
    const [short, full] =
      part.kind === 'own'
        ? [names.ownLabel, names.ownLabel]
        : part.kind === 'rest'
          ? [others(part.areas.length, noun), others(part.areas.length, noun)]
          : [names.shortName(key), names.fullName(key)];
    bars.push({
      key,
      label: short,
      value: part.volume,
      valueText: flowValueText(part),
      fill: {colour: region.colour},
    });
    rows.push({key, label: full, region: region.name, volume: part.volume, share: part.share});
    regionOfBar.push(region.legend);
  }
  const entries = withDistinctPatterns([...legend.values()]);
  const byName = new Map(entries.map((e) => [e.name, e]));
  bars.forEach((b, i) => {
    const pattern = byName.get(regionOfBar[i]!)?.pattern;
    if (pattern) b.fill = {...b.fill, pattern};
  });
  return {bars, rows, legend: entries};
}

const PATTERNS: readonly BarPattern[] = ['hatch', 'dots', 'cross'];

/** The key with a pattern on every entry after the first of each colour, in key order (up to
 * three patterns a colour: more regions of one colour than that is past telling apart). */
export function withDistinctPatterns(entries: readonly ColourKeyEntry[]): ColourKeyEntry[] {
  const seen = new Map<string, number>();
  return entries.map((e) => {
    const n = seen.get(e.colour.toLowerCase()) ?? 0;
    seen.set(e.colour.toLowerCase(), n + 1);
    return n === 0 ? e : {...e, pattern: PATTERNS[(n - 1) % PATTERNS.length]!};
  });
}

/** The one region all `areas` are in under `option` (its name and colour), or grey with words
 * saying why not. */
function regionOf(
  areas: readonly AreaCode[],
  option: BoundaryOption,
  noun: Noun,
  groups: Noun,
): {name: string; legend: string; colour: string} {
  const ids = areas.map((c) => option.assignments[c]);
  const regions = option.regions.filter((r) => ids.includes(r.id));
  const unplaced = ids.some((id) => !option.regions.some((r) => r.id === id));
  if (regions.length === 1 && !unplaced)
    return {name: regions[0]!.name, legend: regions[0]!.name, colour: regions[0]!.colour};
  const none = `Not in ${withArticle(groups.one)} of this option`;
  if (regions.length === 0) return {name: none, legend: none, colour: MIXED_GREY};
  const count = countOf(regions.length, groups);
  return {
    name: unplaced ? `${count} (some ${noun.many} in none)` : count,
    legend: `More than one ${groups.one}`,
    colour: MIXED_GREY,
  };
}
