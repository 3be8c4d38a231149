// A picture of the map as drawn, for the PNG export. The WebGL drawing buffer is cleared after
// each frame (preserveDrawingBuffer is off, which keeps rendering fast), so the pixels are read
// inside a render callback, while the frame is still in the buffer. Region labels are HTML
// markers, not in the canvas, so their positions travel with the picture to be drawn on top.
import type {Map as MapLibreMap} from 'maplibre-gl';

import type {MapSnapshot} from '../map-view';

export function snapshotMap(
  map: MapLibreMap,
  /** The region names as placed on screen, CSS pixels (region-labels.ts). */
  labels: {text: string; x: number; y: number}[],
): Promise<MapSnapshot> {
  return new Promise((resolve, reject) => {
    map.once('render', () => {
      try {
        const canvas = map.getCanvas();
        const width = canvas.clientWidth;
        const height = canvas.clientHeight;
        resolve({
          dataUrl: canvas.toDataURL('image/png'),
          width,
          height,
          pixelRatio: width ? canvas.width / width : 1,
          labels: labels.filter((l) => l.x >= 0 && l.y >= 0 && l.x <= width && l.y <= height),
        });
      } catch (err) {
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
    map.triggerRepaint();
  });
}
