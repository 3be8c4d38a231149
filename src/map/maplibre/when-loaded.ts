// The first load of a MapLibre map, as a promise. Only what happens before the load is this
// promise's business: an error before it means the map will never draw (it is removed, so it
// keeps neither its canvas nor MapLibre's workers); an error after it (a tile, a late style
// message) must leave the working map alone.
import type {Map as MapLibreMap} from 'maplibre-gl';

type LoadingMap = Pick<MapLibreMap, 'once' | 'off' | 'remove'>;

/** Resolves with `ready()` on the map's `load`; rejects with `failed(message)` on an `error`
 * before it, after removing the map. */
export function whenLoaded<T>(
  map: LoadingMap,
  ready: () => T,
  failed: (message: string) => Error,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const onError = (e: {error?: {message?: string}}) => {
      map.off('load', onLoad);
      map.remove();
      reject(failed(e.error?.message ?? 'map error'));
    };
    const onLoad = () => {
      map.off('error', onError);
      resolve(ready());
    };
    map.once('error', onError);
    map.once('load', onLoad);
  });
}
