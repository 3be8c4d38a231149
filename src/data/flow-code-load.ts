// The code lookup for a flow file, from what the geography has: its areas (with the units they
// lie within), its parts and its trusts (with the parts' flows to trusts, or on their own).
import type {Area} from '../domain/types';
import {buildCodeLookup, type CodeLookup} from './flow-codes';
import {loadPartTrustFlows} from './flows-load';
import {loadParts, loadTrusts} from './lazy';
import type {FootprintData} from './assemble';

/** Loads what the lookup needs (the parts and trusts files, once each). Rejects with a
 * DataError when one of them fails. */
export async function loadCodeLookup(data: FootprintData): Promise<CodeLookup> {
  const g = data.geography;
  const [parts, trusts] = await Promise.all([
    g.parts && g.files.parts ? loadParts(data).then((m) => m.parts) : [],
    g.files.partTrustFlows && g.parts ? loadPartTrustFlows(data).then((t) => t.trusts) : g.files.trusts ? loadTrusts(data) : [],
  ]);
  return buildCodeLookup(g, data.areas, parts, trusts);
}

/** The official units the areas lie within, by level, with the vintages each is listed in,
 * e.g. [{level: 'ICB', vintages: ['April 2023', 'April 2026']}]; empty where none are listed. */
export function withinLevels(areas: readonly Area[]): {level: string; vintages: string[]}[] {
  const levels = new Map<string, Set<string>>();
  for (const a of areas) for (const w of a.within ?? []) levels.set(w.level, (levels.get(w.level) ?? new Set()).add(w.vintage));
  return [...levels].map(([level, vintages]) => ({level, vintages: [...vintages]}));
}
