// The header row of a flow file: which column is origin, destination and volume, by the names
// analysts use for them.

import {PUBLISHED_ORIGIN_HEADERS} from '../domain/published-words';
export const COLUMN_NAMES = {
  origin: ['origin', 'origin_code', 'from', 'from_code', 'residence', 'home', ...PUBLISHED_ORIGIN_HEADERS, 'source', 'sub_icb', 'sub_icb_code', 'sicbl', 'sicbl_code', 'icb', 'icb_code'],
  destination: ['destination', 'destination_code', 'dest', 'to', 'to_code', 'trust', 'trust_code', 'provider', 'provider_code', 'target'],
  volume: ['volume', 'count', 'value', 'people', 'admissions', 'spells', 'patients', 'episodes', 'n', 'flow', 'total'],
} as const;
export type Column = keyof typeof COLUMN_NAMES;
export type Columns = Record<Column, number>;

/** A cell as written, less spaces around it and the quotes a value keeps when a space precedes
 * them (`a, "b"`: RFC 4180 reads the quotes as part of the value; people mean them as quotes). */
export const cellText = (cell: string): string => cell.trim().replace(/^"(.*)"$/s, '$1').trim();

const normalise = (h: string) => cellText(h).toLowerCase().replace(/[\s-]+/g, '_');

/** Where each column is, from a header row; null if the row is not a header. */
export function headerColumns(row: readonly string[]): Columns | {missing: Column[]} | null {
  const names = row.map(normalise);
  const at = (c: Column) => names.findIndex((n) => (COLUMN_NAMES[c] as readonly string[]).includes(n));
  const found = {origin: at('origin'), destination: at('destination'), volume: at('volume')};
  const missing = (Object.keys(found) as Column[]).filter((c) => found[c] < 0);
  if (missing.length === 3) return null;
  return missing.length ? {missing} : found;
}

/** A header naming all three columns (`full`), or at least one of them. */
export function isHeader(row: readonly string[], full: boolean): boolean {
  const h = headerColumns(row);
  return h !== null && (!full || !('missing' in h));
}
