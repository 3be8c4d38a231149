// A user's own boundary option (issue 11): a copy of a built-in option or of another user
// option, marked userBuilt so it can never pass for an official proposal. Pure: the builder's
// edits are in edit.ts, the link form in option-link.ts.
import {optionPhrase} from '../options';
import type {BoundaryOption, OptionId, OptionSource, RegionId} from '../types';

/** The source every user-built option cites (a user option has no reasons and no phrase). */
export const USER_OPTION_SOURCE: OptionSource = {document: 'Footprint user', paragraphs: '—'};

/** "Built in Footprint from the revised proposal. Not an official proposal." */
export function userOptionDescription(basedOn: Pick<BoundaryOption, 'title' | 'phrase'>): string {
  return `Built in Footprint from ${optionPhrase(basedOn)}. Not an official proposal.`;
}

export interface NewUserOption {
  /** From nextUserOptionId, e.g. "mine-3". */
  id: OptionId;
  /** From nextOptionTitle, e.g. "My option 3", or the user's own. */
  title: string;
  /** The option it starts from: a built-in, or another user option. */
  basedOn: BoundaryOption;
  /** The built-in option its link is written against: `basedOn`'s id when that is built in,
   * else `basedOn.userBuilt.baseId`. Defaults to exactly that. */
  baseId?: OptionId;
  /** When it was made, YYYY-MM-DD. */
  date: string;
}

/**
 * A new user option: `basedOn`'s regions, assignments, part moves and group noun (copied, so edits never reach the
 * original), the user source, no reasons and no phrase, marked userBuilt.
 */
export function makeUserOption({id, title, basedOn, baseId, date}: NewUserOption): BoundaryOption {
  return {
    id,
    title,
    date,
    description: userOptionDescription(basedOn),
    source: {...USER_OPTION_SOURCE},
    regions: basedOn.regions.map((r) => ({...r})),
    assignments: {...basedOn.assignments},
    ...(basedOn.partAssignments ? {partAssignments: {...basedOn.partAssignments}} : {}),
    // Its groups keep their noun: an option started from the clusters has clusters.
    ...(basedOn.groupNoun ? {groupNoun: {...basedOn.groupNoun}} : {}),
    userBuilt: {basedOn: basedOn.id, baseId: baseId ?? basedOn.userBuilt?.baseId ?? basedOn.id},
  };
}

/** The number N of every `prefix`N in `values` (e.g. "mine-" → 3 for "mine-3"). */
function numbersAfter(prefix: string, values: Iterable<string>, ignoreCase: boolean): Set<number> {
  const numbers = new Set<number>();
  const p = ignoreCase ? prefix.toLowerCase() : prefix;
  for (const raw of values) {
    const v = ignoreCase ? raw.toLowerCase() : raw;
    if (v.startsWith(p) && /^[1-9]\d{0,8}$/.test(v.slice(p.length)))
      numbers.add(Number(v.slice(p.length)));
  }
  return numbers;
}

/**
 * A fresh user option id "mine-N": one more than the highest N among `existingIds` (built-in
 * and user ids; case ignored), so a deleted option's id is never reused by another option
 * that something may still name as basedOn. "mine-1" when there is none.
 */
export function nextUserOptionId(existingIds: Iterable<OptionId>): OptionId {
  const ids = [...existingIds];
  const numbers = numbersAfter('mine-', ids, true);
  let n = Math.max(0, ...numbers) + 1;
  const taken = new Set(ids.map((i) => i.toLowerCase()));
  while (taken.has(`mine-${n}`)) n++;
  return `mine-${n}`;
}

/** "My option N" for the lowest N ≥ 1 that no title in `existingTitles` already uses. */
export function nextOptionTitle(existingTitles: Iterable<string>): string {
  const used = new Set([...existingTitles].map((t) => t.trim().toLowerCase()));
  let n = 1;
  while (used.has(`my option ${n}`)) n++;
  return `My option ${n}`;
}

/**
 * An id for a new region of `option`: "new-N" for the lowest N ≥ 1 not in use, so ids stay
 * short in links (at most "new-20" under LIMITS.regions).
 */
export function nextRegionId(option: Pick<BoundaryOption, 'regions'>): RegionId {
  const numbers = numbersAfter(
    'new-',
    option.regions.map((r) => r.id),
    false,
  );
  let n = 1;
  while (numbers.has(n)) n++;
  return `new-${n}`;
}
