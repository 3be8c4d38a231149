// The app's data assembled from its validated files: no fetching and no bundler-only imports,
// so the build's prerender step (scripts/prerender.tsx) makes exactly the data the page makes.
import {feature} from 'topojson-client';
import type {Feature, FeatureCollection, MultiPolygon, Polygon} from 'geojson';
import type {z} from './zod';
import type {BoundaryOption, Stp} from '../domain/types';
import {optionProblems} from '../domain/options';
import type {contextTopologySchema, optionsFileSchema, StpTopology} from './schemas';

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

/** The app's data from the three validated files (shared with the build's prerender step).
 * Throws a DataError naming options.json when an option does not fit the STPs. */
export function assembleData(
  stpTopology: StpTopology,
  contextTopology: z.infer<typeof contextTopologySchema>,
  optionsFile: z.infer<typeof optionsFileSchema>,
): FootprintData {
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
