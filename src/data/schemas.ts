// zod schemas for every committed data file. The build validates what it writes with
// these, and the app validates what it loads, so the two can never silently disagree.
// Codes are checked against the patterns of the geography's manifest (schemasFor), so no
// schema here names a particular geography's codes.
// zod/mini's functional API (see zod.ts): checks go in .check(...), wrappers are functions.
import {z} from '../zod';
import {withArticle, type Geography, type UnitLevel} from '../domain/geography';

/** Shorthands for the checks used throughout: a string matching a pattern, a non-empty string. */
export const matching = (pattern: RegExp, message?: string) => z.string().check(z.regex(pattern, message));
export const text = () => z.string().check(z.minLength(1));
export const wholePositive = () => z.int().check(z.positive());

/** A code of `level`, e.g. "an area code looks like E54000020". */
export const codeOf = (level: UnitLevel) =>
  matching(new RegExp(level.codePattern), `${withArticle(level.noun.one)} code looks like ${level.codeExample}`);

const colour = matching(/^#[0-9a-f]{6}$/i, 'a colour looks like #1d70b8');
const regionId = matching(/^[a-z][a-z0-9-]*$/, 'a region id is lower-case words joined by hyphens');

const countryPropertiesSchema = z.object({code: z.string(), name: z.string()});

/** A TopoJSON topology with one named object whose geometries carry the given properties. */
function topologySchema<T extends z.ZodMiniType>(objectName: string, properties: T) {
  return z.object({
    type: z.literal('Topology'),
    arcs: z.array(z.array(z.array(z.number()))),
    transform: z.object({scale: z.tuple([z.number(), z.number()]), translate: z.tuple([z.number(), z.number()])}),
    objects: z.object({
      [objectName]: z.object({
        type: z.literal('GeometryCollection'),
        geometries: z
          .array(
            z.object({
              type: z.enum(['Polygon', 'MultiPolygon']),
              id: z.optional(z.string()),
              arcs: z.array(z.unknown()),
              properties,
            }),
          )
          .check(z.minLength(1)),
      }),
    }),
  });
}

export const contextTopologySchema = topologySchema('context', countryPropertiesSchema);

function regionSchemaFor(g: Geography) {
  return z.object({
    id: regionId,
    code: z.nullable(g.regionCodePattern ? matching(new RegExp(g.regionCodePattern)) : z.null()),
    name: text(),
    colour,
    /** Why the grouping is not certain; absent where it is official. */
    uncertain: z.optional(text()),
  });
}

/** Keys of partAssignments: the geography's part codes; with no parts, no key passes. */
const partCodeOf = (g: Geography) => (g.parts ? codeOf(g.parts) : matching(/(?!)/, `${g.title} has no finer units to move`));

function optionSchemaFor(g: Geography) {
  const areaCode = codeOf(g.areas);
  const areas = g.areas.noun.many;
  return z
    .object({
      id: matching(/^[a-z][a-z0-9-]*$/),
      title: text(),
      phrase: z.optional(text()),
      date: matching(/^\d{4}-\d{2}(-\d{2})?$/),
      description: text(),
      source: z.object({document: text(), paragraphs: text()}),
      reasons: z.optional(
        z.array(
          z.object({
            areas: z.array(areaCode).check(z.minLength(1)),
            title: text(),
            quotes: z.array(text()).check(z.minLength(1)),
            paragraphs: text(),
          }),
        ),
      ),
      regions: z.array(regionSchemaFor(g)).check(z.minLength(1)),
      /** The option's own word for its groups ("cluster"/"clusters"); absent: the manifest's regionNoun. */
      groupNoun: z.optional(z.object({one: text(), many: text()})),
      assignments: z.record(areaCode, z.string()),
      /** Parts whose region differs from their area's (issue 19); user options only. */
      partAssignments: z.optional(z.record(partCodeOf(g), z.string())),
    })
    .check(z.superRefine((option, ctx) => {
      const ids = new Set(option.regions.map((r) => r.id));
      if (ids.size !== option.regions.length) {
        ctx.addIssue({code: 'custom', message: `option "${option.id}" lists a region twice`});
      }
      const used = new Set(Object.values(option.assignments));
      for (const [area, region] of Object.entries(option.assignments)) {
        if (!ids.has(region)) {
          ctx.addIssue({code: 'custom', message: `option "${option.id}" assigns ${area} to unknown region "${region}"`});
        }
      }
      for (const [part, region] of Object.entries(option.partAssignments ?? {})) {
        if (!ids.has(region)) {
          ctx.addIssue({code: 'custom', message: `option "${option.id}" moves ${part} to unknown region "${region}"`});
        }
      }
      for (const area of option.reasons?.flatMap((r) => r.areas) ?? []) {
        if (!(area in option.assignments)) {
          ctx.addIssue({code: 'custom', message: `option "${option.id}" gives a reason for ${area}, which it does not assign`});
        }
      }
      for (const r of option.regions) {
        if (!used.has(r.id)) ctx.addIssue({code: 'custom', message: `option "${option.id}": region "${r.id}" has no ${areas}`});
      }
    }));
}

function optionsFileSchemaFor(g: Geography) {
  const option = optionSchemaFor(g);
  return z
    .object({options: z.array(option).check(z.minLength(1))})
    .check(z.superRefine((file, ctx) => {
      if (!file.options.some((o) => o.id === g.defaultOption)) {
        ctx.addIssue({code: 'custom', message: `the manifest's default option "${g.defaultOption}" is not in the file`});
      }
    }));
}

function areaTopologySchemaFor(g: Geography) {
  return topologySchema(
    'areas',
    z.object({
      code: codeOf(g.areas),
      onsName: z.string(),
      name: z.string(),
      shortName: z.string(),
      population: wholePositive(),
      partCount: wholePositive(),
      areaKm2: z.number().check(z.positive()),
      anchor: z.tuple([z.number(), z.number()]),
      /** The official units the area lies within (optional): e.g. its sub-ICB location and ICB
       * of each vintage and its region, each with its ONS code, ODS code and name. */
      within: z.optional(
        z.array(z.object({level: text(), vintage: text(), code: text(), odsCode: z.optional(text()), name: text()})),
      ),
      /** The district codes the area lies in, most residents first (optional). */
      districtCodes: z.optional(z.array(text())),
    }),
  );
}

function partTopologySchemaFor(g: Geography, parts: UnitLevel) {
  return topologySchema(
    'parts',
    z.object({
      code: codeOf(parts),
      odsCode: z.string().check(z.minLength(3)),
      name: z.string(),
      areaCode: codeOf(g.areas),
      population: wholePositive(),
      areaKm2: z.number().check(z.positive()),
      anchor: z.tuple([z.number(), z.number()]),
    }),
  );
}

function districtsFileSchemaFor(g: Geography, districts: UnitLevel) {
  return z.object({
    districts: z.array(
      z.object({
        code: codeOf(districts),
        name: z.string(),
        parts: z
          .array(z.object({areaCode: codeOf(g.areas), lsoaShare: z.number().check(z.gte(0), z.lte(1)), residents: z.int().check(z.gte(0))}))
          .check(z.minLength(1)),
        /** [part code, residents]: the parts' residents again, per finer unit (where the
         * geography has finer units). */
        partResidents: z.optional(z.array(z.tuple([g.parts ? codeOf(g.parts) : z.string(), z.int().check(z.gte(0))])).check(z.minLength(1))),
      }),
    ),
  });
}

/** data/<id>/ combined authorities (manifest `files.combinedAuthorities`): the districts file's
 * shape, each authority's residents per area; `note` says why one is listed that is not a
 * combined authority in law (the Greater London Authority, a strategic authority). */
function authoritiesFileSchemaFor(g: Geography) {
  return z.object({
    combinedAuthorities: z.array(
      z.object({
        code: z.string().check(z.minLength(1)),
        name: z.string(),
        note: z.optional(z.string()),
        parts: z
          .array(z.object({areaCode: codeOf(g.areas), lsoaShare: z.number().check(z.gte(0), z.lte(1)), residents: z.int().check(z.gte(0))}))
          .check(z.minLength(1)),
      }),
    ),
  });
}

/** data/<id>/ acute trusts at their headquarters' area (manifest `files.trusts`). */
function trustsFileSchemaFor(g: Geography) {
  return z.object({
    trusts: z.array(z.object({code: z.string().check(z.regex(/^R[A-Z0-9]{2,4}$/)), name: z.string(), areaCode: codeOf(g.areas)})).check(z.minLength(1)),
  });
}

/** `make` once per geography object (schemas compile their patterns once). */
export function perGeography<A extends unknown[], T>(make: (g: Geography, ...rest: A) => T): (g: Geography, ...rest: A) => T {
  const cache = new WeakMap<Geography, T>();
  return (g, ...rest) => {
    let s = cache.get(g);
    if (!s) cache.set(g, (s = make(g, ...rest)));
    return s;
  };
}

/** Every schema below checks codes against the geography's own patterns; built once per
 * manifest. The part and district schemas take the level, since a geography may have none. */
export const regionSchema = perGeography(regionSchemaFor);
export const optionSchema = perGeography(optionSchemaFor);
export const optionsFileSchema = perGeography(optionsFileSchemaFor);
export const areaTopologySchema = perGeography(areaTopologySchemaFor);
export const partTopologySchema = perGeography(partTopologySchemaFor);
export const districtsFileSchema = perGeography(districtsFileSchemaFor);
export const authoritiesFileSchema = perGeography(authoritiesFileSchemaFor);
export const trustsFileSchema = perGeography(trustsFileSchemaFor);

export type AreaTopology = z.infer<ReturnType<typeof areaTopologySchemaFor>>;
export type PartTopology = z.infer<ReturnType<typeof partTopologySchemaFor>>;
export type ContextTopology = z.infer<typeof contextTopologySchema>;
export type OptionsFile = z.infer<ReturnType<typeof optionsFileSchemaFor>>;
export type DistrictsFile = z.infer<ReturnType<typeof districtsFileSchemaFor>>;
export type AuthoritiesFile = z.infer<ReturnType<typeof authoritiesFileSchemaFor>>;
export type TrustsFile = z.infer<ReturnType<typeof trustsFileSchemaFor>>;
