// Region outlines without re-sending lines: the region-outlines source holds every area edge
// once (from the style), and switching option flips feature-state `border` on the edges whose
// part changes. setData made MapLibre's worker re-tile and draw a second frame (~220–330 ms in
// software WebGL); feature-state costs one repaint.
import type {GeoJSONSourceSpecification, Map as MapLibreMap} from 'maplibre-gl';
import type {FeatureCollection, LineString} from 'geojson';
import type {Topology} from 'topojson-specification';
import type {FootprintData} from '../../data/load';
import type {BoundaryOption} from '../../domain/types';
import {outlineEdgeIds, unitEdges, type UnitEdge} from '../../domain/unit-edges';
import {isAreaOutline, type SplitUnits} from '../../domain/outline-rule';
import {SOURCE} from './layer-ids';

const cache = new WeakMap<object, FeatureCollection<LineString, UnitEdge>>();

/** Every edge of the area topology (domain/unit-edges.ts), computed once per topology. */
export function areaEdges(
  data: Pick<FootprintData, 'areaTopology'>,
): FeatureCollection<LineString, UnitEdge> {
  const topology = data.areaTopology;
  let edges = cache.get(topology);
  // the area topology schema requires the areas object, so it is there.
  if (!edges)
    cache.set(
      topology,
      (edges = unitEdges(topology as unknown as Topology, topology.objects.areas!)),
    );
  return edges;
}

/** The region-outlines source: all edges, keyed for feature-state by their `edge` number. */
export function regionOutlineSource(
  data: Pick<FootprintData, 'areaTopology'>,
): GeoJSONSourceSpecification {
  return {type: 'geojson', data: areaEdges(data), promoteId: 'edge'};
}

/** Shows an option's region outlines on the edges of the region-outlines source. */
export class RegionOutlines {
  private readonly edges: UnitEdge[];
  /** The edges whose `border` state is true now. */
  private shown = new Set<number>();

  constructor(
    private map: MapLibreMap,
    data: Pick<FootprintData, 'areaTopology'>,
  ) {
    this.edges = areaEdges(data).features.map((f) => f.properties);
  }

  /** Sets `border` only on the edges that change (most stay as they were between options).
   * `split`: the option's split areas, whose lines the split layer draws along their parts. */
  show(option: BoundaryOption, split: SplitUnits | null = null): void {
    const next = outlineEdgeIds(this.edges, option, (unit, neighbour) =>
      isAreaOutline(option, split, unit, neighbour),
    );
    for (const id of this.shown) if (!next.has(id)) this.setBorder(id, false);
    for (const id of next) if (!this.shown.has(id)) this.setBorder(id, true);
    this.shown = next;
  }

  private setBorder(id: number, border: boolean): void {
    this.map.setFeatureState({source: SOURCE.regionOutlines, id}, {border});
  }
}
