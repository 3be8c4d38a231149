// zod schemas for the two patient-flow data files. Kept apart from schemas.ts so the flow
// build and the map app can evolve without editing each other's file. The build validates
// what it writes with these and the app validates what it loads, as for the other files.
import {z} from '../zod';
import type {Geography, UnitLevel} from '../domain/geography';
import {codeOf, matching, perGeography, text, wholePositive} from './schemas';
/** ODS trust codes: R plus two alphanumerics (RNS, R0D); a few have more. */
const trustCode = matching(/^R[A-Z0-9]{2,4}$/, 'a trust code looks like RNS');
/** People, rounded after aggregation; pairs that round to 0 are left out. */
const volume = wholePositive();

const describedFlows = {
  measure: text(),
  unit: text(),
  period: text(),
  source: text(),
};

function areaFlowsFileSchemaFor(g: Geography) {
  const areaCode = codeOf(g.areas);
  return z
  .object({
    ...describedFlows,
    /** [origin (residence) area, destination (trust HQ) area, people]; self-flows included. */
    flows: z.array(z.tuple([areaCode, areaCode, volume])).check(z.minLength(1)),
  })
  .check(z.superRefine((file, ctx) => {
    const seen = new Set<string>();
    for (const [origin, destination] of file.flows) {
      const key = `${origin}>${destination}`;
      if (seen.has(key)) ctx.addIssue({code: 'custom', message: `flow ${origin} → ${destination} is listed twice`});
      seen.add(key);
    }
  }));
}

/** How far outside the geography's bounds a trust may stand (degrees): a trust just over a
 * border (in Wales, say) still serves residents on the map. */
const TRUST_MARGIN = 1;

function trustSchemaFor(g: Geography) {
  const [w, s, e, n] = g.bounds;
  return z.object({
    code: trustCode,
    name: text(),
    /** Area containing the trust's headquarters; a multi-site trust counts entirely there. */
    areaCode: codeOf(g.areas),
    /** Finer unit containing the headquarters, always one of areaCode's: a trust's region
     * follows it when an option moves single finer units. */
    partCode: g.parts ? codeOf(g.parts) : z.string(),
    lon: z.number().check(z.gte(w - TRUST_MARGIN), z.lte(e + TRUST_MARGIN)),
    lat: z.number().check(z.gte(s - TRUST_MARGIN), z.lte(n + TRUST_MARGIN)),
  });
}

function partTrustFlowsFileSchemaFor(g: Geography, parts: UnitLevel) {
  const partCode = codeOf(parts);
  return z
  .object({
    ...describedFlows,
    trusts: z.array(trustSchemaFor(g)).check(z.minLength(1)),
    /** [part of residence, trust code, people]. */
    flows: z.array(z.tuple([partCode, trustCode, volume])).check(z.minLength(1)),
    /** [part, all its residents (mid-2019)]: the denominator of a part's shares, so the part not
     * attributed to any trust (suppressed small flows) shows too. */
    residents: z.array(z.tuple([partCode, volume])).check(z.minLength(1)),
  })
  .check(z.superRefine((file, ctx) => {
    const codes = new Set(file.trusts.map((t) => t.code));
    if (codes.size !== file.trusts.length) ctx.addIssue({code: 'custom', message: 'a trust is listed twice'});
    const withResidents = new Set(file.residents.map(([part]) => part));
    for (const t of file.trusts) {
      if (!withResidents.has(t.partCode)) ctx.addIssue({code: 'custom', message: `trust ${t.code}'s HQ ${parts.noun.one} ${t.partCode} has no resident count`});
    }
    const seen = new Set<string>();
    for (const [part, trust] of file.flows) {
      if (!withResidents.has(part)) ctx.addIssue({code: 'custom', message: `${parts.noun.one} ${part} has flows but no resident count`});
      if (!codes.has(trust)) ctx.addIssue({code: 'custom', message: `flow ${part} → ${trust}: trust not listed`});
      const key = `${part}>${trust}`;
      if (seen.has(key)) ctx.addIssue({code: 'custom', message: `flow ${part} → ${trust} is listed twice`});
      seen.add(key);
    }
  }));
}

/** Flows between the geography's areas, checked against its area codes. */
export const areaFlowsFileSchema = perGeography(areaFlowsFileSchemaFor);
/** Trusts with their HQ area, placed within a degree of the geography's bounds. */
export const trustSchema = perGeography(trustSchemaFor);
/** Flows from the geography's parts to trusts. */
export const partTrustFlowsFileSchema = perGeography(partTrustFlowsFileSchemaFor);

export type AreaFlowsFile = z.infer<ReturnType<typeof areaFlowsFileSchemaFor>>;
export type PartTrustFlowsFile = z.infer<ReturnType<typeof partTrustFlowsFileSchemaFor>>;
export type TrustRecord = z.infer<ReturnType<typeof trustSchemaFor>>;
