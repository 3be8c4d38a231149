// Which patient flows change side between two options: those that crossed a region boundary
// under A and stay inside one region under B, and the reverse. This is the board paper's
// argument made concrete (Northamptonshire's flows to Leicester and Warwickshire come inside
// the Midlands), and the two volumes net to the change in the whole-option number.
import {areaEnds} from './flow-key';
import {sideChangesByEnds, type SideChanges} from './flow-ends';
import type {AreaFlow} from './flows';
import type {BoundaryOption} from './types';
import {formatCount, formatSigned} from './format';
import {withArticle, type Noun} from './geography';

/** Flows that change side between two options, and their volumes (see flow-ends.ts). */
export type FlowSideChanges = SideChanges<AreaFlow>;

/** The area flows changing side from `a` to `b`, largest first (ties by origin, destination). */
export function flowSideChanges(
  a: BoundaryOption,
  b: BoundaryOption,
  flows: readonly AreaFlow[],
): FlowSideChanges {
  return sideChangesByEnds(areaEnds(a), areaEnds(b), flows, [
    (f) => f.origin,
    (f) => f.destination,
  ]);
}

const flowCount = (n: number) => (n === 1 ? '1 flow' : `${n} flows`);

/** The changes in one sentence, e.g. "66,383 residents in 7 flows now stay inside one region;
 * 32,381 in 5 flows now cross a region boundary. Net change …: −34,002." `c`: area or part flows'
 * changes; `who` is the unit; `groups`: what the options call their groups (groupNounOfAll:
 * "region" on 2018, "ICB", "ICB or cluster"); without the net change where the page states it already. */
export function flowSideSentence(
  c: SideChanges<unknown>,
  who: string,
  withNet = true,
  groups: Noun = {one: 'region', many: 'regions'},
): string {
  const g = groups.one;
  const within = c.nowWithin.length;
  const crossing = c.nowCrossing.length;
  if (!within && !crossing)
    return `No flow changes between crossing ${withArticle(g)} boundary and staying inside one.`;
  const parts = [
    within
      ? `${formatCount(c.withinVolume)} ${who} in ${flowCount(within)} now stay inside one ${g}`
      : `No flow comes inside one ${g}`,
    crossing
      ? `${formatCount(c.crossingVolume)} ${within ? '' : `${who} `}in ${flowCount(crossing)} now cross ${withArticle(g)} boundary`
      : `no flow starts to cross ${withArticle(g)} boundary`,
  ];
  const net = withNet
    ? ` Net change in ${who} attributed outside their own ${g}: ${formatSigned(c.net)}.`
    : '';
  return `${parts.join('; ')}.${net}`;
}
