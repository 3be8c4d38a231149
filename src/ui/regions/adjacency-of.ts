import type {FootprintData} from '../../data/load';
import {areaNeighbours} from '../../domain/adjacency';

const cache = new WeakMap<FootprintData, Map<string, string[]>>();

/** Which areas share a border (from the topology's shared arcs), computed once per data set. */
export function adjacencyOf(data: FootprintData): Map<string, string[]> {
  let a = cache.get(data);
  if (!a) cache.set(data, (a = areaNeighbours(data.areaTopology as never)));
  return a;
}
