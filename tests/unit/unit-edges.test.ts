// The WebGL map draws region outlines by switching edges on and off (unit-edges.ts); the SVG
// map draws them with topojson's mesh (region-shapes.ts). Both must draw the same lines.
import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import type {LineString, MultiLineString} from 'geojson';
import {regionOutlines} from '../../src/domain/region-shapes';
import {outlineEdgeIds, unitEdges} from '../../src/domain/unit-edges';
import {areaNeighbours} from '../../src/domain/adjacency';
import type {BoundaryOption} from '../../src/domain/types';
import {NORTHAMPTONSHIRE, userOption} from './user-option';

const topology = JSON.parse(readFileSync('data/england-2018/stps.topo.json', 'utf8'));
const options = JSON.parse(readFileSync('data/england-2018/options.json', 'utf8'))
  .options as BoundaryOption[];
const edges = unitEdges(topology, topology.objects.areas);

/** Every segment of the lines, as text, the same whichever way it is drawn. */
function segments(lines: number[][][]): Set<string> {
  const out = new Set<string>();
  for (const line of lines) {
    for (let i = 1; i < line.length; i++)
      out.add([String(line[i - 1]), String(line[i])].sort().join(' | '));
  }
  return out;
}

function edgeSegments(option: BoundaryOption): Set<string> {
  const ids = outlineEdgeIds(
    edges.features.map((f) => f.properties),
    option,
  );
  return segments(
    edges.features
      .filter((f) => ids.has(f.properties.edge))
      .map((f) => (f.geometry as LineString).coordinates),
  );
}

const meshSegments = (option: BoundaryOption) =>
  segments((regionOutlines(topology, option) as MultiLineString).coordinates);

describe('region outlines from unit edges', () => {
  it('splits the STP topology into one edge per arc, reversed arcs and multipolygons included', () => {
    const arcs = JSON.stringify(
      topology.objects.areas.geometries.map((g: {arcs: unknown}) => g.arcs),
    );
    // The real data exercises both: without them this test would prove less than it says.
    expect(arcs).toMatch(/-\d/);
    expect(
      topology.objects.areas.geometries.some((g: {type: string}) => g.type === 'MultiPolygon'),
    ).toBe(true);
    expect(edges.features.map((f) => f.id)).toEqual(
      topology.arcs.map((_: unknown, i: number) => i),
    );
    expect(edges.features.every((f) => f.id === f.properties.edge)).toBe(true);
    const coast = edges.features.filter((f) => f.properties.neighbour === null);
    expect(coast.length).toBeGreaterThan(0);
    expect(coast.length).toBeLessThan(edges.features.length);
  });

  it.each(options.map((o) => [o.id, o] as const))(
    'draws the same lines as the mesh for the %s option',
    (_id, option) => {
      const expected = meshSegments(option);
      expect(expected.size).toBeGreaterThan(0);
      expect(edgeSegments(option)).toEqual(expected);
    },
  );

  it('draws the same lines for a user-built option with unassigned STPs', () => {
    const revised = options.find((o) => o.id === 'revised')!;
    // Northamptonshire and one neighbour unassigned: no border between the two (both have
    // no region), but a border between each and its assigned neighbours. An unassigned STP on
    // the coast keeps its coastline.
    const neighbour = areaNeighbours(topology).get(NORTHAMPTONSHIRE)![0]!;
    const coastal = edges.features.find((f) => f.properties.neighbour === null)!.properties.unit;
    const option = userOption(revised);
    for (const code of [NORTHAMPTONSHIRE, neighbour, coastal]) delete option.assignments[code];
    const expected = meshSegments(option);
    expect(expected).not.toEqual(meshSegments(revised));
    expect(edgeSegments(option)).toEqual(expected);
  });
});
