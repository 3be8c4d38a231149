// What happens to whole groups between two options over the same units: which groups of B are
// several whole groups of A merged, which groups of A are divided between groups of B (and in
// what shares of their people), which are the same units under the same or another name, and
// which units move on their own. Generic: a group is whatever an option's regions are (regions,
// ICBs, clusters); nothing here knows a geography. Worded in group-change-words.ts.
import {largestFirst} from './order';
import type {BoundaryOption, Region, RegionId} from './types';

/** A unit as the group changes need it: its code, name and people (the geography's population). */
export interface GroupUnit {
  code: string;
  name: string;
  population: number;
}

/** Part of a divided group of A that goes to one group of B. `share`: of the A group's people, 0–1. */
export interface DivisionPiece<U extends GroupUnit = GroupUnit> {
  to: Region;
  units: U[];
  population: number;
  share: number;
}

/** A group of A, gone from B (no B group has its id), whose units go to two or more B groups;
 * pieces largest first. */
export interface Division<U extends GroupUnit = GroupUnit> {
  from: Region;
  population: number;
  pieces: DivisionPiece<U>[];
}

/** A group of B and what it is made of: `wholes`, the A groups all of whose units it holds (in
 * A's order); `pieces`, the divided A groups (see Division) some of whose units it holds. */
export interface GroupMakeup {
  group: Region;
  wholes: Region[];
  pieces: Region[];
}

/** A unit that moves on its own: from an A group that B keeps (by id) to another B group. */
export interface UnitMove<U extends GroupUnit = GroupUnit> {
  unit: U;
  from: Region;
  to: Region;
}

export interface GroupChanges<U extends GroupUnit = GroupUnit> {
  /** B groups holding two or more whole A groups (and perhaps pieces of divided ones). */
  merges: GroupMakeup[];
  /** B groups holding one whole A group and pieces of divided ones ("grows"). */
  grown: GroupMakeup[];
  /** B groups made only of pieces of divided A groups. */
  formed: GroupMakeup[];
  divisions: Division<U>[];
  /** B groups with exactly one A group's units (or that one A group and single unit moves)
   * under another name. */
  renamed: {from: Region; to: Region}[];
  /** B groups with exactly one A group's units under the same name. */
  unchanged: Region[];
  /** Units that move on their own, in `units` order. */
  moves: UnitMove<U>[];
}

type Placed<U> = {unit: U; from: Region; to: Region};

/** Each unit with its A and B group; units either option leaves unplaced are left out. */
function placements<U extends GroupUnit>(
  a: BoundaryOption,
  b: BoundaryOption,
  units: readonly U[],
): Placed<U>[] {
  const regionA = new Map(a.regions.map((r) => [r.id, r]));
  const regionB = new Map(b.regions.map((r) => [r.id, r]));
  return units.flatMap((unit) => {
    const from = regionA.get(a.assignments[unit.code] ?? '');
    const to = regionB.get(b.assignments[unit.code] ?? '');
    return from && to ? [{unit, from, to}] : [];
  });
}

/** For each A group id, the B group ids its units go to. */
function destinations<U>(placed: Placed<U>[]): Map<RegionId, Set<RegionId>> {
  const out = new Map<RegionId, Set<RegionId>>();
  for (const p of placed) out.set(p.from.id, (out.get(p.from.id) ?? new Set()).add(p.to.id));
  return out;
}

function division<U extends GroupUnit>(from: Region, placed: Placed<U>[]): Division<U> {
  const mine = placed.filter((p) => p.from.id === from.id);
  const population = mine.reduce((n, p) => n + p.unit.population, 0);
  const byTo = new Map<RegionId, Placed<U>[]>();
  for (const p of mine) byTo.set(p.to.id, [...(byTo.get(p.to.id) ?? []), p]);
  const pieces = [...byTo.values()].map((ps): DivisionPiece<U> => {
    const pop = ps.reduce((n, p) => n + p.unit.population, 0);
    return {
      to: ps[0]!.to,
      units: ps.map((p) => p.unit),
      population: pop,
      share: population ? pop / population : 0,
    };
  });
  return {
    from,
    population,
    pieces: pieces.sort(
      largestFirst(
        (x) => x.population,
        (x) => x.to.id,
      ),
    ),
  };
}

/**
 * The group-level changes from option A to option B over `units` (each with its population, the
 * same units both options assign). A group of A is divided when B has no group with its id and
 * its units go to two or more B groups; a group B keeps by id that loses units loses them as
 * unit moves. Groups appear in B's (merges, grown, formed, renamed, unchanged) or A's
 * (divisions) order.
 */
export function groupChanges<U extends GroupUnit>(
  a: BoundaryOption,
  b: BoundaryOption,
  units: readonly U[],
): GroupChanges<U> {
  const placed = placements(a, b, units);
  const dest = destinations(placed);
  const idsB = new Set(b.regions.map((r) => r.id));
  const divided = new Set(
    a.regions.filter((r) => !idsB.has(r.id) && (dest.get(r.id)?.size ?? 0) >= 2).map((r) => r.id),
  );
  const divisions = a.regions.filter((r) => divided.has(r.id)).map((r) => division(r, placed));
  const out: GroupChanges<U> = {
    merges: [],
    grown: [],
    formed: [],
    divisions,
    renamed: [],
    unchanged: [],
    moves: [],
  };
  for (const group of b.regions) {
    const sources = new Set(placed.filter((p) => p.to.id === group.id).map((p) => p.from.id));
    const wholes = a.regions.filter((r) => sources.has(r.id) && dest.get(r.id)?.size === 1);
    const pieces = a.regions.filter((r) => sources.has(r.id) && divided.has(r.id));
    const makeup = {group, wholes, pieces};
    if (wholes.length >= 2) out.merges.push(makeup);
    else if (wholes.length === 1 && pieces.length) out.grown.push(makeup);
    else if (!wholes.length && pieces.length) out.formed.push(makeup);
    else if (wholes.length === 1 && wholes[0]!.name !== group.name)
      out.renamed.push({from: wholes[0]!, to: group});
    else if (wholes.length === 1 && sources.size === 1) out.unchanged.push(group);
  }
  // What is left: units leaving a group B keeps (by id) for a group that does not take it whole.
  out.moves = placed.filter(
    (p) => idsB.has(p.from.id) && p.to.id !== p.from.id && dest.get(p.from.id)!.size > 1,
  );
  return out;
}

/** Whether any group merges or is divided: the changes worth telling group by group. */
export const hasGroupChanges = (c: GroupChanges): boolean =>
  c.merges.length + c.divisions.length > 0;
