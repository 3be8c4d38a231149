// Region outlines and split areas on the WebGL map (issue 19): the area edges' outlines
// (region-outlines.ts, leaving out the lines a split area's parts draw), the parts of each area
// the option splits, in their regions' colours over the area's fill (split-parts), and the region
// outlines along them (part-outlines: only the part edges that outline regions, outline-rule.ts).
// Which areas are split is split-parts.ts's, as on the SVG maps. The two sources are in
// the style from the start, empty; they get data only while an option splits an area. Splits are
// rare and small (a few parts), so setData is fine here where the area outlines use feature-state.
import type {Feature, FeatureCollection, LineString} from 'geojson';
import type {GeoJSONSource, Map as MapLibreMap} from 'maplibre-gl';
import type {Topology} from 'topojson-specification';
import {isPartOutline} from '../../domain/outline-rule';
import type {SplitDrawing} from '../../domain/parts/split-units';
import type {BoundaryOption, RegionId} from '../../domain/types';
import {unitEdges, type UnitEdge} from '../../domain/unit-edges';
import {COLOURS} from '../draw-spec';
import type {PartGeometry} from '../map-view';
import {SOURCE} from './layer-ids';
import type {RegionOutlines} from './region-outlines';
import {splitOf} from '../split-parts';
import {exposeForTests} from '../test-hooks';

const NONE: FeatureCollection = {type: 'FeatureCollection', features: []};
const edgeCache = new WeakMap<PartGeometry, FeatureCollection<LineString, UnitEdge>>();

/** Every edge of the parts' topology, computed once per loaded layer. */
function partEdges(parts: PartGeometry): FeatureCollection<LineString, UnitEdge> {
  let edges = edgeCache.get(parts);
  if (!edges) edgeCache.set(parts, (edges = unitEdges(parts.topology as Topology, parts.topology.objects.parts as never)));
  return edges;
}

export class SplitLayer {
  private shown: {option: BoundaryOption; drawing: SplitDrawing; parts: PartGeometry} | null = null;
  private region: RegionId | null = null;

  constructor(
    private map: MapLibreMap,
    private outlines: RegionOutlines,
  ) {}

  /** Draw `option`'s region outlines, and its split areas part by part where `parts` (loaded or
   * null) show it splits any. */
  show(option: BoundaryOption, parts: PartGeometry | null): void {
    const drawing = parts ? splitOf(option, parts) : null;
    this.outlines.show(option, drawing);
    const next = drawing && parts ? {option, drawing, parts} : null;
    if (!next && !this.shown) return;
    this.shown = next;
    this.setFills();
    const lines = next ? partEdges(next.parts).features.filter((f) => isPartOutline(option, next.drawing, f.properties.unit, f.properties.neighbour)) : [];
    this.source(SOURCE.partOutlines).setData({type: 'FeatureCollection', features: lines});
  }

  /** Fade the parts outside `region`, as the areas fade (null: none fade). */
  setRegion(region: RegionId | null): void {
    if (region === this.region) return;
    this.region = region;
    if (this.shown) this.setFills();
  }

  /** The browser tests' window: the split parts' source data, code and fill colour of each. */
  expose(): void {
    exposeForTests('__footprintSplit', {
      parts: async (): Promise<{code: string; colour: string}[]> => {
        const data = (await this.source(SOURCE.splitParts).getData()) as FeatureCollection;
        return data.features.map((f) => ({code: String(f.properties?.code), colour: String(f.properties?.colour)}));
      },
    });
  }

  private setFills(): void {
    if (!this.shown) return void this.source(SOURCE.splitParts).setData(NONE);
    const {option, drawing, parts} = this.shown;
    const colours = new Map(option.regions.map((r) => [r.id, r.colour]));
    const shapes = new Map(parts.shapes.features.map((f) => [f.properties.code, f.geometry]));
    const features: Feature[] = drawing.parts.flatMap((p) => {
      const geometry = shapes.get(p.code);
      if (!geometry) return [];
      const colour = (p.regionId && colours.get(p.regionId)) || COLOURS.noRegion;
      const dimmed = this.region !== null && p.regionId !== this.region;
      return [{type: 'Feature', properties: {code: p.code, region: p.regionId ?? null, colour, dimmed}, geometry}];
    });
    this.source(SOURCE.splitParts).setData({type: 'FeatureCollection', features});
  }

  private source(id: string): GeoJSONSource {
    return this.map.getSource(id) as GeoJSONSource;
  }
}
