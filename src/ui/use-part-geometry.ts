// The loaded parts' geometry for the static maps (side-by-side, board pack) that draw split areas
// part by part (issue 19). Not a load trigger: the page loads the part layer whenever an option
// that moves parts can be shown (ui/use-data.ts, the builder), and these maps redraw once it is in.
import type {GeographyFiles} from '../data/lazy';
import type {PartGeometry} from '../map/map-view';
import {usePartLayer} from '../state/part-layer';

/** The part layer's geometry if loaded for `data`'s geography, else null. */
export function usePartGeometry(data: GeographyFiles): PartGeometry | null {
  return usePartLayer((s) => (s.geographyId === data.geography.id ? s.geometry : null));
}
