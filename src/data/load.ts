// Loads and validates the committed data files. Every failure becomes a DataError that names
// the file and says what is wrong, so the UI can show it instead of a blank page.
import type {z} from '../zod';
import {contextTopologySchema, optionsFileSchema, stpTopologySchema} from './schemas';
import {assembleData, DataError, type FootprintData} from './assemble';
import {DATA_URLS, type DataFileName} from './urls';

export {DataError, type FootprintData};

export async function fetchValidated<S extends z.ZodMiniType>(
  name: DataFileName,
  schema: S,
  fetcher: typeof fetch = fetch,
): Promise<z.infer<S>> {
  let response: Response;
  try {
    response = await fetcher(DATA_URLS[name]);
  } catch {
    throw new DataError(name, `The data file ${name} could not be downloaded. Check your connection and reload.`);
  }
  if (!response.ok) {
    throw new DataError(name, `The data file ${name} is missing (the server answered ${response.status}).`);
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DataError(name, `The data file ${name} is corrupt: it is not valid JSON.`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.length ? ` at ${first.path.join('.')}` : '';
    throw new DataError(name, `The data file ${name} is not in the expected format${where}: ${first?.message}.`);
  }
  return parsed.data;
}

export async function loadFootprintData(fetcher: typeof fetch = fetch): Promise<FootprintData> {
  const [stpTopology, contextTopology, optionsFile] = await Promise.all([
    fetchValidated('stps.topo.json', stpTopologySchema, fetcher),
    fetchValidated('context.topo.json', contextTopologySchema, fetcher),
    fetchValidated('options.json', optionsFileSchema, fetcher),
  ]);
  return assembleData(stpTopology, contextTopology, optionsFile);
}
