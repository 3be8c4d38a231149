// The codes a flow file may use, and what each one is. Which kinds of code there are is the
// geography's data: its areas' own codes; its parts' codes (ONS or ODS), counted in their area;
// every official unit its areas list as lying `within` (England 2026: sub-ICB locations and
// ICBs of both vintages, ONS or ODS, and regions); and acute trusts (destinations only),
// counted at their headquarters' area, as the built-in data does.
//
// A code covering several areas has its volume shared out among them by population (the
// geography's population figures), and the import says so. A code that means different areas
// in two vintages (e.g. an ODS code kept by a sub-ICB location that gained a piece) is read as
// the vintage the file's other codes show, or refused, naming it (flow-code-resolve.ts).
import type {Area, AreaCode, Part} from '../domain/types';

/** One thing a code may mean: its kind in the geography's words ("area", "sub-ICB location",
 * "trust"), the vintage where that meaning belongs to one (e.g. "April 2023"), and the areas
 * it covers with the share of its volume each gets (shares sum to 1). */
export interface CodeReading {
  kind: string;
  vintage: string | null;
  /** The official ONS code of this meaning where there is one (for messages). */
  officialCode: string;
  name: string;
  areas: {area: AreaCode; share: number}[];
  trust: boolean;
}

/** Every code the file may use, upper-cased, to what it may mean (usually one reading; two
 * or more that cover different areas make the code ambiguous). `describe` lists the kinds for
 * messages, e.g. "an <area> (<its code pattern>) or <part> (<its code pattern> or ODS code such as 04G)
 * of <vintage>", in the manifest's nouns. */
export interface CodeLookup {
  readings: ReadonlyMap<string, CodeReading[]>;
  describe: string;
  /** The kinds an origin may be, e.g. "an area or part". */
  residentKinds: string;
  /** Whose population shares out a code covering several areas, e.g. "mid-2022 population". */
  shareBasis: string;
  /** The areas' noun, e.g. {one: 'area', many: 'areas'}. */
  areaNoun: {one: string; many: string};
}

/** The geography's words that the lookup's messages need. */
export interface CodeWords {
  areas: {noun: {one: string; many: string}; codeExample: string};
  parts: {noun: {one: string}; codeExample: string} | null;
  vintage: string;
  populationVintage: string;
}

type Trust = {code: string; areaCode: AreaCode};

/** The lookup for a geography: `areas` (with their `within` units if listed), `parts` (empty
 * where the geography has none) and its trusts at their headquarters' area. */
export function buildCodeLookup(words: CodeWords, areas: readonly Area[], parts: readonly Part[], trusts: readonly Trust[]): CodeLookup {
  const readings = new Map<string, CodeReading[]>();
  const add = (code: string, r: CodeReading) => {
    const key = code.toUpperCase();
    const list = readings.get(key) ?? [];
    // The same areas under another kind or vintage is the same meaning; its vintage then
    // belongs to neither (a code kept unchanged from 2023 to 2026 says nothing of the file's year).
    const same = list.findIndex((o) => sameAreas(o, r));
    if (same < 0) list.push(r);
    else if (list[same]!.vintage !== r.vintage) list[same] = {...list[same]!, vintage: null};
    readings.set(key, list);
  };
  const one = (area: AreaCode) => [{area, share: 1}];
  for (const t of trusts) add(t.code, {kind: 'trust', vintage: null, officialCode: t.code.toUpperCase(), name: t.code, areas: one(t.areaCode), trust: true});
  const areaNoun = words.areas.noun.one;
  for (const a of areas) add(a.code, {kind: areaNoun, vintage: null, officialCode: a.code, name: a.name, areas: one(a.code), trust: false});
  const partNoun = words.parts?.noun.one ?? '';
  for (const p of parts) {
    const r = {kind: partNoun, vintage: null, officialCode: p.code, name: p.name, areas: one(p.areaCode), trust: false};
    add(p.code, r);
    add(p.odsCode, r);
  }
  const levels = withinReadings(areas);
  for (const [code, list] of levels.byCode) for (const r of list) add(code, r);
  return {
    readings,
    describe: describeKinds(words, parts, levels.examples),
    residentKinds: withArticle(orList([areaNoun, ...(parts.length ? [partNoun] : []), ...levels.examples.map((e) => e.level)])),
    shareBasis: `${words.populationVintage} population`,
    areaNoun: words.areas.noun,
  };
}

