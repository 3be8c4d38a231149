// Flow totals and orderings at their edges: flows the option cannot place, ties in volume, a
// volume exactly at the threshold, and one flow changing side.
import {describe, expect, it} from 'vitest';
import {regionFlowTotals, topFlows, type AreaFlow} from '../../src/domain/flows';
import {flowSideChanges, flowSideSentence} from '../../src/domain/flow-changes';
import {TOY_A, TOY_B} from './toy-geography';

const WEST = 'E54000901';
const MID = 'E54000902';
const EAST = 'E54000903';
const NORTH = 'E54000904';
const flow = (origin: string, destination: string, volume: number): AreaFlow => ({
  origin,
  destination,
  volume,
});

describe('region flow totals', () => {
  it('leave out flows with an end the option does not assign, or assigns to a region it does not list', () => {
    const option = {...TOY_A, assignments: {...TOY_A.assignments, E54000905: 'atlantis'}};
    const totals = regionFlowTotals(option, [
      flow(WEST, EAST, 10),
      flow(WEST, 'E54000999', 100),
      flow('E54000999', EAST, 100),
      flow(WEST, 'E54000905', 1000),
      flow('E54000905', EAST, 1000),
    ]);
    expect(totals.get('west')).toEqual({
      internal: 0,
      outbound: 10,
      inbound: 0,
      total: 10,
      containment: 0,
    });
    expect(totals.get('east')).toEqual({
      internal: 0,
      outbound: 0,
      inbound: 10,
      total: 0,
      containment: null,
    });
  });
});

describe('the largest flows', () => {
  it('break ties in volume by origin code, then destination code, whatever the input order', () => {
    const flows = [
      flow(NORTH, WEST, 5),
      flow(EAST, NORTH, 5),
      flow(EAST, MID, 5),
      flow(WEST, EAST, 5),
      flow(MID, EAST, 9),
    ];
    const all = {minVolume: 0, crossRegionOnly: false, option: TOY_A, topN: Infinity};
    expect(topFlows(flows, all).map((f) => [f.origin, f.destination])).toEqual([
      [MID, EAST],
      [WEST, EAST],
      [EAST, MID],
      [EAST, NORTH],
      [NORTH, WEST],
    ]);
    expect(topFlows([...flows].reverse(), all)).toEqual(topFlows(flows, all));
  });

  it('keep a flow whose volume equals the minimum', () => {
    expect(
      topFlows([flow(WEST, EAST, 5000), flow(EAST, WEST, 4999)], {
        minVolume: 5000,
        crossRegionOnly: false,
        option: TOY_A,
        topN: 10,
      }),
    ).toEqual([flow(WEST, EAST, 5000)]);
  });
});

describe('flows changing side', () => {
  it('are listed largest first, ties by origin then destination', () => {
    // Under TOY_B Midshire joins the East: its flows to the East come inside, those to the West start crossing.
    const flows = [
      flow(MID, EAST, 5),
      flow(MID, NORTH, 20),
      flow(EAST, MID, 5),
      flow(MID, WEST, 1),
      flow(WEST, MID, 3),
    ];
    const c = flowSideChanges(TOY_A, TOY_B, flows);
    expect(c.nowWithin).toEqual([flow(MID, NORTH, 20), flow(MID, EAST, 5), flow(EAST, MID, 5)]);
    expect(c.nowCrossing).toEqual([flow(WEST, MID, 3), flow(MID, WEST, 1)]);
    expect(flowSideChanges(TOY_A, TOY_B, [...flows].reverse())).toEqual(c);
  });

  it('say "1 flow" for one', () => {
    const c = flowSideChanges(TOY_A, TOY_B, [flow(MID, EAST, 1200), flow(WEST, MID, 300)]);
    expect(flowSideSentence(c, 'people')).toBe(
      '1,200 people in 1 flow now stay inside one region; 300 in 1 flow now cross a region boundary. Net change in people attributed outside their own region: −900.',
    );
  });
});
