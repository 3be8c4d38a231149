// The area assignments of a user option from outside the page (user-option-check.ts): read key
// by key from the parsed JSON, so keys such as "__proto__" or "constructor" are only ever
// compared as text (an unknown area code) and never become properties of a result.
import type {BoundaryOption, Region, AreaCode} from '../domain/types';
import {listed} from '../domain/builder/link-text';
import {quote} from '../domain/quote';
import type {PartsCheck} from './user-option-parts';
import {withArticle, type UnitLevel} from '../domain/geography';
import {capitalise} from '../domain/format';

/** What checking a user option needs to know (defined here, the lower of the two files, so
 * user-option-check.ts imports this one and not the other way round). */
export interface CheckContext {
  builtIns: readonly BoundaryOption[];
  /** Every area code in the data (ONS, e.g. E54000013). */
  unitCodes: readonly AreaCode[];
  /** Ids already taken by the user's own options (built-in ids are taken anyway). */
  existingIds: readonly string[];
  /** "E54000013" → "Lincolnshire", for messages; codes alone without it. */
  unitName?: (code: AreaCode) => string;
  /** Refuse an area code the data does not have (an imported file: the user is there to fix
   * it) rather than drop it with a message (saved options, which outlive a data update). */
  refuseUnknownUnits?: boolean;
  /** Every part with its area and their noun, to check part moves (partAssignments); an
   * option with part moves is refused without it. */
  parts?: PartsCheck;
  /** What the geography calls the units an option assigns, for messages (its manifest's
   * `areas`); "area" and no code example without it. */
  areas?: AreaWords;
}

/** The words a message needs for the assigned units: noun, and a code with its vintage. */
export type AreaWords = Pick<UnitLevel, 'noun'> & Partial<Pick<UnitLevel, 'codeExample' | 'codeVintage'>>;

const GENERIC: AreaWords = {noun: {one: 'area', many: 'areas'}};

/**
 * Every area of `ctx.unitCodes` → its region id, from `raw` (parsed JSON). Codes are matched
 * regardless of case. Errors: an area left out (named: "Lincolnshire (E54000013)" when
 * `ctx.unitName` is given), an area in a region not in `regions`, or a value that is not a
 * region id. Said in `messages` and ignored: unknown codes, a code given twice (first kept).
 */
export function checkAssignments(
  raw: Record<string, unknown>,
  regions: readonly Region[],
  ctx: CheckContext,
  messages: string[],
): {value: Record<AreaCode, string>} | {error: string} {
  const units = new Set(ctx.unitCodes);
  const found = new Map<AreaCode, string>();
  const unknown: string[] = [];
  for (const key of Object.keys(raw)) {
    const code = key.trim().toUpperCase();
    // Stryker disable next-line OptionalChaining: `key` is one of raw's own keys, so it has a descriptor
    const region = Object.getOwnPropertyDescriptor(raw, key)?.value;
    if (!units.has(code)) {
      unknown.push(quote(key));
      continue;
    }
    const named = ctx.unitName ? `${ctx.unitName(code)} (${code})` : code;
    if (typeof region !== 'string' || !regions.some((r) => r.id === region)) {
      return {error: `${named} is placed in region ${quote(typeof region === 'string' ? region : (JSON.stringify(region) ?? 'nothing'))}, which the option does not list`};
    }
    if (found.has(code)) messages.push(`${named} is listed twice — using the first`);
    else found.set(code, region);
  }
  const w = ctx.areas ?? GENERIC;
  if (unknown.length && ctx.refuseUnknownUnits) {
    const example = w.codeExample ? ` ${capitalise(w.noun.one)} codes look like ${w.codeExample}${w.codeVintage ? ` (${w.codeVintage})` : ''}.` : '';
    return {error: `The file names ${unknown.length > 1 ? `${w.noun.one} codes` : `${withArticle(w.noun.one)} code`} this map does not have: ${listed(unknown)}.${example}`};
  }
  if (unknown.length) messages.push(`Unknown ${w.noun.one} code${unknown.length > 1 ? 's' : ''} ${listed(unknown)} — ignored`);
  const missing = ctx.unitCodes.filter((c) => !found.has(c));
  if (missing.length) {
    const named = missing.map((c) => (ctx.unitName ? `${ctx.unitName(c)} (${c})` : c));
    return {error: `The option leaves out ${missing.length === 1 ? withArticle(w.noun.one) : `${missing.length} ${w.noun.many}`}: ${listed(named, 5)}. Every ${w.noun.one} must be in a region.`};
  }
  // Keys are known area codes only, in the data's order.
  const value: Record<AreaCode, string> = {};
  for (const code of ctx.unitCodes) value[code] = found.get(code)!;
  return {value};
}
