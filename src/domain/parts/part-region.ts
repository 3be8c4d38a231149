// Where a part is under an option: its own region if the option moves it on its own
// (partAssignments), else its area's. Every part-level figure goes through partRegionId, so no
// view can place a part differently.
import type {BoundaryOption, RegionId} from '../types';
import type {Part} from './part-types';

type Placing = Pick<BoundaryOption, 'assignments' | 'partAssignments'>;

/** The region id of `part` under `option`: `partAssignments[part.code] ?? assignments[part.areaCode]`;
 * undefined when neither assigns it (an incomplete user option). Never throws. */
export function partRegionId(
  option: Placing,
  part: Pick<Part, 'code' | 'areaCode'>,
): RegionId | undefined {
  return option.partAssignments?.[part.code] ?? option.assignments[part.areaCode];
}

/** The parts of each area, in `parts` order; areas in order of first appearance. */
export function partsByArea<P extends Pick<Part, 'areaCode'>>(
  parts: readonly P[],
): Map<string, P[]> {
  const byArea = new Map<string, P[]>();
  for (const p of parts) {
    const list = byArea.get(p.areaCode);
    if (list) list.push(p);
    else byArea.set(p.areaCode, [p]);
  }
  return byArea;
}

/** Whether the option has any part assignment at all (the cheap test every view makes before
 * it loads parts or totals part by part; movesParts says whether one really moves). */
export const hasPartAssignments = (o: Pick<BoundaryOption, 'partAssignments'>): boolean =>
  Object.keys(o.partAssignments ?? {}).length > 0;

/** Whether the option places any part away from its area's region (an option with an empty or
 * redundant partAssignments does not). */
export function movesParts(
  option: Placing,
  parts: readonly Pick<Part, 'code' | 'areaCode'>[],
): boolean {
  if (!option.partAssignments) return false;
  return parts.some((p) => partRegionId(option, p) !== option.assignments[p.areaCode]);
}
