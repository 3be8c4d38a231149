// The geography's home view, the same for both renderers and the prerendered map: its bounds
// (from its manifest) grown by HOME_PAD per side and fitted into the map's box, as an SVG
// viewBox with "meet" does.
import {fitView, HOME_PAD} from '../domain/projection';
import type {LonLatBounds} from '../domain/geography';
import type {MapViewport} from '../state/store';

/** The view that shows all of `bounds` ([west, south, east, north], degrees: the manifest's)
 * in a `width` × `height` CSS pixel map. */
export function homeViewport(bounds: LonLatBounds, width: number, height: number): MapViewport {
  return fitView(bounds, width, height, {relativePad: HOME_PAD});
}
