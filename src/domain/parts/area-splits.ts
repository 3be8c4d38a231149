// Which areas an option splits, and which parts move between two options, as data: the
// sentences (split-words.ts) and any table or map are made from these.
import type {BoundaryOption, RegionId} from '../types';
import {partRegionId, partsByArea} from './part-region';
import type {Part} from './part-types';

type Placing = Pick<BoundaryOption, 'assignments' | 'partAssignments' | 'regions'>;

export interface AreaSplitGroup {
  regionId: RegionId;
  /** In `parts` order. */
  partCodes: string[];
}

export interface AreaSplit {
  areaCode: string;
  /** The region the option gives the area itself (its parts' default); undefined if none. */
  areaRegionId: RegionId | undefined;
  /** Each region holding some of the area's parts: most parts first; on a tie the area's own
   * region first, then the option's region order. */
  groups: AreaSplitGroup[];
  /** All the area's parts, placed or not. */
  partCount: number;
}

/**
 * The areas whose parts lie in two or more regions of `option`, in order of first appearance in
 * `parts`. A part the option leaves without a region is in no group (it does not make a split).
 * With no partAssignments nothing is split: []. Never throws.
 */
export function areaSplits(
  option: Placing,
  parts: readonly Pick<Part, 'code' | 'areaCode'>[],
): AreaSplit[] {
  const order = new Map(option.regions.map((r, i) => [r.id, i]));
  const splits: AreaSplit[] = [];
  for (const [areaCode, own] of partsByArea(parts)) {
    const groups = new Map<RegionId, string[]>();
    for (const p of own) {
      const id = partRegionId(option, p);
      if (id !== undefined) groups.set(id, [...(groups.get(id) ?? []), p.code]);
    }
    if (groups.size < 2) continue;
    const areaRegionId = option.assignments[areaCode];
    const rank = (id: RegionId) => (id === areaRegionId ? -1 : (order.get(id) ?? Infinity));
    const sorted = [...groups].map(([regionId, partCodes]) => ({regionId, partCodes}));
    sorted.sort(
      (x, y) => y.partCodes.length - x.partCodes.length || rank(x.regionId) - rank(y.regionId),
    );
    splits.push({areaCode, areaRegionId, groups: sorted, partCount: own.length});
  }
  return splits;
}

export interface PartMove {
  partCode: string;
  /** Region under option A; undefined where A leaves the part without one. */
  from: RegionId | undefined;
  /** Region under option B; undefined likewise. */
  to: RegionId | undefined;
}

export interface AreaPartMoves {
  areaCode: string;
  /** All the area's parts. */
  partCount: number;
  /** The parts whose region differs between A and B, in `parts` order (never empty). */
  moves: PartMove[];
}

/** Per area with at least one part changing region from `a` to `b` (whole-area moves included:
 * then every part moves), in order of first appearance in `parts`. Region ids are compared, so a
 * renamed region is not a move. */
export function partMovesByArea(
  a: Placing,
  b: Placing,
  parts: readonly Pick<Part, 'code' | 'areaCode'>[],
): AreaPartMoves[] {
  const out: AreaPartMoves[] = [];
  for (const [areaCode, own] of partsByArea(parts)) {
    const moves = own
      .map((p) => ({partCode: p.code, from: partRegionId(a, p), to: partRegionId(b, p)}))
      .filter((m) => m.from !== m.to);
    if (moves.length) out.push({areaCode, partCount: own.length, moves});
  }
  return out;
}
