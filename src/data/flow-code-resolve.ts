// Which reading of a flow file's code to use. Most codes have one; a code that means
// different areas in two vintages (an ODS code kept by a sub-ICB location that gained a piece,
// say) is read as the vintage the file's other codes show, and the import names it; if they
// show none, or both, the row is refused with the ONS codes that would say which.
import type {CodeLookup, CodeReading} from './flow-codes';

/** The one vintage the file's codes belong to, or null: only codes with a single meaning that
 * belongs to one vintage count (e.g. a sub-ICB location code of April 2023 only). */
export function fileVintage(codes: Iterable<string>, lookup: CodeLookup): string | null {
  const seen = new Set<string>();
  for (const code of codes) {
    const list = lookup.readings.get(code);
    if (list?.length === 1 && list[0]!.vintage) seen.add(list[0]!.vintage);
  }
  return seen.size === 1 ? [...seen][0]! : null;
}

export type Resolved =
  | {kind: 'unknown'}
  | {kind: 'read'; reading: CodeReading; byVintage: boolean}
  | {kind: 'ambiguous'; message: string};

/** What `code` (upper-case) means in a file of `vintage` (see fileVintage). */
export function resolveCode(code: string, lookup: CodeLookup, vintage: string | null): Resolved {
  const list = lookup.readings.get(code);
  if (!list?.length) return {kind: 'unknown'};
  if (list.length === 1) return {kind: 'read', reading: list[0]!, byVintage: false};
  const ofFile = list.filter((r) => vintage !== null && r.vintage === vintage);
  if (ofFile.length === 1) return {kind: 'read', reading: ofFile[0]!, byVintage: true};
  const many = lookup.areaNoun.many;
  // Oldest first (vintages are "April 2023"-style words; same-length ones sort by year).
  const byYear = [...list].sort((a, b) => (a.vintage ?? '').localeCompare(b.vintage ?? ''));
  const meanings = byYear.map((r) => `${r.vintage ? `${r.vintage} ` : ''}${r.kind} ${r.officialCode} (${r.name}, ${r.areas.length} ${r.areas.length === 1 ? lookup.areaNoun.one : many})`);
  return {
    kind: 'ambiguous',
    message: `"${code}" means different ${many} in different years: ${meanings.join('; ')}, and the file's other codes do not show which year it is of — use the ONS code of the one you mean (${byYear.map((r) => r.officialCode).join(' or ')})`,
  };
}

/** A note for each code read by the file's vintage, naming what else it means. */
export function vintageNote(code: string, reading: CodeReading, lookup: CodeLookup): string {
  // A meaning of no particular year (a trust's code) is named without one: "trust Q05".
  const others = (lookup.readings.get(code) ?? []).filter((r) => r !== reading).map((r) => `${r.vintage ? `the ${r.vintage} ` : ''}${r.kind} ${r.officialCode}`);
  return `"${code}" was read as the ${reading.vintage} ${reading.kind} ${reading.officialCode} (${reading.name}), the year of the file's other codes; it also means ${others.join(' and ')}.`;
}

/** The note for codes whose volume was shared out among several areas; null if none were. */
export function sharedNote(shared: ReadonlyMap<string, CodeReading>, lookup: CodeLookup): string | null {
  if (!shared.size) return null;
  const list = [...shared].map(([code, r]) => `${code} (${r.kind}, ${r.areas.length} ${lookup.areaNoun.many})`);
  return `${shared.size === 1 ? 'One code covers' : `${shared.size} codes cover`} more than one ${lookup.areaNoun.one}: ${list.join(', ')}. Their volumes were shared out among those ${lookup.areaNoun.many} in proportion to their ${lookup.shareBasis}, an estimate: a file by ${lookup.areaNoun.one} is exact.`;
}
