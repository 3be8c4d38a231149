// The codes a flow file may use, and what each one is: origins are where residents live (an
// STP, E54…, or a CCG, E38… or its ODS code such as 04G, counted in its STP); destinations may
// also be an acute trust (ODS code such as RNS), counted in the STP of its headquarters, as the
// built-in data does.
import type {Part, Area, AreaCode} from '../domain/types';

export type CodeKind = 'STP' | 'CCG' | 'trust';
/** `id` names the place whichever of its codes the file used (a CCG's ONS code for its ODS code too). */
export type CodeLookup = ReadonlyMap<string, {area: AreaCode; kind: CodeKind; id: string}>;

/** Every code the file may use, upper-cased, to the STP it counts in. */
export function buildCodeLookup(areas: readonly Area[], parts: readonly Part[], trusts: readonly {code: string; areaCode: AreaCode}[]): CodeLookup {
  const lookup = new Map<string, {area: AreaCode; kind: CodeKind; id: string}>();
  for (const t of trusts) lookup.set(t.code.toUpperCase(), {area: t.areaCode, kind: 'trust', id: t.code.toUpperCase()});
  for (const c of parts) {
    const id = c.code.toUpperCase();
    lookup.set(id, {area: c.areaCode, kind: 'CCG', id});
    lookup.set(c.odsCode.toUpperCase(), {area: c.areaCode, kind: 'CCG', id});
  }
  for (const s of areas) lookup.set(s.code.toUpperCase(), {area: s.code, kind: 'STP', id: s.code.toUpperCase()});
  return lookup;
}

/** What is wrong with a row's two codes; empty if both are usable. */
export function codeProblems(origin: string, destination: string, lookup: CodeLookup): string[] {
  const from = lookup.get(origin);
  const wrong: string[] = [];
  if (!from) wrong.push(`origin "${origin}" is not an STP (E54…) or CCG (E38… or ODS code such as 04G) of April 2018`);
  else if (from.kind === 'trust') wrong.push(`origin "${origin}" is a trust: the origin is where residents live (an STP or CCG)`);
  if (!lookup.get(destination)) wrong.push(`destination "${destination}" is not an STP, CCG or acute trust code`);
  return wrong;
}
