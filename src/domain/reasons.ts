// The source's reasons for where an option puts particular areas, picked for what the user is
// looking at: the areas that move in a comparison, or one area. A reason belongs to the option
// that gives it, so it is shown with that option's name whichever side of a comparison it is on.
import type {OptionComparison} from './compare';
import type {BoundaryOption, OptionReason, AreaCode} from './types';

export interface ReasonInContext {
  option: BoundaryOption;
  reason: OptionReason;
}

function reasonsTouching(
  options: readonly BoundaryOption[],
  codes: ReadonlySet<AreaCode>,
): ReasonInContext[] {
  const seen = new Set<OptionReason>();
  const found: ReasonInContext[] = [];
  for (const option of options) {
    for (const reason of option.reasons ?? []) {
      if (seen.has(reason) || !reason.areas.some((c) => codes.has(c))) continue;
      seen.add(reason);
      found.push({option, reason});
    }
  }
  return found;
}

/** B's reasons, then A's, for the areas that move between them. */
export function reasonsForComparison(comparison: OptionComparison): ReasonInContext[] {
  const moved = new Set(comparison.moves.map((m) => m.area.code));
  return reasonsTouching([comparison.b, comparison.a], moved);
}

/** Every option's reasons that mention one area. */
export function reasonsForArea(
  options: readonly BoundaryOption[],
  code: AreaCode,
): ReasonInContext[] {
  return reasonsTouching(options, new Set([code]));
}
