// Checks a user-built option before it is shared: every unit in a region the option has, no
// empty regions, every region in one piece, and populations not far from an equal share. Each
// problem is a sentence a board member can act on, plus the units the map should focus on.
import type {BoundaryOption, RegionId} from '../types';
import {balanceOf, outOfBalance, type Balance} from './balance';
import {capitalise, formatCount} from '../format';
import {piecesOf, prepareGeography, regionIndexOf, UNASSIGNED, UNKNOWN_REGION} from './contiguity';
import {
  inWords,
  listNames,
  AREA_NOUN,
  type Adjacency,
  type AssignableUnit,
  type UnitNoun,
} from './units';
import {unitNames} from '../unit-index';
import type {Part} from '../parts/part-types';
import {partBalanceOf} from './part-balance';
import {partsMovedInto} from './part-edit';
import type {Noun} from '../types';
import {DEFAULT_GROUP_NOUN, withArticle} from '../geography';

/** What a group is called where no option says (the 2018 geography's word). */
const REGIONS: Noun = DEFAULT_GROUP_NOUN;

export type ProblemKind =
  'unassigned' | 'unknown-region' | 'empty-region' | 'split-region' | 'imbalance';

export interface Problem {
  kind: ProblemKind;
  /** One plain-English sentence or two, naming regions and units by name. */
  message: string;
  /** Codes of the units the map should focus on (for a split region, the cut-off pieces). */
  units: string[];
  regionId?: RegionId;
}

/** Something the user should know that is not wrong, e.g. the island rule was applied. */
export interface Note {
  kind: 'no-land-border';
  message: string;
  /** [the unit without a land border, the unit it is counted as touching] */
  units: string[];
}

export interface OptionCheck {
  problems: Problem[];
  notes: Note[];
  balance: Balance;
}

/**
 * Everything wrong with `option` as a set of regions over `units`, in this order: units in no
 * region; units in a region the option does not list; regions with no units; regions in more
 * than one piece (adjacency as from areaNeighbours, with the island rule of effectiveAdjacency);
 * regions under half or over twice an equal share of the population (EQUAL_SHARE_BOUNDS).
 * Assignments naming codes that are not units are ignored. `noun` names the units in messages.
 * With `parts` (every part of the loaded part layer), balance is weighed at part
 * granularity (part-balance.ts) and a region holding only parts moved on their own is not
 * empty; contiguity stays at area level. Without `parts`, partAssignments are not looked at.
 * `groups`: what the option calls its groups (groupNounOf: "ICB", "cluster"), "region" by default.
 * Never throws; an option with no problems has `problems: []`. Time: O(units + parts + edges + regions).
 */
export function checkOption(
  option: BoundaryOption,
  units: readonly AssignableUnit[],
  adjacency: Adjacency,
  noun: UnitNoun = AREA_NOUN,
  parts?: readonly Part[],
  groups: Noun = REGIONS,
): OptionCheck {
  const aGroup = withArticle(groups.one);
  const name = unitNames(units);
  const names = (codes: readonly string[]) => listNames(codes.map(name));
  const regionName = new Map(option.regions.map((r) => [r.id, r.name]));
  const problems: Problem[] = [];

  const geography = prepareGeography(adjacency, units);
  const regionIndex = regionIndexOf(option, units);
  const unassigned = units.filter((_, i) => regionIndex[i] === UNASSIGNED).map((u) => u.code);
  if (unassigned.length > 0) {
    const verb = unassigned.length === 1 ? 'is' : 'are';
    problems.push({
      kind: 'unassigned',
      units: unassigned,
      message: `${names(unassigned)} ${verb} not in any ${groups.one} yet. Put ${unassigned.length === 1 ? 'it' : 'each'} in ${aGroup}.`,
    });
  }

  const unknown = new Map<string, string[]>();
  units.forEach((u, i) => {
    if (regionIndex[i] !== UNKNOWN_REGION) return;
    const id = option.assignments[u.code]!;
    const list = unknown.get(id) ?? [];
    if (list.length === 0) unknown.set(id, list);
    list.push(u.code);
  });
  for (const [id, codes] of unknown) {
    problems.push({
      kind: 'unknown-region',
      units: codes,
      message: `${names(codes)} ${codes.length === 1 ? 'is' : 'are'} in ${aGroup} called “${id}” that this option does not have. Move ${codes.length === 1 ? 'it' : 'them'} to one of its ${groups.many}.`,
    });
  }

  const pieces = piecesOf(option, geography, units, regionIndex);
  for (const {regionId, pieces: list} of pieces) {
    const region = regionName.get(regionId)!;
    if (list.length === 0 && !(parts && partsMovedInto(option, regionId).length)) {
      problems.push({
        kind: 'empty-region',
        regionId,
        units: [],
        message: `${region} has no ${noun.many}. Move at least one ${noun.one} into it, or remove it.`,
      });
    }
  }
  for (const {regionId, pieces: list} of pieces) {
    if (list.length < 2) continue;
    const cut = list.slice(1).flat();
    const region = regionName.get(regionId)!;
    problems.push({
      kind: 'split-region',
      regionId,
      units: cut,
      message: `${region} is in ${inWords(list.length)} pieces: ${names(cut)} ${cut.length === 1 ? 'does' : 'do'} not touch the rest of ${region}. ${capitalise(aGroup)} should be one piece of land.`,
    });
  }

  const byParts = parts ? partBalanceOf(option, units, parts) : null;
  const balance = byParts?.balance ?? balanceOf(option, units, regionIndex);
  for (const r of outOfBalance(balance)) {
    const at = option.regions.indexOf(r.region);
    const codes =
      byParts?.areaCodes.get(r.region.id) ??
      units.filter((_, i) => regionIndex[i] === at).map((u) => u.code);
    const side = r.ofEqualShare < 1 ? 'under half' : 'over twice';
    problems.push({
      kind: 'imbalance',
      regionId: r.region.id,
      units: codes,
      message: `${r.region.name} has ${side} an equal share of the people: ${formatCount(r.population)} against an equal share of ${formatCount(balance.equalShare)} (${r.ofEqualShare.toFixed(2)} times).`,
    });
  }

  const notes: Note[] = geography.notes.map(({unit, nearest}) => ({
    kind: 'no-land-border',
    units: [unit, nearest],
    message: `${name(unit)} has no land border with another ${noun.one}; it is counted as touching ${name(nearest)}, the nearest.`,
  }));
  return {problems, notes, balance};
}

/** The balance in words, e.g. "The largest region, Midlands (10,563,849 people), is 1.88 times
 * the smallest, South West (5,605,997)."; `groups`: the option's noun for its groups
 * (groupNounOf: "The largest ICB, …"), "region" by default. */
export function balanceInWords(balance: Balance, groups: Noun = REGIONS): string {
  const {largest, smallest, largestOverSmallest} = balance;
  if (!largest || !smallest) return `No ${groups.one} has any people yet.`;
  if (largest === smallest)
    return `${largest.region.name} is the only ${groups.one} with anything in it.`;
  const times =
    largestOverSmallest === null ? 'is larger than' : `is ${largestOverSmallest.toFixed(2)} times`;
  return `The largest ${groups.one}, ${largest.region.name} (${formatCount(largest.population)} people), ${times} the smallest, ${smallest.region.name} (${formatCount(smallest.population)}).`;
}
