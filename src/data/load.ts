// Loads and validates a geography: its manifest first, then the files it lists. Every failure
// becomes a DataError that names the file and says what is wrong, so the UI can show it
// instead of a blank page.
import type {z} from '../zod';
import type {Geography} from '../domain/geography';
import {quote} from '../domain/quote';
import {areaTopologySchema, contextTopologySchema, optionsFileSchema} from './schemas';
import {geographyManifestSchema} from './manifest-schema';
import {assembleData, DataError, type FootprintData} from './assemble';
import {DEFAULT_GEOGRAPHY_ID, locateGeography, type GeographyLocation} from './geography-files';
import {startupFetch} from './startup-fetch';
import {askedGeographyId} from './built-in-geographies';

export {DataError, type FootprintData};

/** Fetches `url` and parses it with `schema`; `name` is the file's name in messages. Throws a
 * DataError when the file cannot be fetched, is not JSON or does not fit the schema. */
export async function fetchValidated<S extends z.ZodMiniType>(
  name: string,
  url: string,
  schema: S,
  fetcher: typeof fetch = startupFetch,
): Promise<z.infer<S>> {
  let response: Response;
  try {
    response = await fetcher(url);
  } catch {
    throw new DataError(name, `The data file ${name} could not be downloaded. Check your connection and reload.`);
  }
  if (!response.ok) {
    throw new DataError(name, `The data file ${name} is missing (the server answered ${response.status}).`, response.status === 404);
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DataError(name, `The data file ${name} is corrupt: it is not valid JSON.`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new DataError(name, `The data file ${name} is not in the expected format${problemText(parsed.error)}.`);
  return parsed.data;
}

/** The first problem as " at options.0.assignments.X1: <the code pattern's own advice>". A
 * record key that fails its pattern is one zod issue ("Invalid key in record") holding the
 * pattern's own message: that message is given, since it says what the key should look like. */
function problemText(error: z.core.$ZodError): string {
  // A failed parse has at least one issue.
  const first = error.issues[0]!;
  const inner = first.code === 'invalid_key' ? first.issues[0] : undefined;
  const where = first.path.length ? ` at ${first.path.join('.')}` : '';
  return `${where}: ${inner?.message ?? first.message}`;
}

/** A geography's manifest, validated, with where its files are. */
export async function fetchManifest(location: GeographyLocation, fetcher: typeof fetch = startupFetch): Promise<Geography> {
  const manifest = await fetchValidated(`${location.id}/manifest.json`, location.manifestUrl, geographyManifestSchema, fetcher);
  if (manifest.id !== location.id) {
    throw new DataError(`${location.id}/manifest.json`, `The manifest in geographies/${location.id}/ is of another geography ("${manifest.id}").`);
  }
  return manifest;
}

/** The geography's start-up data (its manifest, areas, context and options): the files every
 * page needs before drawing the map. */
export async function loadGeographyData(location: GeographyLocation, fetcher: typeof fetch = startupFetch): Promise<FootprintData> {
  const g = await fetchManifest(location, fetcher);
  const file = <S extends z.ZodMiniType>(name: string, schema: S) => fetchValidated(name, location.fileUrl(name), schema, fetcher);
  const [areaTopology, contextTopology, optionsFile] = await Promise.all([
    file(g.files.areas, areaTopologySchema(g)),
    file(g.files.context, contextTopologySchema),
    file(g.files.options, optionsFileSchema(g)),
  ]);
  return assembleData(g, areaTopology, contextTopology, optionsFile, location.fileUrl);
}

/** The default geography's start-up data (see loadGeographyData). */
export function loadFootprintData(fetcher: typeof fetch = startupFetch): Promise<FootprintData> {
  return loadGeographyData(locateGeography(DEFAULT_GEOGRAPHY_ID)!, fetcher);
}

/**
 * The start-up data of the geography a link asks for (`asked`: its `geography=` value, null for
 * none). A geography that does not exist (an id that cannot be one, or no manifest at its place)
 * opens the default one instead, with a message naming what was asked for in
 * `geographyMessages`; a geography that exists but whose files fail rejects with the DataError.
 */
export async function loadLinkedGeography(asked: string | null, fetcher: typeof fetch = startupFetch): Promise<FootprintData> {
  const id = askedGeographyId(asked);
  if (!id || id === DEFAULT_GEOGRAPHY_ID) return loadFootprintData(fetcher);
  const location = locateGeography(id);
  try {
    if (location) return await loadGeographyData(location, fetcher);
  } catch (err) {
    if (!(err instanceof DataError && err.missing && err.file === `${id}/manifest.json`)) throw err;
  }
  const data = await loadFootprintData(fetcher);
  // Stryker disable next-line StringLiteral: `asked` is never null here (no id returned above)
  return {...data, geographyMessages: [`Unknown geography ${quote(asked ?? '')} — showing ${data.geography.title}`]};
}
