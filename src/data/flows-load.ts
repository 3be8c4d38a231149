// The patient-flow files are fetched on first use (flows shown, an area selected, or a flow
// number on screen), once per file, like the part layer in lazy.ts.
import type {PartTrustFlow, Trust} from '../domain/trust-flows';
import {partTrustFlowsFromTuples} from '../domain/trust-flows';
import {areaFlowsFromTuples} from '../domain/flows';
import type {FlowDataset} from '../domain/flow-dataset';
import {areaFlowsFileSchema, partTrustFlowsFileSchema} from './flow-schemas';
import {fetchValidated} from './load';
import {notInGeography, once, type GeographyFiles} from './lazy';

export interface PartTrustData {
  measure: string;
  unit: string;
  period: string;
  trusts: Trust[];
  flows: PartTrustFlow[];
  /** Part code → all its residents (mid-2019), the denominator of its shares. */
  residents: Map<string, number>;
}

/** The geography's built-in flows between areas. Rejects with a DataError when the file fails
 * or the geography has none. */
export function loadAreaFlows({geography: g, fileUrl}: GeographyFiles, fetcher: typeof fetch = fetch): Promise<FlowDataset> {
  const name = g.files.areaFlows;
  if (!name) return notInGeography(g, 'patient flows');
  return once(fileUrl(name), () =>
    fetchValidated(name, fileUrl(name), areaFlowsFileSchema(g), fetcher).then(
      (file): FlowDataset => ({
        kind: 'builtin',
        measure: file.measure,
        unit: file.unit,
        period: file.period,
        source: file.source,
        label: g.flowMeasure,
        flows: areaFlowsFromTuples(file.flows),
      }),
    ),
  );
}

/** The geography's flows from parts to trusts. Rejects as loadAreaFlows. */
export function loadPartTrustFlows({geography: g, fileUrl}: GeographyFiles, fetcher: typeof fetch = fetch): Promise<PartTrustData> {
  const name = g.files.partTrustFlows;
  if (!name || !g.parts) return notInGeography(g, 'flows to trusts');
  const parts = g.parts;
  return once(fileUrl(name), () =>
    fetchValidated(name, fileUrl(name), partTrustFlowsFileSchema(g, parts), fetcher).then((file) => ({
      measure: file.measure,
      unit: file.unit,
      period: file.period,
      trusts: file.trusts,
      flows: partTrustFlowsFromTuples(file.flows),
      residents: new Map(file.residents),
    })),
  );
}
