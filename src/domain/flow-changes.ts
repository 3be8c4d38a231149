// Which patient flows change side between two options: those that crossed a region boundary
// under A and stay inside one region under B, and the reverse. This is the board paper's
// argument made concrete (Northamptonshire's flows to Leicester and Warwickshire come inside
// the Midlands), and the two volumes net to the change in the whole-option number.
import {crossesRegion} from './flow-key';
import type {AreaFlow} from './flows';
import type {BoundaryOption} from './types';
import {formatCount, formatSigned} from './format';
import {largestFirst} from './order';

export interface FlowSideChanges {
  /** Flows that crossed a region boundary under A and do not under B, largest first. */
  nowWithin: AreaFlow[];
  /** Flows that did not cross under A and do under B, largest first. */
  nowCrossing: AreaFlow[];
  withinVolume: number;
  crossingVolume: number;
  /** Change in the volume crossing a region boundary, B minus A (crossing − within). */
  net: number;
}

const byVolume = largestFirst<AreaFlow>((f) => f.volume, (f) => f.origin, (f) => f.destination);
const sum = (flows: AreaFlow[]) => flows.reduce((n, f) => n + f.volume, 0);

export function flowSideChanges(a: BoundaryOption, b: BoundaryOption, flows: readonly AreaFlow[]): FlowSideChanges {
  const nowWithin: AreaFlow[] = [];
  const nowCrossing: AreaFlow[] = [];
  for (const f of flows) {
    const before = crossesRegion(a, f);
    const after = crossesRegion(b, f);
    if (before && !after) nowWithin.push(f);
    else if (!before && after) nowCrossing.push(f);
  }
  nowWithin.sort(byVolume);
  nowCrossing.sort(byVolume);
  const withinVolume = sum(nowWithin);
  const crossingVolume = sum(nowCrossing);
  return {nowWithin, nowCrossing, withinVolume, crossingVolume, net: crossingVolume - withinVolume};
}

const flowCount = (n: number) => (n === 1 ? '1 flow' : `${n} flows`);

/** The changes in one sentence, e.g. "66,383 residents in 7 flows now stay inside one region;
 * 32,381 in 5 flows now cross a region boundary. Net change …: −34,002." `who` is the unit;
 * without the net change where the page states it already. */
export function flowSideSentence(c: FlowSideChanges, who: string, withNet = true): string {
  const within = c.nowWithin.length;
  const crossing = c.nowCrossing.length;
  if (!within && !crossing) return 'No flow changes between crossing a region boundary and staying inside one.';
  const parts = [
    within ? `${formatCount(c.withinVolume)} ${who} in ${flowCount(within)} now stay inside one region` : `No flow comes inside one region`,
    crossing
      ? `${formatCount(c.crossingVolume)} ${within ? '' : `${who} `}in ${flowCount(crossing)} now cross a region boundary`
      : 'no flow starts to cross a region boundary',
  ];
  const net = withNet ? ` Net change in ${who} attributed outside their own region: ${formatSigned(c.net)}.` : '';
  return `${parts.join('; ')}.${net}`;
}
