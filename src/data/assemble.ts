// The app's data assembled from its validated files: no fetching and no bundler-only imports,
// so the build's prerender step (scripts/prerender.tsx) makes exactly the data the page makes.
import {feature} from 'topojson-client';
import type {Feature, FeatureCollection, MultiPolygon, Polygon} from 'geojson';
import type {Geography} from '../domain/geography';
import type {BoundaryOption, Area} from '../domain/types';
import {optionProblems} from '../domain/options';
import type {ContextTopology, OptionsFile, AreaTopology} from './schemas';

export class DataError extends Error {
  /** `missing`: the server said the file is not there (404), as opposed to broken or unreachable. */
  constructor(
    readonly file: string,
    message: string,
    readonly missing = false,
  ) {
    super(message);
    this.name = 'DataError';
  }
}

export interface FootprintData {
  /** The geography's manifest: its words, codes, bounds, default option and files. */
  geography: Geography;
  /** The URL of one of the geography's files, by the name its manifest gives. */
  fileUrl(name: string): string;
  /** Messages about the link's geography (an unknown one, shown the default instead). */
  geographyMessages: string[];
  areas: Area[];
  areaTopology: AreaTopology;
  areaShapes: FeatureCollection<Polygon | MultiPolygon, Area>;
  context: FeatureCollection<Polygon | MultiPolygon, {code: string; name: string}>;
  options: BoundaryOption[];
}

/** The app's data from the geography's validated start-up files (shared with the build's
 * prerender step). Throws a DataError naming the options file when an option does not fit the
 * areas. `fileUrl` resolves the manifest's other file names for loading on first use. */
export function assembleData(
  geography: Geography,
  areaTopology: AreaTopology,
  contextTopology: ContextTopology,
  optionsFile: OptionsFile,
  fileUrl: (name: string) => string = (name) => name,
): FootprintData {
  const areaShapes = feature(areaTopology as never, areaTopology.objects.areas as never) as unknown as FootprintData['areaShapes'];
  const areas = areaShapes.features.map((f: Feature<Polygon | MultiPolygon, Area>) => f.properties);
  const options = optionsFile.options as BoundaryOption[];
  for (const option of options) {
    const problems = optionProblems(option, areas, geography.areas.noun, geography.regionNoun);
    if (problems.length) {
      throw new DataError(geography.files.options, `Option "${option.title}" does not fit the ${geography.areas.noun.many}: ${problems.slice(0, 3).join('; ')}.`);
    }
  }
  const context = feature(contextTopology as never, contextTopology.objects.context as never) as unknown as FootprintData['context'];
  return {geography, fileUrl, geographyMessages: [], areas, areaTopology: areaTopology, areaShapes, context, options};
}
