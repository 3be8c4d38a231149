// Patient flows at part granularity, for options that move single parts (issue 19): where a
// part's residents are attributed, with each destination (a trust) in the region of the part
// its headquarters lies in. The magnitudes are the area-to-area flows' (the area flow file),
// each shared out among its part pairs in proportion to the part-to-destination flows
// (the part → trust flow file): both files round differently, so summing the finer file would
// put a few people's rounding noise into every region; sharing out keeps every figure of an
// option that moves no part exactly as flows.ts gives it.
import type {AreaFlow} from '../flows';
import {
  crossRegionTotalOf,
  flowTotalsByEnds,
  type CrossRegionTotal,
  type EndsOf,
  type RegionFlowTotals,
} from '../flow-ends';
import type {BoundaryOption, RegionId} from '../types';
import {shareOut} from './apportion';
import {unitIndex} from '../unit-index';
import {partRegionId} from './part-region';
import type {Part, PartDestination, PartDestinationFlow} from './part-types';

/** Residents of a part (origin) attributed to destinations whose HQ lies in a part. A part is
 * null only where the area pair had no finer flows to share by (then the area's region counts). */
export interface PartFlow {
  originArea: string;
  originPart: string | null;
  destinationArea: string;
  destinationPart: string | null;
  /** People, whole. */
  volume: number;
}

const pairKey = (a: string, b: string) => `${a}>${b}`;

/**
 * The area flows split into part flows, computed once per data set (not per option). Each area
 * pair's volume is shared out (whole people, largest remainder, adding up exactly) over its part
 * pairs weighted by the finer flows; finer flows naming an unknown part or destination are
 * ignored. Order: area flows' order, then part pairs by code. Never throws.
 */
export function partFlowsOf(
  areaFlows: readonly AreaFlow[],
  finer: readonly PartDestinationFlow[],
  destinations: readonly PartDestination[],
  parts: readonly Pick<Part, 'code' | 'areaCode'>[],
): PartFlow[] {
  const weights = finerWeights(finer, destinations, parts);
  const out: PartFlow[] = [];
  for (const f of areaFlows) {
    const pairs = weights.get(pairKey(f.origin, f.destination));
    if (!pairs) {
      out.push({
        originArea: f.origin,
        originPart: null,
        destinationArea: f.destination,
        destinationPart: null,
        volume: f.volume,
      });
      continue;
    }
    const keys = [...pairs.keys()].sort();
    const shares = shareOut(
      f.volume,
      keys.map((k) => pairs.get(k)!),
    );
    keys.forEach((k, i) => {
      const [originPart, destinationPart] = k.split('>') as [string, string];
      if (shares[i]! > 0)
        out.push({
          originArea: f.origin,
          originPart,
          destinationArea: f.destination,
          destinationPart,
          volume: shares[i]!,
        });
    });
  }
  return out;
}

/** area pair → part pair → summed finer volume. */
function finerWeights(
  finer: readonly PartDestinationFlow[],
  destinations: readonly PartDestination[],
  parts: readonly Pick<Part, 'code' | 'areaCode'>[],
): Map<string, Map<string, number>> {
  const areaOfPart = new Map(parts.map((p) => [p.code, p.areaCode]));
  const byCode = unitIndex(destinations);
  const out = new Map<string, Map<string, number>>();
  for (const f of finer) {
    const originArea = areaOfPart.get(f.part);
    const d = byCode.get(f.destination);
    if (originArea === undefined || !d) continue;
    const key = pairKey(originArea, d.areaCode);
    const inner = out.get(key) ?? new Map<string, number>();
    const partKey = pairKey(f.part, d.partCode);
    inner.set(partKey, (inner.get(partKey) ?? 0) + f.volume);
    out.set(key, inner);
  }
  return out;
}

type Placing = Pick<BoundaryOption, 'assignments' | 'partAssignments'>;

/** The region an end of a part flow lies in under `option` (its part's, else its area's). */
export function endRegion(
  option: Placing,
  area: string,
  part: string | null,
): RegionId | undefined {
  return part === null
    ? option.assignments[area]
    : partRegionId(option, {code: part, areaCode: area});
}

/** A part flow's ends under `option`: each end's part's region (its area's without a part). */
export function partEnds(option: Placing): EndsOf<PartFlow, RegionId> {
  return (f) => [
    endRegion(option, f.originArea, f.originPart),
    endRegion(option, f.destinationArea, f.destinationPart),
  ];
}

/** Per region of the option (its order, every region present): internal, outbound, inbound,
 * total and containment, as flows.ts's regionFlowTotals but with each end in its part's region.
 * Flows with an end in no region, or one the option does not list, are left out. */
export function partRegionFlowTotals(
  option: Placing & Pick<BoundaryOption, 'regions'>,
  flows: readonly PartFlow[],
): Map<RegionId, RegionFlowTotals> {
  return flowTotalsByEnds(
    option.regions.map((r) => r.id),
    partEnds(option),
    flows,
  );
}

/** Residents attributed to a trust outside their own region: all regions, and per region of
 * residence (its outbound), as flows.ts's optionCrossRegionTotal. */
export function partCrossRegionTotal(
  option: Placing & Pick<BoundaryOption, 'regions'>,
  flows: readonly PartFlow[],
): CrossRegionTotal {
  return crossRegionTotalOf(partRegionFlowTotals(option, flows));
}
