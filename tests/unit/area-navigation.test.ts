import {describe, expect, it} from 'vitest';
import {nearestArea, areaInDirection} from '../../src/domain/area-navigation';
import {areaNeighbours} from '../../src/domain/adjacency';
import {areas, areaTopology as topology} from './real-data';

const anchors = new Map(areas.map((s) => [s.code, s.anchor]));
const neighbours = areaNeighbours(topology);
const code = (name: string) => areas.find((s) => s.name.startsWith(name))!.code;
const name = (c: string | null) => areas.find((s) => s.code === c)?.name;

describe('moving between STPs with the arrow keys', () => {
  it('goes to the touching STP that lies in the direction pressed', () => {
    const northants = code('Northamptonshire');
    expect(name(areaInDirection(northants, 'up', anchors, neighbours))).toMatch(/Leicester/);
    expect(name(areaInDirection(northants, 'down', anchors, neighbours))).toMatch(
      /Buckinghamshire|Bedfordshire/,
    );
    expect(name(areaInDirection(northants, 'left', anchors, neighbours))).toMatch(
      /Coventry|Warwickshire/,
    );
  });

  it('leaves an island for the nearest STP that way, and stops at the edge of the map', () => {
    const cornwall = code('Cornwall');
    expect(name(areaInDirection(cornwall, 'right', anchors, neighbours))).toMatch(/Devon/);
    expect(areaInDirection(cornwall, 'left', anchors, neighbours)).toBeNull();
  });

  it('starts from the STP nearest a point', () => {
    expect(name(nearestArea([-0.9, 52.3], anchors))).toMatch(/Northamptonshire/);
  });
});
