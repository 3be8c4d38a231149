// The PNG export needs the map's pixels, but components never hold the map: src/map/connect.ts
// hands over a snapshot function while a map is on screen, and takes it back on unmount.
import type {MapSnapshot} from '../../map/map-view';

export type {MapSnapshot};

let source: (() => Promise<MapSnapshot>) | null = null;

export function provideMapSnapshot(take: () => Promise<MapSnapshot>): () => void {
  source = take;
  return () => {
    if (source === take) source = null;
  };
}

/** The map as drawn, or null when there is no map (no WebGL, still loading). */
export async function takeMapSnapshot(): Promise<MapSnapshot | null> {
  return source ? source() : null;
}
