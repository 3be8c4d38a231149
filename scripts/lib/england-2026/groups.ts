// The groups the 2026 options are made of: how a group of units is named and given its id
// (from its ICB's or region's name), and the units grouped by the ICB or region they belong to.
import type {Named, Unit} from './units';

/** "NHS Cheshire and Merseyside Integrated Care Board" → "Cheshire and Merseyside". */
export const icbName = (name: string): string =>
  name
    .replace(/^NHS /, '')
    .replace(/ Integrated Care Board$/, '')
    .replace(/ ICB$/, '');

/** A region id: lower-case words joined by hyphens. */
export function slug(name: string): string {
  const words = name
    .replace(/^NHS /, '')
    .replace(/\(.*?\)/g, '')
    .replace(/\b(ICB|cluster)\b/g, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/^(\d)/, 'n$1')
    .split('-');
  // Short enough for links (a user's option names its regions by id): whole words, at most 36 characters.
  let id = words[0]!;
  for (const w of words.slice(1))
    if (id.length + 1 + w.length <= 36) id += `-${w}`;
    else break;
  return id.replace(/-(and|of|the)$/, '');
}

/** A group of units as an option will hold it: `uncertain` says why it is not confirmed. */
export interface Group {
  id: string;
  code: string | null;
  name: string;
  uncertain?: string;
  units: string[];
}

/** `units` grouped by the ICB or region `key` gives, each named by `name`. */
export function groupBy(
  units: readonly Unit[],
  key: (u: Unit) => Named,
  name: (n: Named) => string,
): Group[] {
  const groups = new Map<string, Group>();
  for (const u of units) {
    const n = key(u);
    const g = groups.get(n.code) ?? {id: slug(name(n)), code: n.code, name: name(n), units: []};
    g.units.push(u.code);
    groups.set(n.code, g);
  }
  return [...groups.values()];
}
