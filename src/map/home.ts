// England's home view, the same for both renderers and the prerendered map: England's bounds
// grown by HOME_PAD per side and fitted into the map's box, as an SVG viewBox with "meet" does.
import {fitView, HOME_PAD} from '../domain/projection';
import type {MapViewport} from '../state/store';
import {ENGLAND_BOUNDS} from './map-view';

/** The view that shows all of England in a `width` × `height` CSS pixel map. */
export function homeViewport(width: number, height: number): MapViewport {
  return fitView(ENGLAND_BOUNDS, width, height, {relativePad: HOME_PAD});
}
