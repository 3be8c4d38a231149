// The flow part of the data build: read, place trusts (in an STP, then in a CCG of it), compute,
// check against the published aggregates. Returns the two file objects; build.ts validates and
// serialises them.
import type {
  PartTrustFlowsFile as CcgTrustFlowsFile,
  AreaFlowsFile as StpFlowsFile,
} from '../../../src/data/flow-schemas';
import type {RawFolder} from '../raw';
import {BuildError} from '../raw';
import {buildFlowOutputs} from './core';
import {checkAgainstExpected} from './expected';
import {locateTrusts} from './locate';
import {placeTrustsInCcgs} from './locate-ccg';
import type {Part as Ccg} from '../../../src/domain/types';
import {readExpectedFlows, readFlowTables, readTrustNames2022} from './read';
import {trustHeadquarters} from './trusts';

export async function buildFlows(
  raw: RawFolder,
  stpCodes: ReadonlySet<string>,
  ccgs: readonly Ccg[],
): Promise<{stp: StpFlowsFile; ccgTrust: CcgTrustFlowsFile}> {
  const tables = readFlowTables(raw);
  const trustCodes = [...new Set(tables.catchment.map((r) => r.trust))].sort();
  const hqs = trustHeadquarters(
    trustCodes,
    raw.csvRows('trustsEtr'),
    raw.csvRows('trustPostcodesNspl'),
    readTrustNames2022(raw),
  );
  const trusts = await placeTrustsInCcgs(
    raw.path('ccgShapes'),
    await locateTrusts(raw.path('stpShapes'), hqs),
    ccgs,
  );
  const {stp, ccgTrust, aggregates} = buildFlowOutputs({...tables, trusts});
  for (const [origin, destination] of stp.flows) {
    if (!stpCodes.has(origin) || !stpCodes.has(destination)) {
      throw new BuildError(`Flow ${origin} → ${destination} names an STP with no boundary`);
    }
  }
  checkAgainstExpected(aggregates, trusts, readExpectedFlows(raw));
  return {stp, ccgTrust};
}
