// "Where is my area under each option?": find an area, part or local authority district by
// name (or part of one) and say which region it falls in under every option.
import type {BoundaryOption, Part, District, Region, Area, AreaCode} from './types';
import {largestFirst} from './order';
import {compareText} from './format';
import {groupNounOf, type Geography} from './geography';

export type PlaceKind = 'area' | 'part' | 'district';

export interface Place {
  kind: PlaceKind;
  code: string;
  name: string;
  /** The area(s) the place lies in, with the share of it in each (1 for areas and parts). */
  parts: {areaCode: AreaCode; share: number}[];
  /** Lower-case words the query is matched against. */
  key: string;
}

/** An official name's "NHS <name> <INITIALISM>" wrapper (the 2018 geography's part names have
 * one): only in the original case, so a name that merely ends in a short word is left alone. */
const NHS_WRAPPER = /^\s*NHS (.+) [A-Z]{2,5}\s*$/;

/** Lower case, "&" as "and", punctuation as spaces, and an "NHS … <initialism>" wrapper dropped,
 * so "nene" finds the part named "NHS Nene" and its level's initialism, and "st helens" finds
 * "St. Helens". */
export function normaliseName(name: string): string {
  return name
    .replace(NHS_WRAPPER, '$1')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/^nhs /, '')
    .trim();
}

export function buildPlaces(
  areas: readonly Area[],
  parts: readonly Part[] = [],
  districts: readonly District[] = [],
): Place[] {
  return [
    ...areas.map((s): Place => ({
      kind: 'area',
      code: s.code,
      name: s.name,
      parts: [{areaCode: s.code, share: 1}],
      key: [s.name, s.onsName, s.shortName].map(normaliseName).join(' | '),
    })),
    ...parts.map((c): Place => ({
      kind: 'part',
      code: c.code,
      name: c.name,
      parts: [{areaCode: c.areaCode, share: 1}],
      key: `${normaliseName(c.name)} | ${c.odsCode.toLowerCase()}`,
    })),
    ...districts.map((d): Place => ({
      kind: 'district',
      code: d.code,
      name: d.name,
      parts: [...d.parts]
        .sort(largestFirst((p) => p.lsoaShare))
        .map((p) => ({areaCode: p.areaCode, share: p.lsoaShare})),
      key: normaliseName(d.name),
    })),
  ];
}

/** 0 = the whole name, 1 = the name starts with the query, 2 = a word does, 3 = anywhere;
 * null = no match. */
function rank(place: Place, query: string): number | null {
  const names = place.key.split(' | ');
  if (names.includes(query)) return 0;
  if (names.some((n) => n.startsWith(query))) return 1;
  if (names.some((n) => n.includes(` ${query}`))) return 2;
  if (place.key.includes(query)) return 3;
  return null;
}

const KIND_ORDER: Record<PlaceKind, number> = {district: 0, area: 1, part: 2};

/** The best matches first: closeness of the match, then districts (places people live) before
 * areas and parts, then name. Fewer than two characters matches nothing. */
export function searchPlaces(places: readonly Place[], query: string, limit = 8): Place[] {
  const q = normaliseName(query);
  if (q.length < 2) return [];
  return places
    .flatMap((p) => {
      const r = rank(p, q);
      return r === null ? [] : [{p, r}];
    })
    .sort(
      (x, y) =>
        x.r - y.r || KIND_ORDER[x.p.kind] - KIND_ORDER[y.p.kind] || compareText(x.p.name, y.p.name),
    )
    .slice(0, limit)
    .map((x) => x.p);
}

export interface RegionUnderOption {
  option: BoundaryOption;
  region: Region | undefined;
}

/** The region an area is in under each option, in the options' order. */
export function regionsUnderOptions(
  areaCode: AreaCode,
  options: readonly BoundaryOption[],
): RegionUnderOption[] {
  return options.map((option) => ({
    option,
    region: option.regions.find((r) => r.id === option.assignments[areaCode]),
  }));
}

/** "Corby — Before (five regions): Midlands and East of England; Initial proposal: …": one
 * line for a screen reader, a caption or a copied answer. An area an option leaves out reads
 * "no" and that option's noun for its groups ("no region", "no ICB"; groupNounOf over `g`). */
export function describeRegions(
  name: string,
  areaCode: AreaCode,
  options: readonly BoundaryOption[],
  g: Pick<Geography, 'regionNoun'>,
): string {
  const parts = regionsUnderOptions(areaCode, options).map(
    ({option, region}) => `${option.title}: ${region?.name ?? `no ${groupNounOf(option, g).one}`}`,
  );
  return `${name} — ${parts.join('; ')}.`;
}
