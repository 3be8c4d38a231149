// The WebGL renderer's chunk: import()ed only when MapLibre is wanted, after first paint.
export {createMapLibreView, type MapLibreView} from './maplibre-view';
