// MapLibre's workers, started early by the page's boot and let go when no WebGL map will use them.
// One place keeps the state, so a release is never attempted for workers nobody warmed, and a
// warm-up that arrives after the release (the import raced the failure) starts nothing.
import {clearPrewarmedResources, prewarm} from 'maplibre-gl';

let state: 'cold' | 'warm' | 'released' = 'cold';

/** Starts the workers ahead of the first map (src/boot.ts); no-op once warm or released. */
export function warmWorkers(): void {
  if (state !== 'cold') return;
  state = 'warm';
  prewarm();
}

/** Ends workers this module started, once the WebGL map has failed for good (connect.ts). Call
 * after the failed map is removed: MapLibre keeps workers that a map still holds. */
export function releaseWorkers(): void {
  if (state === 'warm') clearPrewarmedResources();
  state = 'released';
}
