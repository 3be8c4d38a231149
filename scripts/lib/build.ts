// The whole data build as one pure-ish function: raw folder in, file path (inside data/) →
// contents out. Writing and checking are separate (build-data.ts, check-data.ts) so both share
// this. Each geography is a folder named by its id, holding its manifest and the files it lists.
import type {Topology} from 'topojson-specification';
import {
  areaTopologySchema,
  contextTopologySchema,
  districtsFileSchema,
  optionsFileSchema,
  partTopologySchema,
} from '../../src/data/schemas';
import {areaFlowsFileSchema, partTrustFlowsFileSchema} from '../../src/data/flow-schemas';
import {
  catalogueOf,
  geographyCatalogueSchema,
  geographyManifestSchema,
} from '../../src/data/manifest-schema';
import {buildFlows} from './flows';
import {attachCcgProperties} from './ccg-shapes';
import {readCcgs} from './ccgs';
import {buildDistricts} from './districts';
import {ccgGridAreas, ccgTopology, contextTopology, stpTopology} from './geometry';
import {ccgAreas} from './ccg-areas';
import {checkPartSums} from './part-sums';
import {buildOptions} from './options';
import {BuildError, RawFolder} from './raw';
import {attachStpProperties, crossCheckPopulations} from './stps';
import {renameCountries} from './context';
import {MANIFEST_2018} from './manifest';
import {checkBoundsHold} from './bounds';
import {buildEngland2026} from './england-2026/build';
import {MANIFEST_2026} from './england-2026/manifest';

export type BuildOutput = Map<string, string>;

export async function buildAll(rawDir: string): Promise<BuildOutput> {
  const raw = new RawFolder(rawDir);
  const ccgs = readCcgs(raw);
  const g = MANIFEST_2018;

  const stpTopo = await stpTopology(raw.path('stpShapes'));
  const stps = attachStpProperties(stpTopo, ccgs);
  crossCheckPopulations(raw, stps);
  checkBoundsHold(stpTopo, g.bounds);
  const stpCodes = stps.map((s) => s.code);

  const ccgTopo = await ccgTopology(raw.path('ccgShapes'));
  const mappedCcgs = attachCcgProperties(
    ccgTopo,
    ccgs,
    ccgAreas(stps, ccgs, await ccgGridAreas(raw.path('ccgShapes'))),
  );

  const contextTopo = await contextTopology(raw.path('countryShapes'));
  renameCountries(contextTopo);

  const options = {options: buildOptions(raw, stpCodes, ccgs)};
  const districts = {districts: buildDistricts(raw, new Set(stpCodes))};
  const flows = await buildFlows(raw, new Set(stpCodes), ccgs);
  checkPartSums({
    stps,
    ccgs: mappedCcgs,
    districts: districts.districts,
    flowResidents: flows.ccgTrust.residents,
  });

  const out: BuildOutput = new Map();
  const put = (file: string, text: string) => out.set(`${g.id}/${file}`, text);
  const f = g.files;
  put('manifest.json', validated('manifest.json', geographyManifestSchema, g, 2));
  put(f.areas, validated(f.areas, areaTopologySchema(g), stpTopo));
  put(f.parts!, validated(f.parts!, partTopologySchema(g, g.parts!), ccgTopo));
  put(f.context, validated(f.context, contextTopologySchema, contextTopo));
  put(f.options, validated(f.options, optionsFileSchema(g), options, 2));
  put(f.districts!, validated(f.districts!, districtsFileSchema(g, g.districts!), districts));
  put(f.areaFlows!, validated(f.areaFlows!, areaFlowsFileSchema(g), flows.stp));
  put(
    f.partTrustFlows!,
    validated(f.partTrustFlows!, partTrustFlowsFileSchema(g, g.parts!), flows.ccgTrust),
  );
  for (const [file, text] of (await buildEngland2026(rawDir)).files) out.set(file, text);
  out.set(
    'geographies.json',
    validated(
      'geographies.json',
      geographyCatalogueSchema,
      catalogueOf([g, MANIFEST_2026], g.id),
      2,
    ),
  );
  return out;
}

interface Schema {
  safeParse(v: unknown): {
    success: boolean;
    error?: {issues: {path: PropertyKey[]; message: string}[]};
  };
}

/** Validate with the same schema the app loads with, then serialise deterministically. */
export function validated(name: string, schema: Schema, value: unknown, indent?: number): string {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issues = result.error!.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new BuildError(`${name} fails its schema: ${issues.join('; ')}`);
  }
  return JSON.stringify(value as Topology, null, indent) + '\n';
}
