// The option comparison chart's rows, from the comparison: which regions are kept, new or gone,
// renames, and each region's row under A and B (the options' row models, so the numbers are
// the tables'). Pure, so the statuses, the missing figures, the change words and the patterns
// are unit-tested without a browser.
import type {OptionComparison, RegionStatus} from '../../domain/compare';
import type {RegionRow} from '../../domain/region-rows';
import {markedTitle} from '../../domain/option-labels';
import type {BarPattern, Dumbbell} from './chart-types';
import type {ChartMeasure} from './compare-measures';
import {DEFAULT_GROUP_NOUN, withArticle, type Noun} from '../../domain/geography';

export interface CompareChartRow extends Dumbbell {
  status: RegionStatus;
  /** A's name when B renames the region. */
  renamedFrom: string | null;
  /** A's and B's value as written in the text alternative: the figure, "not a region" (in the
   * options' own noun: "not an ICB"), or the
   * missing words. */
  aText: string;
  bText: string;
  /** The other rows' labels that share this row's colour (told apart by pattern and label). */
  sharesColourWith: string[];
}

/** Written for a region missing from one option. */
export const NEW_IN_B = 'new in B';
export const ONLY_IN_A = 'only in A';
export const NOT_A_REGION = 'not a region';

/** The words of a row's group when A and B call their groups `groups` (groupNounOfAll):
 * "region" on the 2018 geography, "ICB or cluster" comparing ICBs with clusters. */
export const REGION_NOUN: Noun = DEFAULT_GROUP_NOUN;

/** Written for a row one option does not have: "not a region", "not an ICB". */
export const notA = (groups: Noun): string => `not ${withArticle(groups.one)}`;

/** Patterns for the second, third and fourth rows of one colour (then round again). */
const PATTERNS: readonly BarPattern[] = ['hatch', 'dots', 'cross'];

/**
 * One row per region of `comparison` (B's regions in B's order, then those only A has), with
 * the values of `measure` read from each region's rows under A and B (flow figures only when
 * the comparison was built with flows). `missing` is written where a region has no figure,
 * e.g. "loading" or "not known": a missing figure is never drawn as 0 and never makes a
 * change. A row's colour is B's region colour (A's for a region only A has); rows after the
 * first of one colour get a pattern. `groups`: what A and B call their groups (groupNounOfAll),
 * for the words of a row one option does not have ("not an ICB"); "region" by default.
 */
export function compareChartRows(
  comparison: OptionComparison,
  measure: ChartMeasure,
  missing: string,
  groups: Noun = REGION_NOUN,
): CompareChartRow[] {
  const titleA = markedTitle(comparison.a);
  const titleB = markedTitle(comparison.b);
  const rows = comparison.regions.map((region): CompareChartRow => {
    const ra = region.a ?? undefined;
    const rb = region.b ?? undefined;
    const a = valueOf(ra, measure);
    const b = valueOf(rb, measure);
    const colour = (rb ?? ra)?.region.colour ?? '#ffffff';
    const written = (row: RegionRow | undefined, v: number | null) =>
      !row ? notA(groups) : v === null ? missing : measure.format(v);
    return {
      key: region.id,
      label: region.name,
      status: region.status,
      renamedFrom: region.renamedFrom,
      a,
      b,
      aText: written(ra, a),
      bText: written(rb, b),
      endText: endText(region.status, a, b, measure, missing),
      fill: {colour},
      aTitle: a === null ? undefined : `${titleA}: ${measure.format(a)}`,
      bTitle: b === null ? undefined : `${titleB}: ${measure.format(b)}`,
      sharesColourWith: [],
    };
  });
  return withPatterns(rows);
}

function valueOf(row: RegionRow | undefined, measure: ChartMeasure): number | null {
  if (!row) return null;
  const v = measure.value(row);
  return v === null || !Number.isFinite(v) ? null : v;
}

function endText(
  status: RegionStatus,
  a: number | null,
  b: number | null,
  measure: ChartMeasure,
  missing: string,
): string {
  if (status === 'created') return b === null ? `${NEW_IN_B}, ${missing}` : NEW_IN_B;
  if (status === 'removed') return a === null ? `${ONLY_IN_A}, ${missing}` : ONLY_IN_A;
  if (a === null || b === null) return missing;
  return measure.change(a, b);
}

/** Rows of one colour after the first get hatch, dots, cross; each names the others. */
function withPatterns(rows: CompareChartRow[]): CompareChartRow[] {
  const groups = new Map<string, CompareChartRow[]>();
  for (const r of rows) {
    const key = r.fill.colour.toLowerCase();
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return rows.map((r) => {
    const group = groups.get(r.fill.colour.toLowerCase())!;
    if (group.length < 2) return r;
    const i = group.indexOf(r);
    const others = group.filter((o) => o !== r).map((o) => o.label);
    return {
      ...r,
      fill: i === 0 ? r.fill : {...r.fill, pattern: PATTERNS[(i - 1) % PATTERNS.length]!},
      sharesColourWith: others,
    };
  });
}
