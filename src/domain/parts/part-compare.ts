// Which units move between two options when either moves single parts (issue 19): an area whose
// parts all move the same way is a whole-area move, read as before ("Northamptonshire moves");
// an area some of whose parts move (or whose parts go different ways) is a part move, read part
// by part ("1 of Greater Manchester's 10 parts moves"). compare.ts builds the comparison from these.
import type {BoundaryOption, Region, RegionId} from '../types';
import {partMovesByArea, type AreaPartMoves} from './area-splits';
import {partsByArea} from './part-region';
import type {Part} from './part-types';
import {unitIndex} from '../unit-index';

/** The loaded parts with their names, as the comparison and the option sentences take them
 * (the UI gives the part layer's list and its PartsContext's `name`). */
export interface NamedParts {
  list: readonly Part[];
  /** e.g. "E38000182" → "Tameside and Glossop". */
  name: (code: string) => string;
}

/** One part changing region; a region is undefined where that option leaves the part without one. */
export interface ComparedPartMove {
  part: Part;
  name: string;
  /** Its region under A (A's region object). */
  from: Region | undefined;
  /** Its region under B (B's region object). */
  to: Region | undefined;
}

/** The parts of one area that change region, where the area does not move whole. */
export interface AreaPartChange<A> {
  area: A;
  /** All the area's parts. */
  partCount: number;
  /** In `parts` order; never empty. */
  moves: ComparedPartMove[];
}

/** A whole-area move found at part level: every part of the area goes from one region to another. */
export interface WholeAreaMove<A> {
  area: A;
  from: Region;
  to: Region;
}

/** Whether an option places any part on its own (a non-empty partAssignments). */
export {hasPartAssignments} from './part-region';

/**
 * Option A against option B part by part over `areas` (in their order) and `parts`: the areas
 * that move whole (every part from one region to one other, both regions real) and the areas
 * with some parts moving. An area without listed parts is compared by its own assignment, as
 * compare.ts does with no parts. Never throws.
 */
export function comparePartPlacings<A extends {code: string}>(
  a: BoundaryOption,
  b: BoundaryOption,
  areas: readonly A[],
  parts: NamedParts,
): {whole: WholeAreaMove<A>[]; partial: AreaPartChange<A>[]} {
  const regionA = new Map(a.regions.map((r) => [r.id, r]));
  const regionB = new Map(b.regions.map((r) => [r.id, r]));
  const listed = partsByArea(parts.list);
  const byCode = unitIndex(parts.list);
  const moved = new Map(partMovesByArea(a, b, parts.list).map((m) => [m.areaCode, m]));
  const whole: WholeAreaMove<A>[] = [];
  const partial: AreaPartChange<A>[] = [];
  for (const area of areas) {
    const route = listed.has(area.code)
      ? wholeRoute(moved.get(area.code))
      : {from: a.assignments[area.code], to: b.assignments[area.code]};
    if (route) {
      const from = regionA.get(route.from ?? '');
      const to = regionB.get(route.to ?? '');
      if (from && to && from.id !== to.id) whole.push({area, from, to});
      continue;
    }
    const m = moved.get(area.code);
    if (!m) continue;
    const moves = m.moves.map((x) => ({
      part: byCode.get(x.partCode)!,
      name: parts.name(x.partCode),
      from: regionA.get(x.from ?? ''),
      to: regionB.get(x.to ?? ''),
    }));
    partial.push({area, partCount: m.partCount, moves});
  }
  return {whole, partial};
}

/** The one route of an area whose every part moves the same way; null when some parts stay or
 * they go different ways; an empty route (no move) when none moves. */
function wholeRoute(
  m: AreaPartMoves | undefined,
): {from: RegionId | undefined; to: RegionId | undefined} | null {
  if (!m) return {from: undefined, to: undefined};
  const first = m.moves[0]!;
  const same =
    m.moves.length === m.partCount &&
    m.moves.every((x) => x.from === first.from && x.to === first.to);
  return same ? {from: first.from, to: first.to} : null;
}
