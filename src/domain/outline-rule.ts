// The one rule for which lines outline regions, used by both ways of drawing them: topojson's
// mesh for the SVG maps and the builder (region-shapes.ts), and the edges the WebGL map switches
// on and off (unit-edges.ts). tests/unit/unit-edges.test.ts checks the two draw the same lines.
import type {BoundaryOption} from './types';

/** Whether the line between `unit` and `neighbour` (null: no unit on the other side, i.e. the
 * coast or the land border) outlines a region under `option`: always for the coast and border;
 * between two units, when the option puts them in different regions. Two units the option
 * leaves without a region are not divided by it (an unfinished user option draws no line
 * between them), but one without a region is divided from one with. */
export function isRegionOutline(option: Pick<BoundaryOption, 'assignments'>, unit: string, neighbour: string | null): boolean {
  return neighbour === null || option.assignments[unit] !== option.assignments[neighbour];
}