/** What each `within` code (ONS and ODS) covers in each vintage, with shares by population,
 * and one example code per level for messages. */
function withinReadings(areas: readonly Area[]) {
  const groups = new Map<string, {codes: Set<string>; level: string; vintage: string; officialCode: string; name: string; members: Area[]}>();
  const examples: {level: string; ons: string; ods: string | undefined; vintages: Set<string>}[] = [];
  for (const a of areas) {
    for (const w of a.within ?? []) {
      const key = `${w.level}|${w.vintage}|${w.code}`;
      const g = groups.get(key) ?? {codes: new Set([w.code, ...(w.odsCode ? [w.odsCode] : [])]), level: w.level, vintage: w.vintage, officialCode: w.code, name: w.name, members: []};
      g.members.push(a);
      groups.set(key, g);
      const e = examples.find((x) => x.level === w.level);
      if (e) e.vintages.add(w.vintage);
      else examples.push({level: w.level, ons: w.code, ods: w.odsCode, vintages: new Set([w.vintage])});
    }
  }
  const byCode = new Map<string, CodeReading[]>();
  for (const g of groups.values()) {
    const total = g.members.reduce((s, a) => s + a.population, 0);
    const reading: CodeReading = {
      kind: g.level,
      vintage: g.vintage,
      officialCode: g.officialCode,
      name: g.name,
      areas: g.members.map((a) => ({area: a.code, share: a.population / total})),
      trust: false,
    };
    for (const code of g.codes) byCode.set(code, [...(byCode.get(code) ?? []), reading]);
  }
  return {byCode, examples: examples.map((e) => ({...e, vintages: [...e.vintages]}))};
}

const sameAreas = (a: CodeReading, b: CodeReading) =>
  a.trust === b.trust && a.areas.length === b.areas.length && a.areas.every((x) => b.areas.some((y) => y.area === x.area));

/** "an ICB", "a sub-ICB location", "a local area": an initialism takes the article of its first
 * letter's name ("an ICB", "an LA"), other words of their first sound. */
function withArticle(noun: string): string {
  const an = /^[A-Z]{2}/.test(noun) ? /^[AEFHILMNORSX]/.test(noun) : /^[aeiou]/i.test(noun);
  return `${an ? 'an' : 'a'} ${noun}`;
}
// Stryker disable next-line StringLiteral: never given an empty list (the areas' noun comes first)
const orList = (items: string[]) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${items.at(-1)}` : (items[0] ?? ''));
const prefix = (code: string) => `${code.slice(0, 3)}…`;

function describeKinds(words: CodeWords, parts: readonly Part[], levels: {level: string; ons: string; ods: string | undefined; vintages: string[]}[]): string {
  const kinds = [`${words.areas.noun.one} (${prefix(words.areas.codeExample)})`];
  if (parts.length && words.parts) {
    const example = parts.find((p) => p.code === words.parts!.codeExample) ?? parts[0]!;
    kinds.push(`${words.parts.noun.one} (${prefix(example.code)} or ODS code such as ${example.odsCode})`);
  }
  for (const l of levels) {
    const ods = l.ods ? ` or ODS code such as ${l.ods}` : '';
    const vintages = l.vintages.length > 1 ? `, ${orList(l.vintages)}` : '';
    kinds.push(`${l.level} (${prefix(l.ons)}${ods}${vintages})`);
  }
  return `${withArticle(orList(kinds))} of ${words.vintage}`;
}
