// zod schemas for the two patient-flow data files. Kept apart from schemas.ts so the flow
// build and the map app can evolve without editing each other's file. The build validates
// what it writes with these and the app validates what it loads, as for the other files.
import {z} from '../zod';
import {matching, text, wholePositive} from './schemas';

const stpCode = matching(/^E54\d{6}$/, 'an STP code looks like E54000020');
const ccgCode = matching(/^E38\d{6}$/, 'a CCG code looks like E38000119');
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

export const stpFlowsFileSchema = z
  .object({
    ...describedFlows,
    /** [origin (residence) STP, destination (trust HQ) STP, people]; self-flows included. */
    flows: z.array(z.tuple([stpCode, stpCode, volume])).check(z.minLength(1)),
  })
  .check(z.superRefine((file, ctx) => {
    const seen = new Set<string>();
    for (const [origin, destination] of file.flows) {
      const key = `${origin}>${destination}`;
      if (seen.has(key)) ctx.addIssue({code: 'custom', message: `flow ${origin} → ${destination} is listed twice`});
      seen.add(key);
    }
  }));

export const trustSchema = z.object({
  code: trustCode,
  name: text(),
  /** STP containing the trust's headquarters; a multi-site trust counts entirely there. */
  stpCode,
  /** CCG (April 2018) containing the headquarters, always one of stpCode's: a trust's region
   * follows it when an option moves single CCGs. */
  ccgCode,
  lon: z.number().check(z.gte(-7), z.lte(2.5)),
  lat: z.number().check(z.gte(49.8), z.lte(56)),
});

export const ccgTrustFlowsFileSchema = z
  .object({
    ...describedFlows,
    trusts: z.array(trustSchema).check(z.minLength(1)),
    /** [CCG of residence, trust code, people]. */
    flows: z.array(z.tuple([ccgCode, trustCode, volume])).check(z.minLength(1)),
    /** [CCG, all its residents (mid-2019)]: the denominator of a CCG's shares, so the part not
     * attributed to any trust (suppressed small flows) shows too. */
    residents: z.array(z.tuple([ccgCode, volume])).check(z.minLength(1)),
  })
  .check(z.superRefine((file, ctx) => {
    const codes = new Set(file.trusts.map((t) => t.code));
    if (codes.size !== file.trusts.length) ctx.addIssue({code: 'custom', message: 'a trust is listed twice'});
    const withResidents = new Set(file.residents.map(([ccg]) => ccg));
    for (const t of file.trusts) {
      if (!withResidents.has(t.ccgCode)) ctx.addIssue({code: 'custom', message: `trust ${t.code}'s HQ CCG ${t.ccgCode} has no resident count`});
    }
    const seen = new Set<string>();
    for (const [ccg, trust] of file.flows) {
      if (!withResidents.has(ccg)) ctx.addIssue({code: 'custom', message: `CCG ${ccg} has flows but no resident count`});
      if (!codes.has(trust)) ctx.addIssue({code: 'custom', message: `flow ${ccg} → ${trust}: trust not listed`});
      const key = `${ccg}>${trust}`;
      if (seen.has(key)) ctx.addIssue({code: 'custom', message: `flow ${ccg} → ${trust} is listed twice`});
      seen.add(key);
    }
  }));

export type StpFlowsFile = z.infer<typeof stpFlowsFileSchema>;
export type CcgTrustFlowsFile = z.infer<typeof ccgTrustFlowsFileSchema>;
export type TrustRecord = z.infer<typeof trustSchema>;
