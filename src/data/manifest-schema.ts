// The schema of a geography's manifest (data/<id>/manifest.json): the build validates what it
// writes with it and the app validates what it loads, as for every other data file.
import {z} from '../zod';
import type {Geography} from '../domain/geography';
import {matching, text} from './schemas';
import {CRITERION_IDS, THRESHOLD_KEYS} from '../domain/criteria/ids';

const noun = z.object({one: text(), many: text()});

/** A regular expression source that compiles and is anchored at both ends, so a code is
 * matched whole ("E54000020", never a prefix of a longer string). */
/** The pattern as a RegExp, or null when it does not compile. */
function compiled(source: string): RegExp | null {
  try {
    return new RegExp(source);
  } catch {
    return null;
  }
}

const codePattern = z.string().check(
  z.refine((s) => compiled(s) !== null && s.startsWith('^') && s.endsWith('$'), 'a code pattern is a regular expression anchored with ^ and $'),
);

// A pattern that does not compile is reported by codePattern's own check; this check runs too
// (zod goes on after a field's issue), and must not throw on it.
const level = z
  .object({noun, longNoun: noun, codePattern, codeExample: text(), codeVintage: text()})
  .check(z.refine((l) => compiled(l.codePattern)?.test(l.codeExample) ?? true, 'the code example does not match its pattern'));

const fileName = matching(/^[a-z0-9][a-z0-9.-]*\.json$/, 'a data file name is lower-case, ending .json, with no folder');

export const geographyIdSchema = matching(/^[a-z][a-z0-9-]{0,39}$/, 'a geography id is lower-case words joined by hyphens');

export const geographyManifestSchema = z.object({
  id: geographyIdSchema,
  title: text(),
  tagline: text(),
  mapTitle: text(),
  about: text(),
  populationVintage: text(),
  search: z.object({label: text(), examples: text()}),
  place: text(),
  vintage: text(),
  attribution: text(),
  licence: z.object({name: text(), url: text()}),
  citations: z.object({boundaries: text(), population: text(), flows: text(), flowsShort: text(), options: text(), optionsShort: text(), summary: text()}),
  sources: z.array(z.object({id: text(), title: text(), publisher: text(), vintage: text()})).check(z.minLength(1)),
  regionNoun: noun,
  regionCodePattern: z.nullable(codePattern),
  areas: level,
  parts: z.nullable(level),
  districts: z.nullable(z.object({...level.def.shape, vintage: text()})),
  flowCaveats: z.array(text()),
  flowMeasure: text(),
  flowSource: z.optional(text()),
  flowsAbout: text(),
  bounds: z
    .tuple([z.number(), z.number(), z.number(), z.number()])
    .check(z.refine(([w, s, e, n]) => w < e && s < n && w >= -180 && e <= 180 && s >= -90 && n <= 90, 'bounds are [west, south, east, north] in degrees')),
  defaultOption: matching(/^[a-z][a-z0-9-]*$/),
  files: z.object({
    areas: fileName,
    context: fileName,
    options: fileName,
    parts: z.optional(fileName),
    districts: z.optional(fileName),
    areaFlows: z.optional(fileName),
    partTrustFlows: z.optional(fileName),
    combinedAuthorities: z.optional(fileName),
    trusts: z.optional(fileName),
  }),
  criteria: z.object({
    rows: z.array(z.enum(CRITERION_IDS)).check(
      z.minLength(1),
      z.refine((ids) => new Set(ids).size === ids.length, 'a criterion is listed twice'),
    ),
    thresholds: z.optional(z.partialRecord(z.enum(THRESHOLD_KEYS), z.number().check(z.gte(0)))),
  }),
});

// The domain's Geography and the schema's output must stay the same shape.
type Manifest = z.infer<typeof geographyManifestSchema>;
export const sameShape: [Manifest] extends [Geography] ? ([Geography] extends [Manifest] ? true : false) : false = true;

/** data/geographies.json: the built-in geographies and the one a link without `geography=`
 * opens. Each lists its levels' codes, so a link naming another geography's code can say so. */
export const geographyCatalogueSchema = z
  .object({
    default: geographyIdSchema,
    geographies: z
      .array(z.object({id: geographyIdSchema, title: text(), codes: z.array(z.object({noun: text(), pattern: codePattern}))}))
      .check(z.minLength(1)),
  })
  .check(z.refine((c) => c.geographies.some((g) => g.id === c.default), 'the default geography is not listed'));

export type GeographyCatalogue = z.infer<typeof geographyCatalogueSchema>;

/** The catalogue of `geographies` (manifests), with `defaultId` first opened. */
export function catalogueOf(geographies: readonly Geography[], defaultId: string): GeographyCatalogue {
  return {
    default: defaultId,
    geographies: geographies.map((g) => ({
      id: g.id,
      title: g.title,
      codes: [g.areas, g.parts].flatMap((l) => (l ? [{noun: l.noun.one, pattern: l.codePattern}] : [])),
    })),
  };
}
