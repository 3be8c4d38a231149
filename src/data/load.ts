// Loads and validates the committed data files. Every failure becomes a DataError that names
// the file and says what is wrong, so the UI can show it instead of a blank page.
import {feature} from 'topojson-client';
import type {Feature, FeatureCollection, MultiPolygon, Polygon} from 'geojson';
import type {z} from '../zod';
import type {BoundaryOption, Stp} from '../domain/types';
import {optionProblems} from '../domain/options';
import {contextTopologySchema, optionsFileSchema, stpTopologySchema, type StpTopology} from './schemas';
import {DATA_URLS, type DataFileName} from './urls';

export class DataError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'DataError';
  }
}

export interface FootprintData {
  stps: Stp[];
  stpTopology: StpTopology;
  stpShapes: FeatureCollection<Polygon | MultiPolygon, Stp>;
  context: FeatureCollection<Polygon | MultiPolygon, {code: string; name: string}>;
  options: BoundaryOption[];
}

export async function fetchValidated<S extends z.ZodTypeAny>(
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
  const stpShapes = feature(stpTopology as never, stpTopology.objects.stps as never) as unknown as FootprintData['stpShapes'];
  const stps = stpShapes.features.map((f: Feature<Polygon | MultiPolygon, Stp>) => f.properties);
  const options = optionsFile.options as BoundaryOption[];
  for (const option of options) {
    const problems = optionProblems(option, stps);
    if (problems.length) {
      throw new DataError('options.json', `Option "${option.title}" does not fit the STPs: ${problems.slice(0, 3).join('; ')}.`);
    }
  }
  const context = feature(contextTopology as never, contextTopology.objects.countries as never) as unknown as FootprintData['context'];
  return {stps, stpTopology, stpShapes, context, options};
}
