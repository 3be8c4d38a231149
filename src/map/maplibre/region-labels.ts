// Region names as HTML markers: no glyph server needed (nothing from another origin), and the
// text is real text that scales with the user's font settings. Placed by the same layout as the
// SVG map's names (../label-layout.ts), so none overlaps and a renderer swap moves none.
import {Marker, type Map as MapLibreMap} from 'maplibre-gl';
import type {BoundaryOption, RegionId} from '../../domain/types';
import {placeLabels} from '../label-layout';

export class RegionLabels {
  private markers: {marker: Marker; id: RegionId; text: string; at: [number, number]}[] = [];
  constructor(
    private map: MapLibreMap,
    private onClick?: (region: RegionId) => void,
  ) {
    map.on('zoom', () => this.layout());
  }

  show(option: BoundaryOption, points: Map<RegionId, [number, number]>): void {
    this.clear();
    for (const region of option.regions) {
      const at = points.get(region.id);
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
      this.markers.push({marker: new Marker({element: el}).setLngLat(at).addTo(this.map), id: region.id, text: region.name, at});
    }
    this.layout();
  }

  clear(): void {
    for (const m of this.markers) m.marker.remove();
    this.markers = [];
  }

  /** Shift labels that would overlap (the layout is in screen pixels, so it follows the zoom). */
  private layout(): void {
    const inputs = this.markers.map((m) => {
      const p = this.map.project(m.at);
      return {id: m.id, text: m.text, x: p.x, y: p.y};
    });
    placeLabels(inputs).forEach((l, i) => this.markers[i]!.marker.setOffset([l.dx, l.dy]));
  }
}
