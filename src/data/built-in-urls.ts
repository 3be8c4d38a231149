// The built-in geographies' data files (data/<id>/*.json, built by `npm run data`) as the hashed
// asset URLs Vite makes of them, keyed by source path ("../../data/<id>/<name>"). One map for the
// loader (geography-files.ts) and the start-up prefetch (startup-fetch.ts), which loads before
// the app's code and so must stay a small module with no imports.
export const BUILT_IN_URLS = import.meta.glob('../../data/*/*.json', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;
