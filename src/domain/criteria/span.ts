// Span of oversight (issue 12): how much one regional team oversees. The board paper worries
// about "the complexity of supporting systems across large geographies", so each region's areas,
// parts and area are counted.
import type {BoundaryOption, RegionId, Area} from '../types';

export interface RegionSpan {
  areas: number;
  parts: number;
  /** km², summed from the areas (computed on the British National Grid in the data build). */
  areaKm2: number;
}

/**
 * areas, parts (April 2018) and area per region of `option`, for every region it lists (zeros for
 * a region with no area). Units not assigned, or assigned to a region the option does not list,
 * are not counted anywhere.
 */
export function regionSpans(
  option: BoundaryOption,
  units: readonly Area[],
): Map<RegionId, RegionSpan> {
  const spans = new Map<RegionId, RegionSpan>(
    option.regions.map((r) => [r.id, {areas: 0, parts: 0, areaKm2: 0}]),
  );
  for (const unit of units) {
    const id = option.assignments[unit.code];
    const span = id === undefined ? undefined : spans.get(id);
    if (!span) continue;
    span.areas += 1;
    span.parts += unit.partCount;
    span.areaKm2 += unit.areaKm2;
  }
  return spans;
}
