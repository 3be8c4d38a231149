// The moves of a user option's link (format: link-text.ts): `move=` for whole areas and
// `pmove=` for parts moved on their own, both "region.code.code_region.code". Each bad token
// costs only itself and is named in a message. Codes are matched regardless of case.
import {quote} from '../quote';
import type {BoundaryOption, Noun, Region, AreaCode} from '../types';
import {capitalise} from '../format';
import {FIELD, GROUP, listed} from './link-text';
import {AREA_NOUN, type PartPlace, type UnitNoun} from './units';
import {DEFAULT_GROUP_NOUN} from '../geography';

/** The regions being rebuilt: the base's (some dropped, some changed), then new ones. */
export interface Regions {
  base: BoundaryOption;
  kept: Map<string, Region>;
  dropped: Set<string>;
  added: Region[];
}

/** What the link's option calls its groups in messages: its base's own noun ("ICB",
 * "cluster"), or "region" for a base without one (every 2018 option). */
export function groupsOf(base: Pick<BoundaryOption, 'groupNoun'>): Noun & {One: string} {
  const noun = base.groupNoun ?? DEFAULT_GROUP_NOUN;
  return {...noun, One: capitalise(noun.one)};
}

/** What reading `pmove=` needs: every part with its area, and what the parts are called. */
export interface LinkParts {
  list: readonly PartPlace[];
  noun: UnitNoun;
}

/** Code → region id for every valid token of `raw`; `known` says which codes exist and `noun`
 * names them in messages. */
function readGroups(
  raw: string,
  regions: Regions,
  known: (code: string) => boolean,
  noun: UnitNoun,
  messages: string[],
): Map<string, string> {
  const moved = new Map<string, string>();
  for (const group of raw.split(GROUP)) {
    const [first = '', ...rest] = group.split(FIELD).map((t) => t.trim());
    const codes = rest.filter(Boolean);
    if (!first && !codes.length) continue;
    const id = first.toLowerCase();
    const region = regions.kept.get(id) ?? regions.added.find((r) => r.id === id);
    const groups = groupsOf(regions.base);
    if (!region) {
      messages.push(
        `Unknown ${groups.one} ${quote(first)} to move ${listed(codes) || noun.many} to — left as in ${regions.base.title}`,
      );
      continue;
    }
    if (regions.dropped.delete(id))
      messages.push(`${groups.One} ${region.name} is removed but ${noun.many} move into it — kept`);
    for (const token of codes) {
      const code = token.toUpperCase();
      if (!known(code))
        messages.push(`Unknown ${noun.one} code ${quote(token)} in the moves — ignored`);
      else if (moved.has(code)) messages.push(`${code} is moved twice — using the first`);
      else moved.set(code, region.id);
    }
  }
  return moved;
}

/** Unit (area) code → region id for every valid move of `move=`. */
export function readMoves(
  raw: string | null,
  regions: Regions,
  units: Set<AreaCode>,
  messages: string[],
  noun: UnitNoun = AREA_NOUN,
): Map<AreaCode, string> {
  return readGroups(raw ?? '', regions, (c) => units.has(c), noun, messages);
}

/** Part code → region id for every valid move of `pmove=`; without `parts`, none (said once). */
export function readPartMoves(
  raw: string | null,
  regions: Regions,
  parts: LinkParts | undefined,
  messages: string[],
): Map<string, string> {
  if (!raw) return new Map();
  if (!parts) {
    messages.push(
      `The link moves some finer units on their own, which this page has not loaded — they are left as in ${regions.base.title}`,
    );
    return new Map();
  }
  const codes = new Set(parts.list.map((p) => p.code));
  return readGroups(raw, regions, (c) => codes.has(c), parts.noun, messages);
}

/**
 * The option's partAssignments from the link's part moves, in normal form (units.ts movePart):
 * a part moved to the region its area is in anyway is left out, with a message (a link the
 * app writes never has one), codes sorted. `groups`: the option's noun for its groups (groupsOf).
 */
export function partOverrides(
  moved: Map<string, string>,
  assignments: Record<string, string>,
  parts: LinkParts | undefined,
  messages: string[],
  groups: Noun = groupsOf({}),
): Record<string, string> {
  const overrides: Record<string, string> = {};
  for (const code of [...moved.keys()].sort()) {
    const place = parts!.list.find((p) => p.code === code)!;
    const region = moved.get(code)!;
    if (assignments[place.areaCode] === region)
      messages.push(`${code} is moved to the ${groups.one} it is in anyway — ignored`);
    else overrides[code] = region;
  }
  return overrides;
}
