// @vitest-environment jsdom
// The prerendered map's early script moves between areas with Shift+arrow on the points and
// neighbours the build writes into the SVG (scripts/prerender-steps.ts): on the real STPs, every
// move it makes from those attributes is the move the app makes (area-navigation.ts).
import {describe, expect, it} from 'vitest';
import {readSteps} from '../../src/map/early/early-keys';
import {withSteps} from '../../scripts/prerender-steps';
import {stepInDirection, type Direction, type FlatPoint} from '../../src/domain/area-steps';
import {areaInDirection} from '../../src/domain/area-navigation';
import {areaNeighbours} from '../../src/domain/adjacency';
import {areas, areaTopology as topology} from './real-data';

const svg = withSteps(
  `<svg><g data-layer="areas">${areas.map((a) => `<path class="fp-svgmap__area" data-code="${a.code}" d=""></path>`).join('')}</g></svg>`,
  areas,
  topology,
  [0, 0],
);

/** What the early script reads back from the written attributes, with its own reader. */
function written(): {points: Map<string, FlatPoint>; neighbours: Map<string, string[]>} {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  return readSteps(doc.querySelector('g[data-layer="areas"]')!);
}

describe("the prerendered map's steps between areas", () => {
  it('writes a point and the neighbours of every area, and where a first move starts', () => {
    const {points} = written();
    expect([...points.keys()]).toEqual(areas.map((a) => a.code));
    expect(svg).toMatch(/<g data-layer="areas" data-start="E54\d{6}">/);
  });

  it('makes, from what it wrote, every move the app makes', () => {
    const {points, neighbours} = written();
    const anchors = new Map(areas.map((a) => [a.code, a.anchor]));
    const appNeighbours = areaNeighbours(topology);
    const directions: Direction[] = ['up', 'down', 'left', 'right'];
    const differ = areas.flatMap((a) =>
      directions
        .filter(
          (d) =>
            stepInDirection(a.code, d, points, neighbours) !==
            areaInDirection(a.code, d, anchors, appNeighbours),
        )
        .map((d) => `${a.name} ${d}`),
    );
    expect(differ).toEqual([]);
  });
});
