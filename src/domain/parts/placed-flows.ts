// Flows between "places" for an option that moves single parts (issue 19): each part the option
// places away from its area's region is a place of its own, and every other part stays in its
// area. Part flows (part-flows.ts) summed per place pair are area flows whose ends are area or
// part codes, and the option with each moved part assigned on its own places every end; so the
// flow list, the arrows, a region's destination chart and an area's breakdown use the same
// functions as for area flows (flows.ts topFlows, flow-selection.ts) with no second method.
// With no part moved apart the places are the areas and the flows are the area flows exactly
// (part flows add up to their area pair's volume).
import type {AreaFlow, BoundaryOption, RegionId} from '../types';
import {partRegionId} from './part-region';
import type {Part} from './part-types';
import type {PartFlow} from './part-flows';
import {unitIndex} from '../unit-index';

type Placing = Pick<BoundaryOption, 'assignments' | 'partAssignments'>;
type PartRef = Pick<Part, 'code' | 'areaCode'>;

/** Part code → its area's code, for each part `option` places in a region other than its area's
 * (in `parts` order). Empty for an option that moves no part apart. */
export function partsApart(option: Placing, parts: readonly PartRef[]): Map<string, string> {
  const out = new Map<string, string>();
  if (!option.partAssignments) return out;
  for (const p of parts) {
    const region = partRegionId(option, p);
    if (region !== undefined && region !== option.assignments[p.areaCode])
      out.set(p.code, p.areaCode);
  }
  return out;
}

/** `option` with each part apart (partsApart) assigned on its own, beside the areas: what the
 * area-level flow functions need to place a place flow's ends. Same object when none is apart. */
export function placedOption<O extends Placing>(option: O, apart: ReadonlyMap<string, string>): O {
  if (apart.size === 0) return option;
  const assignments: Record<string, RegionId> = {...option.assignments};
  for (const code of apart.keys()) assignments[code] = option.partAssignments![code]!;
  return {...option, assignments};
}

/**
 * Part flows summed per place pair: an end is its part's code when that part is apart, else its
 * area's code (a part flow with no part, made where the area pair had no finer flows, stays at its
 * areas). Order: first appearance of each pair; volumes in the part flows' unit. Never throws.
 */
export function placeFlows(
  flows: readonly PartFlow[],
  apart: ReadonlyMap<string, string>,
): AreaFlow[] {
  const place = (area: string, part: string | null) =>
    part !== null && apart.has(part) ? part : area;
  const sums = new Map<string, AreaFlow>();
  for (const f of flows) {
    const origin = place(f.originArea, f.originPart);
    const destination = place(f.destinationArea, f.destinationPart);
    const key = `${origin}>${destination}`;
    const s = sums.get(key);
    if (s) s.volume += f.volume;
    else sums.set(key, {origin, destination, volume: f.volume});
  }
  return [...sums.values()];
}

/** The places an area is drawn as under the option: the area itself, then its parts apart. */
export function placesOfArea(area: string, apart: ReadonlyMap<string, string>): string[] {
  const out = [area];
  for (const [part, a] of apart) if (a === area) out.push(part);
  return out;
}

/** Everything a flow view needs for one option: its flows between places, the option placing
 * them, and the places of each area (for a selected area). */
export interface PlacedFlows<O extends Placing> {
  flows: AreaFlow[];
  option: O;
  apart: ReadonlyMap<string, string>;
  areaPlaces: (area: string) => string[];
}

/** placeFlows and placedOption together, for `option` over `parts` and the part flows. */
export function placedFlowsOf<O extends Placing>(
  option: O,
  flows: readonly PartFlow[],
  parts: readonly PartRef[],
): PlacedFlows<O> {
  const apart = partsApart(option, parts);
  return {
    flows: placeFlows(flows, apart),
    option: placedOption(option, apart),
    apart,
    areaPlaces: (area) => placesOfArea(area, apart),
  };
}

/** A place's name: a part's own name for a part code, else `areaName`'s (which gives a code no
 * unit has back as itself). */
export function placeNamer(
  areaName: (code: string) => string,
  parts: readonly {code: string; name: string}[] | null,
): (code: string) => string {
  if (!parts) return areaName;
  const index = unitIndex(parts);
  return (code) => index.get(code)?.name ?? areaName(code);
}
