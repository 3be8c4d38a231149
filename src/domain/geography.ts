// A geography is data: its manifest (data/<id>/manifest.json, built by `npm run data`) says what
// its units are called, what code they carry, where the map looks and which option shows first.
// Every word the app writes about units (each geography's nouns for its areas and parts) comes from
// here, never from code. The manifest's types are in geography-manifest.ts (re-exported here).
import {formatEnGB} from './format';
import {capitalise} from './format';
import type {Geography, UnitLevel} from './geography-manifest';

/** A noun, singular and plural ("region", "regions"). Defined with the plain types (types.ts), so
 * they need not import this file. */
export type {Noun} from './types';
import type {Noun} from './types';
export type {
  UnitLevel,
  GeographySource,
  LonLatBounds,
  GeographyFiles,
  GeographyCriteria,
  Geography,
} from './geography-manifest';

/** "1 <one>", "3 <many>", "1,234 <many>" (the noun's own words). */
export function countOf(n: number, noun: Noun): string {
  return `${formatEnGB(n)} ${n === 1 ? noun.one : noun.many}`;
}

/** The noun for `n` things: one or many. */
export function nounFor(n: number, noun: Noun): string {
  return n === 1 ? noun.one : noun.many;
}

/** "an" or "a" before a noun ("a region"): the article follows the sound of the word, so an initialism
 * read letter by letter (an initialism starting with S is said "ess-…") takes "an". */
export function withArticle(word: string): string {
  const initialism = /^[A-Z]{2,}/.test(word);
  const vowelSound = initialism ? /^[AEFHILMNORSX]/.test(word) : /^[aeiou]/i.test(word);
  return `${vowelSound ? 'an' : 'a'} ${word}`;
}

/** Whether `code` is a code of `level` (its pattern, case as written in the data). */
export function isCodeOf(level: Pick<UnitLevel, 'codePattern'>, code: string): boolean {
  return new RegExp(level.codePattern).test(code);
}

/** What groups are called where neither the option nor its geography says: "region", as the
 * board paper and every 2018 option call them. */
export const DEFAULT_GROUP_NOUN: Noun = {one: 'region', many: 'regions'};

/** What `option` calls its groups: its own `groupNoun` ("cluster"/"clusters") or else the
 * geography's `regionNoun` (the 2018 options: "region"/"regions"). */
export function groupNounOf(option: {groupNoun?: Noun}, g: Pick<Geography, 'regionNoun'>): Noun {
  return option.groupNoun ?? g.regionNoun;
}

/** One noun for the groups of several options at once (a comparison of A and B, the scorecard's
 * columns): their shared noun ("ICB"), or where they differ the distinct nouns listed ("ICB or
 * cluster", "ICB, cluster or region"). Empty: `fallback`. */
export function jointNoun(nouns: readonly Noun[], fallback: Noun): Noun {
  const distinct = nouns.filter((n, i) => nouns.findIndex((m) => m.one === n.one) === i);
  if (distinct.length === 0) return fallback;
  return {one: orList(distinct.map((n) => n.one)), many: orList(distinct.map((n) => n.many))};
}

/** "a", "a or b", "a, b or c". */
const orList = (words: readonly string[]): string =>
  words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;

/** What several options call their groups together: jointNoun of their groupNounOf. */
export function groupNounOfAll(
  options: readonly {groupNoun?: Noun}[],
  g: Pick<Geography, 'regionNoun'>,
): Noun {
  return jointNoun(
    options.map((o) => groupNounOf(o, g)),
    g.regionNoun,
  );
}

/** The map's accessible name: "Map of England's <areas> coloured by region: <option>";
 * `groups`: the option's noun for its groups (groupNounOf), the geography's by default. */
export function mapLabel(
  g: Pick<Geography, 'place' | 'areas' | 'regionNoun'>,
  optionTitle: string,
  groups: Noun = g.regionNoun,
): string {
  return `Map of ${g.place}'s ${g.areas.noun.many} coloured by ${groups.one}: ${optionTitle}`;
}

/** The nouns a sentence about a geography's units needs: its areas' and, where it has them, its
 * finer units' (the manifest's levels). */
export interface UnitWords {
  area: Noun;
  part: Noun | null;
  /** What options group areas into, where known (the geography's regionNoun). */
  group?: Noun;
}

export function unitWords(
  g: Pick<Geography, 'areas' | 'parts'> & Partial<Pick<Geography, 'regionNoun'>>,
): UnitWords {
  return {
    area: g.areas.noun,
    part: g.parts?.noun ?? null,
    ...(g.regionNoun ? {group: g.regionNoun} : {}),
  };
}

/** unitWords for sentences about `options` (a comparison's A and B): their groups called by
 * groupNounOfAll ("ICB", "ICB or cluster"; "region" on the 2018 geography). */
export function unitWordsFor(
  g: Pick<Geography, 'areas' | 'parts' | 'regionNoun'>,
  options: readonly {groupNoun?: Noun}[],
): UnitWords {
  return {...unitWords(g), group: groupNounOfAll(options, g)};
}

/** Fills a text's `{token}`s with the geography's words, so a list of labels written once (a
 * chart's measures, the scorecard's rows) reads right in any geography: `{area}`/`{areas}` and
 * `{part}`/`{parts}` (nouns; a capital first letter gives a capitalised noun, e.g. `{Areas}`),
 * `{region}`/`{regions}` (what options group areas into, where given; `{aRegion}` with its
 * article, "an ICB"), `{place}`, `{boundaries}`, `{population}` and `{flows}` (the citations; `flowsShort` is for a column hint), `{populationVintage}`.
 * An unknown token is left as written, so a mistake shows rather than vanishes. */
export function wordsIn(
  text: string,
  g: Pick<Geography, 'areas' | 'parts' | 'place' | 'citations' | 'populationVintage'> & {
    regionNoun?: Noun;
  },
): string {
  const words: Record<string, string | undefined> = {
    region: g.regionNoun?.one,
    aRegion: g.regionNoun && withArticle(g.regionNoun.one),
    regions: g.regionNoun?.many,
    area: g.areas.noun.one,
    areas: g.areas.noun.many,
    part: g.parts?.noun.one ?? '',
    parts: g.parts?.noun.many ?? '',
    place: g.place,
    boundaries: g.citations.boundaries,
    population: g.citations.population,
    flows: g.citations.flows,
    optionsShort: g.citations.optionsShort,
    populationVintage: g.populationVintage,
  };
  return text.replace(/\{(\w+)\}/g, (token, key: string) => {
    const word = words[key] ?? words[key.charAt(0).toLowerCase() + key.slice(1)];
    if (word === undefined) return token;
    return key.charAt(0) === key.charAt(0).toUpperCase() ? capitalise(word) : word;
  });
}

/** A copy of `item` with wordsIn applied to each of its string fields (one level deep). */
export function inWordsOf<T extends object>(item: T, g: Parameters<typeof wordsIn>[1]): T {
  const out = {...item} as Record<string, unknown>;
  for (const [key, value] of Object.entries(out))
    if (typeof value === 'string') out[key] = wordsIn(value, g);
  return out as T;
}
