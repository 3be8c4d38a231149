// The committed data files, read from disk for unit tests on the real geography.
import {readFileSync} from 'node:fs';
import {feature} from 'topojson-client';
import type {FeatureCollection, MultiPolygon, Polygon} from 'geojson';
import type {BoundaryOption, Part, District, Area} from '../../src/domain/types';
import type {Geography} from '../../src/domain/geography';
import {geographyManifestSchema} from '../../src/data/manifest-schema';

const json = (file: string) => JSON.parse(readFileSync(`data/england-2018/${file}`, 'utf8'));

export const areaTopology = json('stps.topo.json');
export const areaShapes = feature(
  areaTopology,
  areaTopology.objects.areas,
) as unknown as FeatureCollection<Polygon | MultiPolygon, Area>;
export const areas: Area[] = areaShapes.features.map((f) => f.properties);
export const options: BoundaryOption[] = json('options.json').options;
export const parts: Part[] = json('ccgs.topo.json').objects.parts.geometries.map(
  (g: {properties: Part}) => g.properties,
);
export const districts: District[] = json('districts.json').districts;
export const option = (id: string): BoundaryOption => options.find((o) => o.id === id)!;
export const NORTHAMPTONSHIRE = 'E54000020';
/** The 2018 geography's manifest, as the app loads it. */
export const geography: Geography = geographyManifestSchema.parse(json('manifest.json'));
/** What FootprintData carries of the geography, for tests that build their data by hand. */
export const GEOGRAPHY_2018 = {
  geography,
  fileUrl: (name: string) => `/assets/${name}`,
  geographyMessages: [] as string[],
};

/** The 2018 data as the page assembles it, with an empty context layer: for component tests that
 * render builder or map-free panels (move-part, preview-focus, region-editor-later). */
export const DATA_2018 = {
  ...GEOGRAPHY_2018,
  options,
  areas,
  areaTopology,
  areaShapes,
  context: {type: 'FeatureCollection', features: []},
};
