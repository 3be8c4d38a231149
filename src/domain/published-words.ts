// Published words: the 2018 geography's level names as they already appear outside the app, in
// links people have shared (?stp=, layers=ccgs, maxstps=), embed codes (chart=stps), criterion
// ids in links and CSVs, export columns and file names. They are kept exactly as published so
// old links, CSVs and files still work; code refers to them only through this table, never by
// spelling them out, and the words users read come from the geography's manifest instead.
// (tests/unit/published-words.test.ts fails on these words anywhere else in the app's code.)

/** Every published word, by what it means to users. */
export const PUBLISHED_WORDS = {
  /** Link parameter of the selected area: `?stp=E54000020`. */
  areaParam: 'stp',
  /** The `layers=` value that shows the part boundaries: `layers=ccgs`. */
  partsLayer: 'ccgs',
  /** Scorecard threshold parameter, most areas in a region: `maxstps=10`. */
  maxAreasParam: 'maxstps',
  /** Id of the areas-per-region measure: embed `chart=stps`, chart and table columns. */
  areaCount: 'stps',
  /** Id of the parts-per-region measure (table and comparison columns). */
  partCount: 'ccgs',
  /** Criterion ids (links, CSVs, the scorecard): most and fewest areas or parts in a region. */
  mostAreas: 'most-stps',
  fewestAreas: 'fewest-stps',
  mostParts: 'most-ccgs',
  fewestParts: 'fewest-ccgs',
  /** GeoJSON export properties: an area's code, a region's area codes. */
  areaCodeProperty: 'stp_code',
  areaCodesProperty: 'stp_codes',
  /** The word in the exported area boundaries' file name (`revised-stps.geojson`). */
  areasFileWord: 'stps',
} as const;

/** Column names a flow CSV may use for its origin, as files made for the 2018 geography name them. */
export const PUBLISHED_ORIGIN_HEADERS = ['ccg', 'ccg_code', 'stp', 'stp_code'] as const;
