// Which renderer a page asks for: the link's `renderer=svg|webgl` (any case), else the page's
// default (the app: WebGL after an SVG first paint; the embed: SVG, light for the public).
import type {MapRenderer} from './map-view';

/** The renderer named by `search`'s `renderer` parameter, or `fallback` when it names none we
 * know (the link message reports an unknown value). */
export function chooseRenderer(search: string, fallback: MapRenderer): MapRenderer {
  const asked = new URLSearchParams(search).get('renderer')?.trim().toLowerCase();
  return asked === 'svg' || asked === 'webgl' ? asked : fallback;
}
