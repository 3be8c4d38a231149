import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import {regionAggregates} from '../../src/domain/aggregates';
import {flowTotalsOfStps, pointsChange} from '../../src/domain/flow-regions';
import {regionFlowTotals, stpFlowsFromTuples} from '../../src/domain/flows';
import {option, stps} from './real-data';

const flows = stpFlowsFromTuples((JSON.parse(readFileSync('data/flows-stp.json', 'utf8')) as {flows: [string, string, number][]}).flows);

describe('flowTotalsOfStps', () => {
  it('gives every region of every option the same totals as regionFlowTotals', () => {
    for (const id of ['before', 'initial', 'revised']) {
      const o = option(id);
      const byRegion = regionFlowTotals(o, flows);
      for (const r of regionAggregates(o, stps)) expect(flowTotalsOfStps(r.stpCodes, flows)).toEqual(byRegion.get(r.region.id));
    }
  });

  it('shows the board paper argument: the Midlands and the East, initial → revised', () => {
    const containment = (optionId: string, regionId: string) => {
      const r = regionAggregates(option(optionId), stps).find((x) => x.region.id === regionId)!;
      return flowTotalsOfStps(r.stpCodes, flows).containment!;
    };
    expect(containment('initial', 'midlands')).toBeCloseTo(0.955, 3);
    expect(containment('revised', 'midlands')).toBeCloseTo(0.954, 3);
    expect(containment('initial', 'east')).toBeCloseTo(0.911, 3);
    expect(containment('revised', 'east')).toBeCloseTo(0.913, 3);
  });

  it('is null for a set with no residents in the flows', () => {
    expect(flowTotalsOfStps(['E54999999'], flows)).toEqual({internal: 0, outbound: 0, inbound: 0, total: 0, containment: null});
  });
});

describe('pointsChange', () => {
  it('writes containment changes in percentage points with a real minus sign', () => {
    expect(pointsChange(0.911, 0.913)).toBe('+0.2 pts');
    expect(pointsChange(0.955, 0.954)).toBe('−0.1 pts');
    expect(pointsChange(0.5, 0.5)).toBe('0 pts');
  });
});
