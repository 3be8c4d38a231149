// The part moves (partAssignments, issue 19) of a user option from outside the page (a file or
// storage): read key by key like its area assignments (user-option-units.ts), with the builder's
// rules: every code a part of this map in a region the option lists. Normalised, and said: a
// part placed in the region its area is in anyway is left out (the builder never writes one),
// so an option read back is in the builder's one normal form (units.ts movePart).
import type {Region} from '../domain/types';
import type {PartPlace, UnitNoun} from '../domain/builder/units';
import {listed} from '../domain/builder/link-text';
import {quote} from '../domain/quote';
import {unitIndex} from '../domain/unit-index';

/** What checking part moves needs: every part with its area (the loaded part layer) and its noun. */
export interface PartsCheck {
  list: readonly PartPlace[];
  noun: UnitNoun;
}

export interface PartRules {
  parts?: PartsCheck;
  /** Refuse an unknown part code (a file) rather than drop it with a message (storage). */
  refuseUnknown?: boolean;
}

/**
 * `raw` (parsed JSON, or undefined) as partAssignments in normal form, sorted by code; undefined
 * when none are left. Codes are matched regardless of case. Errors: part moves without
 * `rules.parts` (the part layer must be loaded first); a part placed in a region the option does
 * not list; with `refuseUnknown`, a code that is not a part of this map (named). Said in
 * `messages`: unknown codes dropped (storage), a part listed twice, a part where its area is anyway.
 */
export function checkPartAssignments(
  raw: Record<string, unknown> | undefined,
  regions: readonly Region[],
  areaRegion: Readonly<Record<string, string>>,
  rules: PartRules,
  messages: string[],
): {value: Record<string, string> | undefined} | {error: string} {
  const keys = raw ? Object.keys(raw) : [];
  // Stryker disable next-line ObjectLiteral: {} has no value either
  if (!keys.length) return {value: undefined};
  if (!rules.parts) return {error: 'The option moves some finer units on their own, and they are not loaded yet — try again in a moment'};
  const {list, noun} = rules.parts;
  const byCode = unitIndex(list);
  const found = new Map<string, string>();
  const seen = new Set<string>();
  const unknown: string[] = [];
  for (const key of keys) {
    const code = key.trim().toUpperCase();
    // Stryker disable next-line OptionalChaining: `key` is one of raw's own keys, so it has a descriptor
    const region = Object.getOwnPropertyDescriptor(raw, key)?.value;
    const place = byCode.get(code);
    if (!place) {
      unknown.push(quote(key));
      continue;
    }
    if (typeof region !== 'string' || !regions.some((r) => r.id === region)) {
      return {error: `${code} is moved to region ${quote(typeof region === 'string' ? region : (JSON.stringify(region) ?? 'nothing'))}, which the option does not list`};
    }
    if (seen.has(code)) {
      messages.push(`${code} is moved twice — using the first`);
      continue;
    }
    seen.add(code);
    if (areaRegion[place.areaCode] === region) messages.push(`${code} is moved to the region it is in anyway — left as it is`);
    else found.set(code, region);
  }
  const what = `${noun.one} code${unknown.length > 1 ? 's' : ''} ${listed(unknown)}`;
  if (unknown.length && rules.refuseUnknown) return {error: `The option moves ${noun.many} this map does not have: ${what}`};
  if (unknown.length) messages.push(`Unknown ${what} in the moves — ignored`);
  // Stryker disable next-line ObjectLiteral: {} has no value either
  if (!found.size) return {value: undefined};
  return {value: Object.fromEntries([...found].sort(([a], [b]) => (a < b ? -1 : 1)))};
}
