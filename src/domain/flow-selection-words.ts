// The words of a selection's flow charts: the caption, and the one sentence with the chart's
// point, generated from the same parts the bars are drawn from (flow-selection.ts).
import type {FlowPart, FlowSide, SelectionFlows} from './flow-selection';
import {capitalise, formatCount, formatPercent} from './format';
import type {AreaCode} from './types';

/** The chart's caption. `place` is the selection as it reads in a sentence: "Northamptonshire",
 * "the Midlands" (map-words.ts theRegion). */
export function selectionFlowsTitle(side: FlowSide, place: string): string {
  return side === 'destinations'
    ? `Where residents of ${place} are treated`
    : `Where patients of trusts in ${place} come from`;
}

/**
 * A share as a whole percentage that never says more than the figure: "68%", but "under 1%"
 * for a share that is not zero and "over 99%" for one that is not all (rounding would give
 * "0%" and "100%").
 */
export function roughPercent(share: number): string {
  if (share > 0 && share < 0.005) return 'under 1%';
  if (share < 1 && share >= 0.995) return 'over 99%';
  return `${Math.round(share * 100)}%`;
}

/** A share to one decimal place for the bars and the table, "84.9%", again never "0.0%" or
 * "100.0%" for a share that is not: "under 0.1%", "over 99.9%". */
export function sharePercent(share: number): string {
  if (share > 0 && share < 0.0005) return 'under 0.1%';
  if (share < 1 && share >= 0.9995) return 'over 99.9%';
  return formatPercent(share);
}

/**
 * One sentence from the figures, e.g. "83% are treated within Northamptonshire; the largest
 * flow elsewhere is to Leicester, Leicestershire and Rutland (3%)." or, for origins, "85% live in
 * Northamptonshire itself; the largest group from elsewhere lives in …". Says so when there are
 * no flows, and when flows were left out for a volume that is not a number.
 */
export function selectionFlowsSummary(
  flows: SelectionFlows,
  place: string,
  nameOf: (code: AreaCode) => string,
): string {
  const left =
    flows.ignored > 0
      ? ` ${formatCount(flows.ignored)} ${flows.ignored === 1 ? 'flow was' : 'flows were'} left out: ${flows.ignored === 1 ? 'its volume is' : 'their volumes are'} not a number of 0 or more.`
      : '';
  const own = flows.parts.find((p) => p.kind === 'own');
  if (!own) {
    const none =
      flows.side === 'destinations'
        ? `No flows from ${place} are in this data.`
        : `No flows to trusts in ${place} are in this data.`;
    return none + left;
  }
  const largest = flows.parts.find((p): p is FlowPart => p.kind === 'area');
  const destinations = flows.side === 'destinations';
  const howMany = own.share === 1 ? 'all' : roughPercent(own.share);
  const first = destinations
    ? `${howMany} are treated within ${place}`
    : `${howMany} live in ${place} itself`;
  if (!largest) return `${capitalise(first)}.${left}`;
  const where = `${nameOf(largest.areas[0]!)} (${roughPercent(largest.share)})`;
  const second = destinations
    ? `the largest flow elsewhere is to ${where}`
    : `the largest group from elsewhere lives in ${where}`;
  return `${capitalise(first)}; ${second}.${left}`;
}
