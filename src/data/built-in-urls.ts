// The built-in geographies' data files (data/<id>/*.json, built by `npm run data`) as the hashed
// asset URLs Vite makes of them, keyed by source path ("../../data/<id>/<name>"). One map for the
// loader (geography-files.ts) and the start-up prefetch (startup-fetch.ts), which loads beside
// the app's code, as its own small chunk: this module imports nothing.
export const BUILT_IN_URLS = import.meta.glob('../../data/*/*.json', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;
