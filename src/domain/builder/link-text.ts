// The text form of a user option's link parameters: names, separators and the escape for
// region names. Separators are characters URLSearchParams leaves as they are (".", "_", "*"),
// so the address bar stays readable:
//
//   move=east.E54000013.E54000040_midlands.E54000017      (region.code.code…, groups joined by _)
//   pmove=midlands.E38000182                              (parts moved on their own, away
//                                                          from their area's region: the same form)
//   regions=midlands..Central+Midlands_new-1.aa3377.Fens  (id.colour.name, entries joined by _;
//                                                          colour or name empty = as in the base)
//   drop=north-west.london                                (base regions removed)
//
// Region ids and area and part codes never contain "." "_" or "*". A name may contain anything: it is
// the last field of its entry, so "." needs no escape; "_" is written "*_" and "*" is "**".

/** Where a user option's parameters sit in a link: the shown option, or the comparison's. */
export type LinkPrefix = '' | 'compare-';

/** The parameter that names the option's id, per prefix (read and written by url.ts). */
export const ID_PARAM: Record<LinkPrefix, string> = {'': 'option', 'compare-': 'compare'};

const NAMES = ['base', 'title', 'move', 'pmove', 'regions', 'drop'] as const;
export type UserOptionParam = (typeof NAMES)[number];

/** Every parameter a user option can add to a link, for both prefixes (for the page's list of
 * known parameters): base, title, move, pmove, regions, drop, compare-base, … */
export const USER_OPTION_PARAMS: readonly string[] = (['', 'compare-'] as const).flatMap((p) =>
  NAMES.map((n) => `${p}${n}`),
);

export const paramName = (prefix: LinkPrefix, name: UserOptionParam): string => `${prefix}${name}`;
export const paramNames = (prefix: LinkPrefix): string[] => NAMES.map((n) => paramName(prefix, n));

export const GROUP = '_';
export const FIELD = '.';
const ESCAPE = '*';

/** A region name as it goes into `regions`: "*" → "**", "_" → "*_". */
export const escapeName = (name: string): string => name.replace(/[*_]/g, (c) => ESCAPE + c);

/**
 * `regions` split into its entries, unescaped: "*_" is "_" inside an entry, "**" is "*",
 * any other "*" is itself (a hand-typed name keeps its star). Empty entries are left out.
 */
export function splitEntries(value: string): string[] {
  const entries: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    const next = value[i + 1];
    if (c === ESCAPE && (next === ESCAPE || next === GROUP)) {
      current += next;
      i++;
    } else if (c === GROUP) {
      if (current) entries.push(current);
      current = '';
    } else current += c;
  }
  if (current) entries.push(current);
  return entries;
}

/** "id.colour.name" → its three fields (the name keeps any further dots), or null. */
export function splitEntry(entry: string): {id: string; colour: string; name: string} | null {
  const first = entry.indexOf(FIELD);
  const second = first < 0 ? -1 : entry.indexOf(FIELD, first + 1);
  if (second < 0) return null;
  return {
    id: entry.slice(0, first),
    colour: entry.slice(first + 1, second),
    name: entry.slice(second + 1),
  };
}

/** A list for a message: "a, b, c" or "a, b, c and 4 more" (never "and 1 more": the one left
 * is named). */
export function listed(items: readonly string[], max = 3): string {
  if (items.length <= max + 1) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}
