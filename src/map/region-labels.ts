// Region names as HTML markers: no glyph server needed (nothing from another origin), and the
// text is real text that scales with the user's font settings.
import {Marker, type Map as MapLibreMap} from 'maplibre-gl';
import type {BoundaryOption, RegionId} from '../domain/types';

export class RegionLabels {
  private markers: Marker[] = [];
  constructor(
    private map: MapLibreMap,
    private onClick?: (region: RegionId) => void,
  ) {}

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
      this.markers.push(new Marker({element: el}).setLngLat(at).addTo(this.map));
    }
  }

  clear(): void {
    for (const m of this.markers) m.remove();
    this.markers = [];
  }
}
