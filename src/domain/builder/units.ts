// The unit a user assigns to regions when building an option: an STP today, a CCG later. The
// builder's functions take this minimal shape, so they never depend on there being 42 STPs.
import type {BoundaryOption, RegionId} from '../types';

/** The least the builder needs of a unit. `Stp` (src/domain/types.ts) satisfies it. */
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

/** Which units share a land border: unit code → codes of its neighbours (as from stpNeighbours). */
export type Adjacency = ReadonlyMap<string, readonly string[]>;

/** What a message calls the units, e.g. {one: 'STP', many: 'STPs'}. */
export interface UnitNoun {
  one: string;
  many: string;
}
export const STP_NOUN: UnitNoun = {one: 'STP', many: 'STPs'};

/** The option with `unit` moved into region `to`: a new option and a new assignments object (the
 * old option is untouched, so it can be compared with or undone to). Does not check that `to`
 * is one of the option's regions: checkOption reports that. */
export function moveUnit(option: BoundaryOption, unit: string, to: RegionId): BoundaryOption {
  return {...option, assignments: {...option.assignments, [unit]: to}};
}

/** "A", "A and B", "A, B and C"; after `max` names, "A, B, C and 4 more". */
export function listNames(names: readonly string[], max = 5): string {
  if (names.length === 0) return '';
  const shown = names.length > max ? [...names.slice(0, max), `${names.length - max} more`] : [...names];
  return shown.length === 1 ? shown[0]! : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** 2 → "two"; numbers above ten stay in figures, as in plain-English style guides. */
export const inWords = (n: number): string => WORDS[n] ?? String(n);
