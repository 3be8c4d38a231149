// Words for one flow, shared by the map tooltip and the flow list so both say the same thing.
import type {FlowDataset} from './flow-dataset';
import {measureLabel} from './flow-dataset';
import type {AreaFlow} from './flows';
import {capitalise, formatCount, formatPercent} from './format';
import type {BoundaryOption, AreaCode} from './types';

export interface FlowWords {
  title: string;
  lines: string[];
}

/** Title "A → B"; then volume with unit, share of the origin's total, the region crossing
 * under the option shown, and what is measured over which period. */
export function describeFlow(
  flow: AreaFlow,
  dataset: FlowDataset,
  option: BoundaryOption,
  nameOf: (code: AreaCode) => string,
  originTotal: number | undefined,
): FlowWords {
  const from = nameOf(flow.origin);
  const to = nameOf(flow.destination);
  const regionName = (code: AreaCode) =>
    option.regions.find((r) => r.id === option.assignments[code])?.name;
  const rFrom = regionName(flow.origin);
  const rTo = regionName(flow.destination);
  const lines = [`${formatCount(flow.volume)} ${dataset.unit}`];
  if (originTotal && originTotal > 0)
    lines.push(`${formatPercent(flow.volume / originTotal)} of everything from ${from}`);
  if (rFrom && rTo)
    lines.push(
      rFrom === rTo
        ? `Within ${rFrom} (${option.title})`
        : `Crosses from ${rFrom} to ${rTo} (${option.title})`,
    );
  lines.push(capitalise(measureLabel(dataset)));
  return {title: `${from} → ${to}`, lines};
}
