// The WebGL renderer's chunk: import()ed only when MapLibre is wanted, after first paint.
export {createMapLibreView} from './open-map';
export type {MapLibreView} from './maplibre-view';
