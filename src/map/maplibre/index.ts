// The WebGL renderer's chunk: import()ed only when MapLibre is wanted, after first paint.
export {createMapLibreView, type MapLibreView} from './maplibre-view';
// prewarm(): the page's boot (src/boot.ts) starts MapLibre's workers while the app's data and
// first render are still under way, so the first WebGL map does not wait for them; the workers
// then outlive any one map (a context restore builds a new map on the same workers).
// clearPrewarmedResources(): connect.ts lets them go when WebGL turns out not to be there.
export {prewarm, clearPrewarmedResources} from 'maplibre-gl';
