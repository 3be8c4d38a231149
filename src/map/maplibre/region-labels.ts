// Region names as HTML markers: no glyph server needed (nothing from another origin), and the
// text is real text that scales with the user's font settings. Placed by the same layout as the
// SVG map's names (../label-layout.ts), so none overlaps and a renderer swap moves none; a name
// the layout leaves out is hidden until a zoom makes room for it.
import {Marker, type Map as MapLibreMap} from 'maplibre-gl';
import type {Feature, MultiPolygon, Polygon} from 'geojson';
import type {RegionLabelSite} from '../../domain/region-shapes';
import type {BoundaryOption, RegionId} from '../../domain/types';
import {placeLabels, regionLabelInputs} from '../label-layout';
import {groupPlaces} from '../group-inside';
import type {ChangedArea} from '../map-view';
import {placedChangeLabels} from './change-layer';

export class RegionLabels {
  private markers: {marker: Marker; id: RegionId}[] = [];
  private option: BoundaryOption | null = null;
  private sites: ReadonlyMap<RegionId, RegionLabelSite> = new Map();
  private shapes: readonly Feature<Polygon | MultiPolygon, {code: string}>[] = [];
  private changes: ChangedArea[] = [];
  constructor(
    private map: MapLibreMap,
    private onClick?: (region: RegionId) => void,
  ) {
    map.on('zoom', () => this.layout());
  }

  /** Names for `option`'s regions at their label sites, each kept inside its region's areas
   * (`shapes`: polygons in [lon, lat] with `properties.code`). */
  show(
    option: BoundaryOption,
    sites: ReadonlyMap<RegionId, RegionLabelSite>,
    shapes: readonly Feature<Polygon | MultiPolygon, {code: string}>[],
  ): void {
    this.clear();
    this.option = option;
    this.sites = sites;
    this.shapes = shapes;
    for (const region of option.regions) {
      const at = sites.get(region.id)?.points[0];
      if (!at) continue;
      const el = document.createElement('div');
      el.className = 'fp-region-label';
      el.textContent = region.name;
      // Clicking a region's name on the map selects the region. The label's own listener does it,
      // not the map's click event, which MapLibre only synthesises for some pointer sequences.
      el.dataset.regionId = region.id;
      el.addEventListener('click', () => this.onClick?.(region.id));
      el.title = `Show ${region.name}`;
      // The legend already names each region, as buttons, for keyboard and assistive technology.
      el.setAttribute('aria-hidden', 'true');
      this.markers.push({
        marker: new Marker({element: el}).setLngLat(at).addTo(this.map),
        id: region.id,
      });
    }
    this.layout();
  }

  /** The comparison's moves: their labels are obstacles the names keep off. */
  setChanges(changes: ChangedArea[]): void {
    this.changes = changes;
    this.layout();
  }

  clear(): void {
    for (const m of this.markers) m.marker.remove();
    this.markers = [];
  }

  /** The names shown and where, CSS pixels from the map's top left (for the PNG export). */
  placed(): {text: string; x: number; y: number}[] {
    return this.current().map((l) => ({text: l.lines.join(' '), x: l.x + l.dx, y: l.y + l.dy}));
  }

  private current() {
    if (!this.option) return [];
    const project = (at: [number, number]): [number, number] => {
      const p = this.map.project(at);
      return [p.x, p.y];
    };
    const box = this.map.getContainer();
    const bounds = {x0: 0, y0: 0, x1: box.clientWidth, y1: box.clientHeight};
    const places = groupPlaces(this.shapes, this.option, project, bounds);
    const inputs = regionLabelInputs(this.option.regions, this.sites, project, places);
    // The HTML "moves" labels are up to 2.4 px taller than the box the layout gives them (12 px
    // text at line height 1.2, 2 px borders; the SVG map draws them at exactly that box), so
    // names keep HTML_SLACK px further off them on this map.
    const obstacles = placedChangeLabels(this.map, this.changes).map(({box: b}) => ({
      x0: b.x0 - HTML_SLACK,
      y0: b.y0 - HTML_SLACK,
      x1: b.x1 + HTML_SLACK,
      y1: b.y1 + HTML_SLACK,
    }));
    // The stylesheet sets the names' size (smaller on small screens, larger when presenting).
    const first = this.markers[0]?.marker.getElement();
    const fontSize = first ? parseFloat(getComputedStyle(first).fontSize) || undefined : undefined;
    return placeLabels(inputs, {obstacles, fontSize, bounds});
  }

  /** Shift names off each other; hide the ones that do not fit (screen pixels: follows the zoom). */
  private layout(): void {
    const placed = new Map(this.current().map((l) => [l.id, l]));
    for (const {marker, id} of this.markers) {
      const l = placed.get(id);
      const el = marker.getElement();
      el.style.visibility = l ? '' : 'hidden';
      if (!l) continue;
      // One line per line of the layout's (the stylesheet keeps line breaks: white-space: pre).
      const text = l.lines.join('\n');
      if (el.textContent !== text) el.textContent = text;
      marker.setOffset([l.dx, l.dy]);
    }
  }
}

/** Extra room round an HTML "moves" label, CSS pixels (its height may exceed the box by 2.4 px, all on one side). */
const HTML_SLACK = 2.5;
