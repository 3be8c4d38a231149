// part boundaries, added on first use (the part file is fetched lazily): every part when the
// layer is on, otherwise only the parts inside the selected area.
import type {GeoJSONSource, Map as MapLibreMap} from 'maplibre-gl';
import {LAYER, SOURCE} from './layer-ids';
import {COLOURS} from '../draw-spec';

import type {PartShapes, PartVisibility} from '../map-view';

export class PartLayer {
  private added = false;
  constructor(private map: MapLibreMap) {}

  show(shapes: PartShapes | null, visible: PartVisibility): void {
    if (!shapes || (!visible.all && !visible.area)) {
      if (this.added) this.map.setLayoutProperty(LAYER.partLine, 'visibility', 'none');
      return;
    }
    if (!this.added) {
      this.map.addSource(SOURCE.parts, {type: 'geojson', data: shapes});
      this.map.addLayer(
        {
          id: LAYER.partLine,
          type: 'line',
          source: SOURCE.parts,
          layout: {'line-join': 'round'},
          // Dark grey dashes: 3:1 against every region fill, and unlike the solid region lines.
          paint: {
            'line-color': COLOURS.partLine,
            'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1, 9, 2.2],
            'line-dasharray': [3, 2],
          },
        },
        LAYER.regionOutline,
      );
      this.added = true;
    } else {
      (this.map.getSource(SOURCE.parts) as GeoJSONSource).setData(shapes);
    }
    this.map.setFilter(
      LAYER.partLine,
      visible.all ? null : ['==', ['get', 'areaCode'], visible.area],
    );
    this.map.setLayoutProperty(LAYER.partLine, 'visibility', 'visible');
  }
}
