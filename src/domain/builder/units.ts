// The unit a user assigns to regions when building an option: an area today, a part later. The
// builder's functions take this minimal shape, so they never depend on there being 42 areas.
import type {BoundaryOption, RegionId} from '../types';

/** The least the builder needs of a unit. `Area` (src/domain/types.ts) satisfies it. */
export interface AssignableUnit {
  /** ONS code, e.g. E54000036. */
  code: string;
  /** The name people know, used in every message, e.g. "Cornwall and Isles of Scilly". */
  name: string;
  /** People (ONS mid-year estimate). */
  population: number;
  partCount: number;
  areaKm2: number;
  /** A point inside the unit's shape, [longitude, latitude] in degrees. */
  anchor: [number, number];
}

/** Which units share a land border: unit code → codes of its neighbours (as from areaNeighbours). */
export type Adjacency = ReadonlyMap<string, readonly string[]>;

/** What a message calls the units, e.g. {one: 'area', many: 'areas'}. */
export interface UnitNoun {
  one: string;
  many: string;
}
/** The plain words for a caller that has no geography's words to give (callers in the app pass
 * the manifest's, e.g. `geography.areas.noun`). */
export const AREA_NOUN: UnitNoun = {one: 'area', many: 'areas'};

/** How a unit is named in messages, e.g. "E54000013" → "Lincolnshire". */
export type UnitName = (code: string) => string;

/** What the builder needs to move single parts: every part with its area (the UI passes the
 * loaded part layer, loadParts in src/data/lazy.ts), their names and their noun. */
export interface PartsContext {
  list: readonly PartPlace[];
  /** e.g. "E38000182" → "Tameside and Glossop", for messages and undo names. */
  name: UnitName;
  /** From the geography's manifest (`parts.noun`), e.g. {one: 'part', many: 'parts'}. */
  noun: UnitNoun;
}

/** Where a part lies: its code and its area's (the code of the area it lies in). `Part` satisfies it. */
export interface PartPlace {
  code: string;
  areaCode: string;
}

/** The option with `unit` (an area) moved into region `to`: a new option and a new assignments
 * object (the old option is untouched, so it can be compared with or undone to). Moving a whole
 * area brings all its parts with it: the overrides of its parts among `parts` are cleared (so a
 * user who moves an area gets the whole area where they put it). Does not check that `to` is one
 * of the option's regions: checkOption reports that. */
export function moveUnit(
  option: BoundaryOption,
  unit: string,
  to: RegionId,
  parts: readonly PartPlace[] = [],
): BoundaryOption {
  const moved: BoundaryOption = {...option, assignments: {...option.assignments, [unit]: to}};
  if (!option.partAssignments) return moved;
  const own = new Set(parts.filter((p) => p.areaCode === unit).map((p) => p.code));
  return withOverrides(
    moved,
    Object.entries(option.partAssignments).filter(([code]) => !own.has(code)),
  );
}

/**
 * The option with `part` placed in region `to` on its own. The one normal form: partAssignments
 * holds only parts whose region differs from their area's, so a part moved back to its area's
 * region loses its override, and an option with none has no partAssignments at all (it then
 * equals, links and saves exactly as an option from before part moves). New objects throughout.
 */
export function movePart(option: BoundaryOption, part: PartPlace, to: RegionId): BoundaryOption {
  const others = Object.entries(option.partAssignments ?? {}).filter(
    ([code]) => code !== part.code,
  );
  return withOverrides(
    option,
    option.assignments[part.areaCode] === to ? others : [...others, [part.code, to]],
  );
}

/** `option` with these part overrides, sorted by code (one order for links, files and
 * comparisons); without the field when there are none. */
function withOverrides(option: BoundaryOption, entries: [string, RegionId][]): BoundaryOption {
  const rest = {...option};
  delete rest.partAssignments;
  if (!entries.length) return rest;
  return {
    ...rest,
    partAssignments: Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
}

/** "A", "A and B", "A, B and C"; after `max` names, "A, B, C and 4 more" (never "and 1 more":
 * the one left is named, as it takes no more room). */
export function listNames(names: readonly string[], max = 5): string {
  if (names.length === 0) return '';
  const shown =
    names.length > max + 1 ? [...names.slice(0, max), `${names.length - max} more`] : [...names];
  return shown.length === 1
    ? shown[0]!
    : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** 2 → "two"; numbers above ten stay in figures, as in plain-English style guides. */
export const inWords = (n: number): string => WORDS[n] ?? String(n);
