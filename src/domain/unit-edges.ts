// The edges of a units topology (areas today): each shared arc once, with the unit on each
// side. Which edges are region outlines then depends only on the option's assignments, so a
// renderer can hold every edge once and switch options by showing or hiding them (MapLibre:
// feature-state) instead of recomputing and re-sending lines. The same rule (outline-rule.ts) as
// regionOutlines (region-shapes.ts), which keeps the topojson mesh for the SVG map and the builder.
import {feature} from 'topojson-client';
import type {Feature, FeatureCollection, LineString} from 'geojson';
import type {Topology} from 'topojson-specification';
import type {BoundaryOption} from './types';
import {isRegionOutline} from './outline-rule';

/** One edge's properties. `edge` is the arc's index in `topology.arcs` (0-based, also the
 * feature id). `unit` is the code of the first unit (in the collection's order) drawn along
 * the arc; `neighbour` the code of the last one, or null when no other unit uses the arc (the
 * coast or the land border: always an outline). */
export interface UnitEdge {
  edge: number;
  unit: string;
  neighbour: string | null;
}

/** A collection of polygon units, each carrying its code (e.g. `topology.objects.areas`):
 * `arcs` as in a TopoJSON Polygon or MultiPolygon. */
export interface UnitCollection {
  geometries: readonly Unit[];
}
interface Unit {
  type: string;
  arcs?: unknown;
  properties: {code: string};
}

/**
 * Every arc used by `units`, as one LineString feature per arc in arc order, coordinates in the
 * topology's own units (lon/lat degrees for Footprint's files), decoded from the quantised
 * transform by topojson-client. Arcs no unit uses are left out. Throws a TypeError naming the
 * geometry when a unit has no `properties.code` (the data schema requires one).
 */
export function unitEdges(
  topology: Topology,
  units: UnitCollection,
): FeatureCollection<LineString, UnitEdge> {
  // As topojson's mesh does: for each arc, the first and the last geometry that use it.
  const first: (Unit | undefined)[] = [];
  const last: Unit[] = [];
  units.geometries.forEach((g, index) => {
    if (typeof g.properties?.code !== 'string')
      throw new TypeError(`Unit ${index} (${g.type}) has no properties.code`);
    for (const i of arcIndexes(g.arcs)) {
      const arc = i < 0 ? ~i : i;
      first[arc] ??= g;
      last[arc] = g;
    }
  });
  const features: Feature<LineString, UnitEdge>[] = [];
  first.forEach((g, edge) => {
    if (!g) return;
    const other = last[edge]!;
    const line = feature(topology, {type: 'LineString', arcs: [edge]}).geometry as LineString;
    const properties = {
      edge,
      unit: g.properties.code,
      neighbour: other === g ? null : other.properties.code,
    };
    features.push({type: 'Feature', id: edge, properties, geometry: line});
  });
  return {type: 'FeatureCollection', features};
}

/** The `edge` numbers of the edges that outline regions under `option` (outline-rule.ts);
 * `rule` says it for one edge when the edges are not plain area edges (a split area's parts). */
export function outlineEdgeIds(
  edges: readonly UnitEdge[],
  option: BoundaryOption,
  rule: (unit: string, neighbour: string | null) => boolean = (unit, neighbour) =>
    isRegionOutline(option, unit, neighbour),
): Set<number> {
  const ids = new Set<number>();
  for (const e of edges) {
    if (rule(e.unit, e.neighbour)) ids.add(e.edge);
  }
  return ids;
}

/** The arc indexes of a Polygon's rings or a MultiPolygon's polygons, in order, signs kept
 * (a negative index `~i` is arc i reversed). */
function arcIndexes(arcs: unknown): number[] {
  if (typeof arcs === 'number') return [arcs];
  return Array.isArray(arcs) ? arcs.flatMap(arcIndexes) : [];
}
