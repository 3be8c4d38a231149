import {describe, expect, it} from 'vitest';
import {crossesRegion, flowKey} from '../../src/domain/flow-key';
import {topFlows, type AreaFlow} from '../../src/domain/flows';
import type {BoundaryOption} from '../../src/domain/types';

const option = {
  id: 'x',
  title: 'X',
  regions: [],
  assignments: {A: 'north', B: 'north', C: 'south'},
} as unknown as BoundaryOption;
const flows: AreaFlow[] = [
  {origin: 'A', destination: 'B', volume: 10},
  {origin: 'A', destination: 'C', volume: 20},
  // D has no region under this option.
  {origin: 'D', destination: 'A', volume: 30},
];

describe('flow key and crossing', () => {
  it('names a flow origin>destination', () => {
    expect(flowKey({origin: 'A', destination: 'C'})).toBe('A>C');
  });

  it('does not count a flow with an STP outside every region as crossing', () => {
    expect(flows.map((f) => crossesRegion(option, f))).toEqual([false, true, false]);
  });

  it('agrees with topFlows’ "only flows that cross", so the map colours what the filter keeps', () => {
    const kept = topFlows(flows, {minVolume: 0, crossRegionOnly: true, option, topN: 10}).map(
      flowKey,
    );
    expect(kept).toEqual(flows.filter((f) => crossesRegion(option, f)).map(flowKey));
  });
});
