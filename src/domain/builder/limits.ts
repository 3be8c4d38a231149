// The limits of a user-built option, and the checks on the text a user (or a file, or a link)
// gives it. Shared by the builder (applyEdit), the link reader and the file/storage readers,
// so an option that one accepts the others accept too.

/** Limits of a user-built option. Lengths count characters as people see them (Unicode code
 * points: "é" is one, "😀" is one). `linkChars`: see option-link.ts (USER_OPTION_LINK_BUDGET). */
export const LIMITS = {
  titleChars: 80,
  regionNameChars: 50,
  /** The fewest regions every geography allows; a geography whose published options have more
   * groups allows as many as its largest (regionLimit). */
  regions: 20,
  /** Region ids: long enough for every built-in id (the longest, England 2026's, is 36) and "new-20". */
  regionIdChars: 40,
  /** Option ids ("mine-12"). */
  optionIdChars: 30,
} as const;

/**
 * The most regions (groups) a user option may have on a geography whose published options are
 * `builtIns`: LIMITS.regions, or half as many again as the largest of them has when that is more
 * (42 ICBs → 63), so an option started from the finest published one can still be split.
 * England 2018 (at most 7 regions) keeps 20. Used alike by the builder, the link reader and the
 * file and storage readers, so what one accepts the others read.
 */
export function regionLimit(builtIns: readonly {regions: readonly unknown[]}[]): number {
  return Math.max(
    LIMITS.regions,
    Math.ceil(1.5 * Math.max(0, ...builtIns.map((o) => o.regions.length))),
  );
}

/** Ids of options and regions: lower-case words joined by hyphens, e.g. "east", "new-3". */
export const ID_PATTERN = /^[a-z][a-z0-9-]*$/;
/** Names that would read as a built-in property if a record were indexed by them. */
const RESERVED_IDS = new Set(['constructor', 'prototype']);
/** A colour as a region stores it: lower-case #rrggbb. */
export const COLOUR_PATTERN = /^#[0-9a-f]{6}$/;

// C0 and C1 controls and DEL; the bidirectional embeddings, overrides and isolates (they can
// make text read backwards, e.g. to disguise "Not an official proposal"); lone surrogates
// (a link would turn them into U+FFFD, so the name would not come back the same).
// eslint-disable-next-line no-control-regex
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff]|\p{Surrogate}/gu;

/** Number of characters as people count them (code points). */
export const charCount = (s: string): number => [...s].length;

/** Is `id` usable as a region or option id (pattern, length, not a reserved word)? */
export function isGoodId(id: string, maxChars: number): boolean {
  return ID_PATTERN.test(id) && id.length <= maxChars && !RESERVED_IDS.has(id);
}

/**
 * Why `text` cannot be a name, or null when it can. `what` names it in the message, e.g.
 * "A region name" or "The option's title". The text must already be trimmed.
 * Errors: empty; more than `maxChars` code points; hidden control or direction characters.
 */
export function nameProblem(text: string, what: string, maxChars: number): string | null {
  if (text.trim() === '') return `${what} cannot be empty`;
  if (text.trim() !== text) return `${what} cannot start or end with a space`;
  const hidden = text.match(HIDDEN);
  if (hidden)
    return `${what} contains ${hidden.length} hidden control character${hidden.length > 1 ? 's' : ''} — remove them`;
  const n = charCount(text);
  if (n > maxChars) return `${what} is ${n} characters long; the most is ${maxChars}`;
  return null;
}

/** `text` without hidden control and direction characters, and trimmed; with the number removed. */
export function withoutHidden(text: string): {text: string; removed: number} {
  const removed = text.match(HIDDEN)?.length ?? 0;
  return {text: text.replace(HIDDEN, '').trim(), removed};
}

/** A region name as sameName compares it: Unicode form and case folded (en-GB). */
export const nameKey = (name: string): string => name.normalize('NFC').toLocaleLowerCase('en-GB');

/** Two region names people would take for the same one (case and Unicode form ignored). */
export const sameName = (a: string, b: string): boolean => nameKey(a) === nameKey(b);

/** `#RRGGBB` or `#rrggbb` as stored (lower case), or null when it is not such a colour. */
export function readColour(text: string): string | null {
  const lower = text.trim().toLowerCase();
  return COLOUR_PATTERN.test(lower) ? lower : null;
}
