// The built-in geographies as a page needs them before its app's code: which one a link asks
// for and where their data files are. One module for the loader (geography-files.ts, load.ts),
// the link (state/link-params.ts) and the start-up prefetch (startup-fetch.ts), which loads
// beside the app's code as its own small chunk: this module imports only the catalogue.
import catalogue from '../../data/geographies.json';

/** The built-in geographies' data files (data/<id>/*.json, built by `npm run data`) as the
 * hashed asset URLs Vite makes of them, keyed by source path ("../../data/<id>/<name>"). */
export const BUILT_IN_URLS = import.meta.glob('../../data/*/*.json', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** The geography a link without `geography=` opens (data/geographies.json). */
export const DEFAULT_GEOGRAPHY_ID: string = catalogue.default;

/** Which geography a page shows (data/geographies.json lists the built-in ones); a link
 * without it shows the default geography, so every link made before geographies existed opens
 * as it did. Read before the data loads (src/ui/use-data.ts). */
export const GEOGRAPHY_PARAM = 'geography';

/** The geography id a link's `geography=` value names, as the loader reads it: trimmed and in
 * lower case; '' for none (the default geography). */
export function askedGeographyId(asked: string | null): string {
  return asked?.trim().toLowerCase() ?? '';
}
