// Region outlines and label points derived from the STP topology for any option, so options
// stay pure data (a user-built option gets outlines the same way).
import {mesh} from 'topojson-client';
import type {GeometryObject, Topology} from 'topojson-specification';
import type {MultiLineString} from 'geojson';
import type {BoundaryOption, RegionId, Area} from './types';
import {isRegionOutline} from './outline-rule';
import {areasInRegion} from './options';

type AreaGeometry = GeometryObject<{code: string}>;

const areasObject = (topology: Topology) => topology.objects.areas as unknown as {type: 'GeometryCollection'; geometries: AreaGeometry[]};

/** Lines where neighbouring STPs are in different regions, plus the coastline/border. */
export function regionOutlines(topology: Topology, option: BoundaryOption): MultiLineString {
  return {type: 'MultiLineString', coordinates: [...outerEdge(topology).coordinates, ...regionBorders(topology, option).coordinates]};
}

/** Only the lines between neighbouring STPs that outline regions (outline-rule.ts): what an
 * option changes. (The builder redraws these on every move; the coast is drawn once, see
 * outerEdge.) */
export function regionBorders(topology: Topology, option: BoundaryOption): MultiLineString {
  const code = (g: AreaGeometry) => (g.properties as {code: string}).code;
  const outlines = (a: AreaGeometry, b: AreaGeometry) => a !== b && isRegionOutline(option, code(a), code(b));
  return mesh(topology, areasObject(topology) as never, outlines as never) as MultiLineString;
}

const edges = new WeakMap<Topology, MultiLineString>();

/** England's coast and land border (arcs with an STP on one side only, which outline-rule.ts
 * always counts): the same under every option, so computed once per topology. */
export function outerEdge(topology: Topology): MultiLineString {
  let edge = edges.get(topology);
  if (!edge) edges.set(topology, (edge = mesh(topology, areasObject(topology) as never, ((a: AreaGeometry, b: AreaGeometry) => a === b) as never) as MultiLineString));
  return edge;
}

/** A label point for each region: the interior point of one of its STPs, favouring large STPs
 * near the area-weighted middle (distance² ÷ area), so neighbouring regions' labels rarely
 * collide. Always inside the region, unlike a centroid. */
export function regionLabelPoints(areas: Area[], option: BoundaryOption): Map<RegionId, [number, number]> {
  const points = new Map<RegionId, [number, number]>();
  for (const region of option.regions) {
    const members = areasInRegion(option, region.id, areas);
    if (members.length === 0) continue;
    const weight = members.reduce((sum, s) => sum + s.areaKm2, 0);
    const mx = members.reduce((sum, s) => sum + s.anchor[0] * s.areaKm2, 0) / weight;
    const my = members.reduce((sum, s) => sum + s.anchor[1] * s.areaKm2, 0) / weight;
    let best = members[0]!;
    const score = (s: Area) => dist2(s.anchor, [mx, my]) / s.areaKm2;
    for (const s of members) {
      if (score(s) < score(best)) best = s;
    }
    points.set(region.id, best.anchor);
  }
  return points;
}

const dist2 = (a: [number, number], b: [number, number]) => (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2;
