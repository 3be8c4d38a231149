import {describe, expect, it} from 'vitest';
import {nearestStp, stpInDirection} from '../../src/domain/stp-navigation';
import {stpNeighbours} from '../../src/domain/adjacency';
import {stps, stpTopology as topology} from './real-data';

const anchors = new Map(stps.map((s) => [s.code, s.anchor]));
const neighbours = stpNeighbours(topology);
const code = (name: string) => stps.find((s) => s.name.startsWith(name))!.code;
const name = (c: string | null) => stps.find((s) => s.code === c)?.name;

describe('moving between STPs with the arrow keys', () => {
  it('goes to the touching STP that lies in the direction pressed', () => {
    const northants = code('Northamptonshire');
    expect(name(stpInDirection(northants, 'up', anchors, neighbours))).toMatch(/Leicester/);
    expect(name(stpInDirection(northants, 'down', anchors, neighbours))).toMatch(/Buckinghamshire|Bedfordshire/);
    expect(name(stpInDirection(northants, 'left', anchors, neighbours))).toMatch(/Coventry|Warwickshire/);
  });

  it('leaves an island for the nearest STP that way, and stops at the edge of the map', () => {
    const cornwall = code('Cornwall');
    expect(name(stpInDirection(cornwall, 'right', anchors, neighbours))).toMatch(/Devon/);
    expect(stpInDirection(cornwall, 'left', anchors, neighbours)).toBeNull();
  });

  it('starts from the STP nearest a point', () => {
    expect(name(nearestStp([-0.9, 52.3], anchors))).toMatch(/Northamptonshire/);
  });
});
