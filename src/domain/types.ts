// Plain domain types shared by the data build, the store and the UI.
// Nothing here knows about React, MapLibre or zustand.

/** A noun, singular and plural, e.g. {one: 'area', many: 'areas'} (a geography's manifest). */
export interface Noun {
  one: string;
  many: string;
}

/** ONS code of a sustainability and transformation partnership (April 2018), e.g. E54000020. */
export type AreaCode = string;
/** Stable identity of a region across options, e.g. "midlands"; see options.json. */
export type RegionId = string;
export type OptionId = string;

/** Residents of `origin` attributed to trusts in `destination` (see flows.ts). Here, not in
 * flows.ts, so flow-key.ts and flow-arrows.ts need not import flows.ts, which imports them. */
export type AreaFlow = {origin: AreaCode; destination: AreaCode; volume: number};

export interface Area {
  code: AreaCode;
  /** ONS April 2018 name, e.g. "West Yorkshire". */
  onsName: string;
  /** The name people know (the board paper's), e.g. "West Yorkshire and Harrogate". */
  name: string;
  /** A short label for the map and compact views. */
  shortName: string;
  /** ONS mid-2018 population, summed from the part estimates. */
  population: number;
  partCount: number;
  areaKm2: number;
  /** A point inside the area's shape (not a centroid, which can fall outside). [lon, lat] */
  anchor: [number, number];
  /** The official units the area lies within, where the geography lists them (England 2026:
   * its sub-ICB location and ICB of each vintage, and its region). */
  within?: readonly AreaWithin[];
}

/** One official unit an area lies within, e.g. {level: 'ICB', vintage: 'April 2026', code:
 * 'E54000061', odsCode: 'QF7', name: 'NHS South Yorkshire Integrated Care Board'}. */
export interface AreaWithin {
  level: string;
  vintage: string;
  code: string;
  odsCode?: string | undefined;
  name: string;
}

export interface Part {
  code: string;
  odsCode: string;
  name: string;
  areaCode: AreaCode;
  population: number;
}

/** A part as the geography's part topology carries it: with an area and a label point, like an area. */
export interface MappedPart extends Part {
  /** km² on the British National Grid: its area's area shared out by the parts' own shapes, so
   * an area's parts add up to its areaKm2 exactly. */
  areaKm2: number;
  /** A point inside the part's shape as drawn. [lon, lat] */
  anchor: [number, number];
}

export interface Region {
  id: RegionId;
  /** ONS code where the region had one (E4000000x); null for a proposal's new region. */
  code: string | null;
  name: string;
  colour: string;
  /** Why this grouping is not certain (e.g. a cluster no public statement confirms): shown
   * wherever the region is named, so it is never presented as official. */
  uncertain?: string;
}

export interface OptionSource {
  document: string;
  paragraphs: string;
}

/** Why an option places some areas where it does, in the source's words: tied to the areas, so
 * the app can show it wherever those areas change. */
export interface OptionReason {
  areas: AreaCode[];
  /** A heading that names the option, so it reads right whichever way a comparison goes, e.g.
   * "Why the revised proposal puts Northamptonshire in the Midlands". */
  title: string;
  /** Passages quoted word for word from the source, in order. */
  quotes: string[];
  /** Paragraphs of the source document, e.g. "2.13, 2.15". */
  paragraphs: string;
}

/** A boundary option: a set of regions and which region each area belongs to. Data, not code. */
export interface BoundaryOption {
  id: OptionId;
  title: string;
  /** The option inside a sentence ("under …", "changes against …"), e.g. "the revised
   * proposal"; optionPhrase() falls back to the title for options without one. */
  phrase?: string;
  date: string;
  description: string;
  source: OptionSource;
  /** The source's reasons for particular areas' regions (optional: a user's option has none). */
  reasons?: OptionReason[];
  regions: Region[];
  /** What this option calls its groups ("ICB"/"ICBs", "cluster"/"clusters"), where it differs
   * from the geography's `regionNoun`; read through groupNounOf (geography.ts). */
  groupNoun?: Noun;
  /** Every area code mapped to exactly one region id of this option. */
  assignments: Record<AreaCode, RegionId>;
  /** Parts (part codes, E38…) whose region differs from their area's: a part's region is
   * `partAssignments[part] ?? assignments[its area]` (see parts/part-region.ts). Only a user's
   * option can have these; built-in options never do. */
  partAssignments?: Record<string, RegionId>;
  /** Present only on an option a user built in Footprint: never an official proposal. */
  userBuilt?: UserBuilt;
}

/** Where a user-built option came from. */
export interface UserBuilt {
  /** The option it was started from (a built-in id, or another user option's id). */
  basedOn: OptionId;
  /** The built-in option its link is written against (the base of `basedOn`'s chain). */
  baseId: OptionId;
}

/** One step of building an option: the unit being assigned is generic (an area today, a part
 * later), so moves name a unit code rather than an area. 'move' moves a whole area (and brings
 * its parts with it); 'move-part' moves one part on its own (a part away from its area's region),
 * kept a separate kind so code written for area moves (`edit.unit` is an area) stays right. */
export type OptionEdit =
  | {kind: 'move'; unit: string; to: RegionId}
  | {kind: 'move-part'; part: string; to: RegionId}
  | {kind: 'add-region'; region: Region}
  | {kind: 'rename-region'; id: RegionId; name: string}
  | {kind: 'recolour-region'; id: RegionId; colour: string}
  | {kind: 'remove-region'; id: RegionId}
  | {kind: 'rename-option'; title: string}
  /** Two or more regions (groups) become one called `name`: the first of `ids` keeps its id
   * and colour and takes the others' units; the others go. */
  | {kind: 'merge-groups'; ids: RegionId[]; name: string}
  /** Several units moved at once into `to` as one step, e.g. every unit of one official ICB;
   * `name` says what they are for the step's name, e.g. "NHS Frimley ICB (April 2023)". */
  | {kind: 'move-units'; units: string[]; to: RegionId; name: string}
  /** Some units of region `id` form a new region `region` (id, name, colour; code null). */
  | {kind: 'split-group'; id: RegionId; units: string[]; region: Region};

export interface District {
  code: string;
  name: string;
  /** A district can be split between areas; each part lists its share of the district's LSOAs
   * (0–1) and its residents (ONS mid-2019 LSOA populations summed over those LSOAs). */
  parts: {areaCode: AreaCode; lsoaShare: number; residents: number}[];
  /** The same residents per part (April 2018): [part code, residents], most first. Always in
   * the district file; absent only from hand-made districts. */
  partResidents?: [string, number][];
}
