// Region outlines and split areas on the WebGL map (issue 19): the area edges' outlines
// (region-outlines.ts, leaving out the lines a split area's parts draw), the parts of each area
// the option splits, in their regions' colours over the area's fill, and the region outlines
// along them (only the part edges that outline regions, outline-rule.ts). Which areas are split
// is split-parts.ts's, as on the SVG maps. One source holds every part's shape and every part
// edge, given once per loaded part layer; an option then only sets feature-state (which part is
// shown, in which colour, dimmed or not; which edge outlines a region), so accepting a move does
// not upload geometry again (setData on two sources per accept took 238 ms in the bench).
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

const edgeCache = new WeakMap<PartGeometry, FeatureCollection<LineString, UnitEdge>>();

/** Every edge of the parts' topology, computed once per loaded layer. */
function partEdges(parts: PartGeometry): FeatureCollection<LineString, UnitEdge> {
  let edges = edgeCache.get(parts);
  if (!edges)
    edgeCache.set(
      parts,
      (edges = unitEdges(parts.topology as Topology, parts.topology.objects.parts as never)),
    );
  return edges;
}

/** Part shapes (kind 'part', id its code) and part edges (kind 'edge', id 'edge-<n>') in one
 * collection, made once per loaded layer: the split source's only data. */
const sourceCache = new WeakMap<PartGeometry, FeatureCollection>();
function splitSourceData(parts: PartGeometry): FeatureCollection {
  let data = sourceCache.get(parts);
  if (!data) {
    const shapes: Feature[] = parts.shapes.features.map((f) => ({
      type: 'Feature',
      properties: {code: f.properties.code, kind: 'part'},
      geometry: f.geometry,
    }));
    const edges: Feature[] = partEdges(parts).features.map((f) => ({
      type: 'Feature',
      properties: {code: edgeId(f.properties.edge), kind: 'edge'},
      geometry: f.geometry,
    }));
    sourceCache.set(parts, (data = {type: 'FeatureCollection', features: [...shapes, ...edges]}));
  }
  return data;
}
const edgeId = (edge: number) => `edge-${edge}`;

/** What one part shows: its fill colour and whether it is dimmed; absent parts are not shown. */
type PartLook = {colour: string; dimmed: boolean};

export class SplitLayer {
  private shown: {option: BoundaryOption; drawing: SplitDrawing; parts: PartGeometry} | null = null;
  private region: RegionId | null = null;
  /** The part layer in the source (its data is given once per layer). */
  private loaded: PartGeometry | null = null;
  /** The feature-state now set: parts shown (code → look) and edges outlining regions. */
  private looks = new Map<string, PartLook>();
  private edgesOn = new Set<string>();

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
    // Given parts go in the source even when this option splits nothing: a part moving in a
    // comparison is hatched on its shape there (change-layer.ts).
    if (parts && parts !== this.loaded) {
      this.looks.clear();
      this.edgesOn.clear();
      this.source().setData(splitSourceData((this.loaded = parts)));
    }
    if (!next && !this.shown) return;
    this.shown = next;
    this.setFills();
    const lines = next
      ? partEdges(next.parts).features.filter((f) =>
          isPartOutline(option, next.drawing, f.properties.unit, f.properties.neighbour),
        )
      : [];
    this.setEdges(new Set(lines.map((f) => edgeId(f.properties.edge))));
  }

  /** Fade the parts outside `region`, as the areas fade (null: none fade). */
  setRegion(region: RegionId | null): void {
    if (region === this.region) return;
    this.region = region;
    if (this.shown) this.setFills();
  }

  /** The browser tests' window: the parts shown, code and fill colour of each. */
  expose(): void {
    exposeForTests('__footprintSplit', {
      parts: async (): Promise<{code: string; colour: string}[]> =>
        [...this.looks].map(([code, look]) => ({code, colour: look.colour})),
    });
  }

  private setFills(): void {
    const next = new Map<string, PartLook>();
    if (this.shown) {
      const {option, drawing} = this.shown;
      const colours = new Map(option.regions.map((r) => [r.id, r.colour]));
      for (const p of drawing.parts) {
        const colour = (p.regionId && colours.get(p.regionId)) || COLOURS.noRegion;
        next.set(p.code, {colour, dimmed: this.region !== null && p.regionId !== this.region});
      }
    }
    for (const code of this.looks.keys()) if (!next.has(code)) this.state(code, {shown: false});
    for (const [code, look] of next) {
      const was = this.looks.get(code);
      if (!was || was.colour !== look.colour || was.dimmed !== look.dimmed)
        this.state(code, {shown: true, ...look});
    }
    this.looks = next;
  }

  private setEdges(next: Set<string>): void {
    for (const id of this.edgesOn) if (!next.has(id)) this.state(id, {on: false});
    for (const id of next) if (!this.edgesOn.has(id)) this.state(id, {on: true});
    this.edgesOn = next;
  }

  private state(id: string, state: Record<string, unknown>): void {
    this.map.setFeatureState({source: SOURCE.splitParts, id}, state);
  }

  private source(): GeoJSONSource {
    return this.map.getSource(SOURCE.splitParts) as GeoJSONSource;
  }
}
