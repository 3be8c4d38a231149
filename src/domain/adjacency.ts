// Which areas touch, from the shared arcs of the area topology, and from that which regions are
// neighbours under an option. Islands share no arc, so they have no neighbours here.
import {neighbors} from 'topojson-client';
import type {GeometryObject} from 'topojson-specification';
import type {BoundaryOption, Region, RegionId, AreaCode} from './types';

interface AreaTopologyLike {
  objects: {areas: {geometries: readonly {properties: {code: string}}[]}};
}

export function areaNeighbours(topology: AreaTopologyLike): Map<AreaCode, AreaCode[]> {
  const geometries = topology.objects.areas.geometries;
  const lists = neighbors(geometries as unknown as GeometryObject[]);
  return new Map(
    geometries.map((g, i) => [
      g.properties.code,
      (lists[i] ?? []).map((j) => geometries[j]!.properties.code),
    ]),
  );
}

/** The regions that share a boundary with `region` under this option, in the option's order. */
export function regionNeighbours(
  option: BoundaryOption,
  region: RegionId,
  adjacency: Map<AreaCode, AreaCode[]>,
): Region[] {
  const found = new Set<RegionId>();
  for (const [code, others] of adjacency) {
    if (option.assignments[code] !== region) continue;
    for (const other of others) {
      const r = option.assignments[other];
      if (r && r !== region) found.add(r);
    }
  }
  return option.regions.filter((r) => found.has(r.id));
}
