// Drawing an option that splits an area (issue 19): which areas are drawn part by part
// (parts/split-units.ts), and the region outlines along the parts, the same lines whether drawn
// by the SVG maps' mesh (region-shapes.ts) or by the WebGL map's edges (unit-edges.ts with the
// rules of outline-rule.ts), on the committed data with Tameside and Glossop CCG in the Midlands.
import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import type {LineString, MultiLineString} from 'geojson';
import {isAreaOutline, isPartOutline} from '../../src/domain/outline-rule';
import {splitDrawing} from '../../src/domain/parts/split-units';
import {regionOutlines} from '../../src/domain/region-shapes';
import {outlineEdgeIds, unitEdges} from '../../src/domain/unit-edges';
import type {BoundaryOption} from '../../src/domain/types';
import {TOY_A, TOY_AREAS} from './toy-geography';
import {TOY_A_MID_THREE_EAST, TOY_PARTS} from './parts-fixtures';
import {option} from './real-data';

const json = (file: string) => JSON.parse(readFileSync(`data/england-2018/${file}`, 'utf8'));
const areas = json('stps.topo.json');
const partTopology = json('ccgs.topo.json');
const parts = partTopology.objects.parts.geometries.map(
  (g: {properties: {code: string; areaCode: string}}) => ({
    code: g.properties.code,
    areaCode: g.properties.areaCode,
  }),
);
const GREATER_MANCHESTER = 'E54000007';
const TAMESIDE = 'E38000182';
const revised = option('revised');
const moved: BoundaryOption = {...revised, partAssignments: {[TAMESIDE]: 'midlands'}};

describe('splitDrawing', () => {
  it('is null when the option splits nothing', () => {
    expect(splitDrawing(TOY_A, TOY_PARTS)).toBeNull();
    expect(splitDrawing(revised, parts)).toBeNull();
    // A part "moved" to its area's own region splits nothing.
    expect(
      splitDrawing({...revised, partAssignments: {[TAMESIDE]: 'north-west'}}, parts),
    ).toBeNull();
  });

  it("gives the split area, every part of it with its region, and each part's area", () => {
    const drawing = splitDrawing(TOY_A_MID_THREE_EAST, TOY_PARTS)!;
    const mid = TOY_AREAS[1]!.code;
    expect([...drawing.split]).toEqual([mid]);
    expect(drawing.parts).toEqual([
      {code: 'E38000921', areaCode: mid, regionId: TOY_A.assignments[mid]},
      {code: 'E38000922', areaCode: mid, regionId: TOY_A.assignments[mid]},
      {code: 'E38000923', areaCode: mid, regionId: 'east'},
    ]);
    expect(drawing.areaOf.get('E38000911')).toBe(TOY_AREAS[0]!.code);
  });

  it('splits Greater Manchester into its 10 CCGs when Tameside and Glossop moves', () => {
    const drawing = splitDrawing(moved, parts)!;
    expect([...drawing.split]).toEqual([GREATER_MANCHESTER]);
    expect(drawing.parts).toHaveLength(10);
    expect(drawing.parts.filter((p) => p.regionId === 'midlands').map((p) => p.code)).toEqual([
      TAMESIDE,
    ]);
  });
});

/** Every segment of the lines, as text, the same whichever way it is drawn. */
function segments(lines: number[][][]): Set<string> {
  const out = new Set<string>();
  for (const line of lines) {
    for (let i = 1; i < line.length; i++)
      out.add([String(line[i - 1]), String(line[i])].sort().join(' | '));
  }
  return out;
}

describe("region outlines along a split area's parts", () => {
  const drawing = splitDrawing(moved, parts)!;
  const finer = {topology: partTopology, units: drawing};
  const mesh = segments((regionOutlines(areas, moved, finer) as MultiLineString).coordinates);
  const tameside = new Set(
    partTopology.objects.parts.geometries
      .find((g: {properties: {code: string}}) => g.properties.code === TAMESIDE)
      .arcs.flat(2)
      .map((i: number) => (i < 0 ? ~i : i)),
  );
  const partEdges = unitEdges(partTopology, partTopology.objects.parts);

  it("draws the same lines as the WebGL map's area and part edges", () => {
    const areaEdges = unitEdges(areas, areas.objects.areas);
    const areaIds = outlineEdgeIds(
      areaEdges.features.map((f) => f.properties),
      moved,
      (u, n) => isAreaOutline(moved, drawing, u, n),
    );
    const partIds = outlineEdgeIds(
      partEdges.features.map((f) => f.properties),
      moved,
      (u, n) => isPartOutline(moved, drawing, u, n),
    );
    const lines = [
      ...areaEdges.features.filter((f) => areaIds.has(f.properties.edge)),
      ...partEdges.features.filter((f) => partIds.has(f.properties.edge)),
    ].map((f) => (f.geometry as LineString).coordinates);
    expect(partIds.size).toBeGreaterThan(0);
    expect(segments(lines)).toEqual(mesh);
  });

  it('outlines Tameside and Glossop against the rest of Greater Manchester, and not against Derbyshire', () => {
    const lines = partEdges.features.filter((f) => tameside.has(f.properties.edge));
    const outlined = (f: (typeof lines)[number]) =>
      segments([(f.geometry as LineString).coordinates])
        .values()
        .next().value!;
    const byNeighbour = (pred: (code: string) => boolean) =>
      lines.filter((f) =>
        [f.properties.unit, f.properties.neighbour].some(
          (c) => c !== TAMESIDE && c !== null && pred(c),
        ),
      );
    const inManchester = byNeighbour((c) => drawing.areaOf.get(c) === GREATER_MANCHESTER);
    const inMidlands = byNeighbour(
      (c) => revised.assignments[drawing.areaOf.get(c)!] === 'midlands',
    );
    expect(inManchester.length).toBeGreaterThan(0);
    expect(inMidlands.length).toBeGreaterThan(0);
    for (const f of inManchester) expect(mesh.has(outlined(f))).toBe(true);
    for (const f of inMidlands) expect(mesh.has(outlined(f))).toBe(false);
    // Without the move none of those lines is drawn from the parts: Greater Manchester is whole.
    const whole = segments((regionOutlines(areas, revised) as MultiLineString).coordinates);
    for (const f of inManchester) expect(whole.has(outlined(f))).toBe(false);
  });
});
