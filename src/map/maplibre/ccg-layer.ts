// CCG boundaries, added on first use (the CCG file is fetched lazily): every CCG when the
// layer is on, otherwise only the CCGs inside the selected STP.
import type {GeoJSONSource, Map as MapLibreMap} from 'maplibre-gl';
import {LAYER, SOURCE} from './layer-ids';
import {COLOURS} from '../draw-spec';

import type {CcgShapes, CcgVisibility} from '../map-view';

export class CcgLayer {
  private added = false;
  constructor(private map: MapLibreMap) {}

  show(shapes: CcgShapes | null, visible: CcgVisibility): void {
    if (!shapes || (!visible.all && !visible.stp)) {
      if (this.added) this.map.setLayoutProperty(LAYER.ccgLine, 'visibility', 'none');
      return;
    }
    if (!this.added) {
      this.map.addSource(SOURCE.ccgs, {type: 'geojson', data: shapes});
      this.map.addLayer(
        {
          id: LAYER.ccgLine,
          type: 'line',
          source: SOURCE.ccgs,
          layout: {'line-join': 'round'},
          // Dark grey dashes: 3:1 against every region fill, and unlike the solid region lines.
          paint: {'line-color': COLOURS.ccgLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1, 9, 2.2], 'line-dasharray': [3, 2]},
        },
        LAYER.regionOutline,
      );
      this.added = true;
    } else {
      (this.map.getSource(SOURCE.ccgs) as GeoJSONSource).setData(shapes);
    }
    this.map.setFilter(LAYER.ccgLine, visible.all ? null : ['==', ['get', 'stpCode'], visible.stp]);
    this.map.setLayoutProperty(LAYER.ccgLine, 'visibility', 'visible');
  }
}
