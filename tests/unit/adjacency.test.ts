import {describe, expect, it} from 'vitest';
import {regionNeighbours, areaNeighbours} from '../../src/domain/adjacency';
import {boundsOf} from '../../src/domain/bounds';
import {NORTHAMPTONSHIRE, option, areaShapes, areaTopology} from './real-data';

const adjacency = areaNeighbours(areaTopology);
const names = (regions: {name: string}[]) => regions.map((r) => r.name);

describe('neighbours from the STP topology', () => {
  it('is symmetric and gives every mainland STP a neighbour', () => {
    for (const [code, others] of adjacency)
      for (const other of others) expect(adjacency.get(other)).toContain(code);
    expect([...adjacency.values()].filter((n) => n.length === 0).length).toBeLessThanOrEqual(1);
  });

  it('Northamptonshire touches Leicester, Leicestershire and Rutland and Coventry and Warwickshire', () => {
    const n = adjacency.get(NORTHAMPTONSHIRE)!;
    expect(n).toContain('E54000015');
    expect(n).toContain('E54000018');
  });

  it('names neighbouring regions under each option', () => {
    expect(names(regionNeighbours(option('revised'), 'midlands', adjacency))).toEqual([
      'North West',
      'North East and Yorkshire',
      'East of England',
      'South East',
      'South West',
    ]);
    expect(names(regionNeighbours(option('revised'), 'london', adjacency))).toEqual([
      'East of England',
      'South East',
    ]);
    expect(names(regionNeighbours(option('before'), 'south-west', adjacency))).toEqual([
      'Midlands and East of England',
      'South East',
    ]);
  });
});

describe('bounds', () => {
  it('boxes Northamptonshire inside England, and nothing for no codes', () => {
    const [w, s, e, n] = boundsOf(areaShapes, new Set([NORTHAMPTONSHIRE]))!;
    expect(w).toBeGreaterThan(-1.4);
    expect(e).toBeLessThan(0);
    expect(s).toBeGreaterThan(51.9);
    expect(n).toBeLessThan(52.8);
    expect(boundsOf(areaShapes, new Set())).toBeNull();
  });
});
