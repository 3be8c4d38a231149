// What a map needs to draw an option that splits areas (issue 19): which areas to draw part by
// part, each part's area (for the outline rule, outline-rule.ts) and the parts to fill with
// their own region's colour. Every renderer and static map takes these, so none decides on its own
// which areas are split.
import type {SplitUnits} from '../outline-rule';
import type {BoundaryOption, RegionId} from '../types';
import {areaSplits} from './area-splits';
import {partRegionId} from './part-region';
import type {Part} from './part-types';

type Placing = Pick<BoundaryOption, 'assignments' | 'partAssignments' | 'regions'>;

/** A part of a split area, with the region it is drawn in (undefined: none, drawn as no region). */
export interface SplitPart {
  code: string;
  areaCode: string;
  regionId: RegionId | undefined;
}

export interface SplitDrawing extends SplitUnits {
  /** The parts of the split areas, in `parts` order. */
  parts: SplitPart[];
}

/**
 * The split areas of `option` over `parts` and their parts, or null when it splits none (then a
 * map draws exactly as without parts). Never throws.
 */
export function splitDrawing(
  option: Placing,
  parts: readonly Pick<Part, 'code' | 'areaCode'>[],
): SplitDrawing | null {
  if (!option.partAssignments) return null;
  const split = new Set(areaSplits(option, parts).map((s) => s.areaCode));
  if (split.size === 0) return null;
  return {
    split,
    areaOf: new Map(parts.map((p) => [p.code, p.areaCode])),
    parts: parts
      .filter((p) => split.has(p.areaCode))
      .map((p) => ({code: p.code, areaCode: p.areaCode, regionId: partRegionId(option, p)})),
  };
}
