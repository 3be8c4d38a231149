// The start-up data fetched beside the app's code, not after it (issue 21). The boot (src/boot.ts)
// calls prefetchStartupFiles() once the first paint is done, in parallel with importing the
// app's code, so the manifest and the files every page needs before drawing the map (areas,
// context, options: loadGeographyData) are on their way, or here, when the loader asks. Before,
// they were asked for only once all the app's code had arrived and run: two round trips more
// (the manifest, then its files) before the app could draw. Built-in geographies only: another
// id is the loader's to find (or refuse). Nothing here validates: the loader does, as ever.
import {
  askedGeographyId,
  BUILT_IN_URLS,
  DEFAULT_GEOGRAPHY_ID,
  GEOGRAPHY_PARAM,
} from './built-in-geographies';

export {GEOGRAPHY_PARAM};

/** The manifest's names of the files loadGeographyData fetches (src/data/load.ts). */
const STARTUP_FILES = ['areas', 'context', 'options'] as const;

/** Responses on their way, by URL; each is handed out once (a body is read once). One the
 * loader never asks for (its manifest refused) stays until the page closes: a few KB. */
const prefetched = new Map<string, Promise<Response>>();

/** Whether this page has started its prefetch (once per page: a second call does nothing). */
let started = false;

/**
 * Starts fetching the start-up files of the built-in geography the page's link asks for
 * (`search`: its query string; no `geography=`, or an empty one: the default geography), with
 * `fetcher`. Returns when the requests are sent (the files' own requests wait for the
 * manifest's response). Once per page: the boot calls it after the first paint, and the app
 * again just before it loads its data (src/ui/use-data.ts), so the manifest is on its way
 * before the loader asks, whichever code arrives first. Does nothing for an id that is not a
 * built-in geography, and never throws: a failed request is made again by the loader
 * (startupFetch).
 */
export async function prefetchStartupFiles(
  search: string,
  fetcher: typeof fetch = fetch,
): Promise<void> {
  if (started) return;
  started = true;
  const id =
    askedGeographyId(new URLSearchParams(search).get(GEOGRAPHY_PARAM)) || DEFAULT_GEOGRAPHY_ID;
  const url = (name: string) => BUILT_IN_URLS[`../../data/${id}/${name}`];
  const manifestUrl = url('manifest.json');
  if (!manifestUrl) return;
  const manifest = send(manifestUrl, fetcher);
  try {
    const files = ((await (await manifest).clone().json()) as {files?: Record<string, unknown>})
      .files;
    for (const key of STARTUP_FILES) {
      const name = files?.[key];
      const fileUrl = typeof name === 'string' ? url(name) : undefined;
      if (fileUrl) send(fileUrl, fetcher);
    }
  } catch {
    // No manifest, or not JSON: the loader fetches it again and says what is wrong.
  }
}

function send(url: string, fetcher: typeof fetch): Promise<Response> {
  const response = fetcher(url);
  // Kept for the loader even if it fails: startupFetch then fetches again.
  response.catch(() => undefined);
  prefetched.set(url, response);
  return response;
}

/**
 * fetch(url), or the response prefetchStartupFiles already has on its way for `url` (each one
 * once). A prefetched request that failed is made again, so the loader's message is about its
 * own attempt. The loader's default fetcher (src/data/load.ts).
 */
export function startupFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const url = typeof input === 'string' && !init ? input : null;
  const response = url === null ? undefined : prefetched.get(url);
  if (url === null || !response) return fetch(input, init);
  prefetched.delete(url);
  return response.then(
    (r) => (r.ok ? r : fetch(url)),
    () => fetch(url),
  );
}
