// What a geography's manifest (data/<id>/manifest.json, built by `npm run data`) holds, as
// types: its unit levels and their codes, its files by role, its scorecard rows, its citations
// and words. The functions that write sentences from these words are in geography.ts, which
// re-exports these types (most of the app imports them from there).
import type {CriterionId} from './criteria/ids';
import type {Thresholds} from './criteria/types';
import type {Noun} from './types';

/** One level of a geography's units, its areas or its finer parts. */
export interface UnitLevel {
  /** The short word used everywhere (from the manifest), and its long form for a first mention
   * ("sustainability and transformation partnership"). */
  noun: Noun;
  longNoun: Noun;
  /** The codes this level's units carry, as a regular expression source (anchored), and one
   * real example for messages, e.g. '^E54\\d{6}$' and 'E54000020'. */
  codePattern: string;
  codeExample: string;
  /** Which code system and when, e.g. "ONS, April 2018": a code belongs to a vintage. */
  codeVintage: string;
}

export interface GeographySource {
  id: string;
  title: string;
  publisher: string;
  vintage: string;
}

/** A bounding box in degrees: [west, south, east, north]. */
export type LonLatBounds = [west: number, south: number, east: number, north: number];

/** The files of a geography, by role, as names inside its data folder. Optional roles are
 * missing where the geography has no such data (the app then hides what needs it). */
export interface GeographyFiles {
  /** TopoJSON with one object "areas": the units options assign and the map draws. */
  areas: string;
  /** TopoJSON with one object "context": neighbouring countries, for orientation only. */
  context: string;
  /** The built-in options (optionsFileSchema). */
  options: string;
  /** TopoJSON with one object "parts": the finer units each area is made of. */
  parts?: string;
  /** Districts with their residents per area (districtsFileSchema), for coterminosity. */
  districts?: string;
  /** Flows between areas (areaFlowsFileSchema). */
  areaFlows?: string;
  /** Flows from parts to trusts (partTrustFlowsFileSchema). */
  partTrustFlows?: string;
  /** Combined (strategic) authorities with their residents per area, in the districts file's
   * shape (authoritiesFileSchema), for the coterminosity row about them. */
  combinedAuthorities?: string;
  /** Acute trusts at their headquarters' area (trustsFileSchema), for trusts per region. */
  trusts?: string;
}

/** The scorecard rows a geography offers, by id and in its order (rows not listed are not
 * shown), and the default thresholds where its own differ from the common ones. */
export interface GeographyCriteria {
  rows: CriterionId[];
  thresholds?: Partial<Thresholds>;
}

/** What the app knows about a geography before loading any of its units. */
export interface Geography {
  /** Stable id, written in links as `geography=` (e.g. "england-2018"). */
  id: string;
  /** Its name in a chooser and in the page's header, e.g. "England, April 2018". */
  title: string;
  /** One line under the page's title, e.g. "NHS England's regions and the 2018 boundary options". */
  tagline: string;
  /** What the map shows, as a title ("NHS England regions"): the embed's heading, a picture's title. */
  mapTitle: string;
  /** The place search's label and its examples (places a newcomer would know). */
  search: {label: string; examples: string};
  /** When the areas' populations are counted, e.g. "mid-2018". */
  populationVintage: string;
  /** One paragraph for a newcomer: what the map's areas are and where the figures come from. */
  about: string;
  /** The place the map shows, in sentences ("England's row", "Map of England's <areas>"). */
  place: string;
  vintage: string;
  attribution: string;
  licence: {name: string; url: string};
  sources: GeographySource[];
  /** Short citations: `boundaries` and `population` for a chart or picture's source line
   * ("ONS <areas>, <vintage>"), `options` for where the built-in options come from, `summary`
   * for the page footer (one paragraph). */
  citations: {
    boundaries: string;
    population: string;
    flows: string;
    flowsShort: string;
    options: string;
    optionsShort: string;
    summary: string;
  };
  /** What an option groups areas into ("region"), in the built-in options' own word. */
  regionNoun: Noun;
  /** The code an option's region may carry where it had an official one; null: none do. */
  regionCodePattern: string | null;
  /** The units options assign and the map draws (the manifest's `areas` level). */
  areas: UnitLevel;
  /** The finer units areas are made of (the manifest's `parts` level); null: none. */
  parts: UnitLevel | null;
  /** The local-government units used for coterminosity; null: none. */
  districts: (UnitLevel & {vintage: string}) | null;
  /** What the flow figures are and are not, shown wherever flows are. */
  flowCaveats: string[];
  /** How the built-in flows' measure is named beside every number, e.g. "residents attributed to
   * hospital trusts (PHE catchment populations, 2018)", and one sentence on what it estimates. */
  flowMeasure: string;
  /** Where the built-in flows come from and their main distortion, in a few words beside a
   * containment figure (the board pack), e.g. "PHE catchment populations, 2018; trusts counted
   * at their headquarters". Absent: the flows' citation (citations.flows). */
  flowSource?: string;
  flowsAbout: string;
  /** The map's home view: the whole geography, [west, south, east, north] in degrees. */
  bounds: LonLatBounds;
  /** The option shown when a link names none (an id in the options file). */
  defaultOption: string;
  files: GeographyFiles;
  criteria: GeographyCriteria;
}
