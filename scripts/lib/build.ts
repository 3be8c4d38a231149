// The whole data build as one pure-ish function: raw folder in, file name → contents out.
// Writing and checking are separate (build-data.ts, check-data.ts) so both share this.
import type {Topology} from 'topojson-specification';
import {
  ccgTopologySchema,
  contextTopologySchema,
  districtsFileSchema,
  optionsFileSchema,
  stpTopologySchema,
} from '../../src/data/schemas';
import {ccgTrustFlowsFileSchema, stpFlowsFileSchema} from '../../src/data/flow-schemas';
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
import {META} from './meta';

export type BuildOutput = Map<string, string>;

export async function buildAll(rawDir: string): Promise<BuildOutput> {
  const raw = new RawFolder(rawDir);
  const ccgs = readCcgs(raw);

  const stpTopo = await stpTopology(raw.path('stpShapes'));
  const stps = attachStpProperties(stpTopo, ccgs);
  crossCheckPopulations(raw, stps);
  const stpCodes = stps.map((s) => s.code);

  const ccgTopo = await ccgTopology(raw.path('ccgShapes'));
  const mappedCcgs = attachCcgProperties(ccgTopo, ccgs, ccgAreas(stps, ccgs, await ccgGridAreas(raw.path('ccgShapes'))));

  const contextTopo = await contextTopology(raw.path('countryShapes'));
  renameCountries(contextTopo);

  const options = {options: buildOptions(raw, stpCodes, ccgs)};
  const districts = {districts: buildDistricts(raw, new Set(stpCodes))};
  const flows = await buildFlows(raw, new Set(stpCodes), ccgs);
  checkPartSums({stps, ccgs: mappedCcgs, districts: districts.districts, flowResidents: flows.ccgTrust.residents});

  const out: BuildOutput = new Map();
  out.set('stps.topo.json', validated('stps.topo.json', stpTopologySchema, stpTopo));
  out.set('ccgs.topo.json', validated('ccgs.topo.json', ccgTopologySchema, ccgTopo));
  out.set('context.topo.json', validated('context.topo.json', contextTopologySchema, contextTopo));
  out.set('options.json', validated('options.json', optionsFileSchema, options, 2));
  out.set('districts.json', validated('districts.json', districtsFileSchema, districts));
  out.set('flows-stp.json', validated('flows-stp.json', stpFlowsFileSchema, flows.stp));
  out.set('flows-ccg-trust.json', validated('flows-ccg-trust.json', ccgTrustFlowsFileSchema, flows.ccgTrust));
  out.set('meta.json', JSON.stringify(META, null, 2) + '\n');
  return out;
}

interface Schema {
  safeParse(v: unknown): {success: boolean; error?: {issues: {path: PropertyKey[]; message: string}[]}};
}

/** Validate with the same schema the app loads with, then serialise deterministically. */
function validated(name: string, schema: Schema, value: unknown, indent?: number): string {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issues = result.error!.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new BuildError(`${name} fails its schema: ${issues.join('; ')}`);
  }
  return JSON.stringify(value as Topology, null, indent) + '\n';
}
