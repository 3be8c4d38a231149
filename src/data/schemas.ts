// zod schemas for every committed data file. The build validates what it writes with
// these, and the app validates what it loads, so the two can never silently disagree.
// zod/mini's functional API (see zod.ts): checks go in .check(...), wrappers are functions.
import {z} from '../zod';

/** Shorthands for the checks used throughout: a string matching a pattern, a non-empty string. */
export const matching = (pattern: RegExp, message?: string) => z.string().check(z.regex(pattern, message));
export const text = () => z.string().check(z.minLength(1));
export const wholePositive = () => z.int().check(z.positive());

const stpCode = matching(/^E54\d{6}$/, 'an STP code looks like E54000020');
const colour = matching(/^#[0-9a-f]{6}$/i, 'a colour looks like #1d70b8');

export const regionSchema = z.object({
  id: matching(/^[a-z][a-z0-9-]*$/, 'a region id is lower-case words joined by hyphens'),
  code: z.nullable(matching(/^E40\d{6}$/)),
  name: text(),
  colour,
});

export const optionSchema = z
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
          stps: z.array(stpCode).check(z.minLength(1)),
          title: text(),
          quotes: z.array(text()).check(z.minLength(1)),
          paragraphs: text(),
        }),
      ),
    ),
    regions: z.array(regionSchema).check(z.minLength(1)),
    assignments: z.record(stpCode, z.string()),
  })
  .check(z.superRefine((option, ctx) => {
    const ids = new Set(option.regions.map((r) => r.id));
    if (ids.size !== option.regions.length) {
      ctx.addIssue({code: 'custom', message: `option "${option.id}" lists a region twice`});
    }
    const used = new Set(Object.values(option.assignments));
    for (const [stp, region] of Object.entries(option.assignments)) {
      if (!ids.has(region)) {
        ctx.addIssue({
          code: 'custom',
          message: `option "${option.id}" assigns ${stp} to unknown region "${region}"`,
        });
      }
    }
    for (const stp of option.reasons?.flatMap((r) => r.stps) ?? []) {
      if (!(stp in option.assignments)) {
        ctx.addIssue({code: 'custom', message: `option "${option.id}" gives a reason for ${stp}, which it does not assign`});
      }
    }
    for (const r of option.regions) {
      if (!used.has(r.id)) {
        ctx.addIssue({code: 'custom', message: `option "${option.id}": region "${r.id}" has no STPs`});
      }
    }
  }));

export const optionsFileSchema = z.object({
  options: z.array(optionSchema).check(z.minLength(1)),
});

const stpPropertiesSchema = z.object({
  code: stpCode,
  onsName: z.string(),
  name: z.string(),
  shortName: z.string(),
  population: wholePositive(),
  ccgCount: wholePositive(),
  areaKm2: z.number().check(z.positive()),
  anchor: z.tuple([z.number(), z.number()]),
});

const ccgPropertiesSchema = z.object({
  code: matching(/^E38\d{6}$/),
  odsCode: z.string().check(z.minLength(3)),
  name: z.string(),
  stpCode,
  population: wholePositive(),
  areaKm2: z.number().check(z.positive()),
  anchor: z.tuple([z.number(), z.number()]),
});

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

export const stpTopologySchema = topologySchema('stps', stpPropertiesSchema);
export const ccgTopologySchema = topologySchema('ccgs', ccgPropertiesSchema);
export const contextTopologySchema = topologySchema('countries', countryPropertiesSchema);

export const districtsFileSchema = z.object({
  districts: z.array(
    z.object({
      code: matching(/^E0[6-9]\d{6}$/),
      name: z.string(),
      parts: z
        .array(z.object({stpCode, lsoaShare: z.number().check(z.gte(0), z.lte(1)), residents: z.int().check(z.gte(0))}))
        .check(z.minLength(1)),
      /** [CCG code, residents]: the parts' residents again, per CCG. */
      ccgs: z.array(z.tuple([matching(/^E38\d{6}$/), z.int().check(z.gte(0))])).check(z.minLength(1)),
    }),
  ),
});

export type StpTopology = z.infer<typeof stpTopologySchema>;
export type CcgTopology = z.infer<typeof ccgTopologySchema>;
export type ContextTopology = z.infer<typeof contextTopologySchema>;
export type OptionsFile = z.infer<typeof optionsFileSchema>;
export type DistrictsFile = z.infer<typeof districtsFileSchema>;
