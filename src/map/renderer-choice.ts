// Which renderer a page asks for: the link's `renderer=svg|webgl` (any case; an invalid value is
// reported by the link message, src/state/link-params.ts), else the page's default (the app:
// WebGL after an SVG first paint; the embed: SVG, light for the public).
import {readRenderer} from '../state/link-params';
import type {MapRenderer} from './map-view';

/** The app draws WebGL after its SVG first paint; the embed stays SVG (light for the public). */
export const APP_RENDERER: MapRenderer = 'webgl';
export const EMBED_RENDERER: MapRenderer = 'svg';

export function chooseRenderer(search: string, fallback: MapRenderer): MapRenderer {
  return readRenderer(new URLSearchParams(search)).renderer ?? fallback;
}
