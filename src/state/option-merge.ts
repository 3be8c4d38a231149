// How one tab's options and another tab's stored ones come together (issue 21, fault 2). Each
// option carries a revision: a count this tab raises on each of its own steps. The higher
// revision wins; two different versions at the same revision (two tabs stepped at once) keep
// both, the other tab's under the option's id and this tab's as a copy, so no accepted step is
// ever lost. A merge never asks for a write: only a tab's own step does, so tabs cannot write
// storage in a loop.
import type {BoundaryOption} from '../domain/types';
import {nextUserOptionId} from '../domain/builder/user-option';

/** Option id → revision (1 and up; 0 or missing: never stepped, e.g. saved before revisions). */
export type Revisions = Record<string, number>;

export interface Versioned {
  options: BoundaryOption[];
  revisions: Revisions;
}

export interface Merged extends Versioned {
  /** Whether this tab's list must change (by identity): another tab's work came in. */
  changed: boolean;
}

/** The copy's title when two tabs stepped the same option at once. */
export const tabCopyTitle = (title: string) => `${title} (changes from another tab)`;

const rev = (r: Revisions, id: string) => r[id] ?? 0;

/**
 * Merge this tab's options (`local`) with the ones in storage now (`stored`). `seen`: each
 * option's revision when this tab last read or wrote storage (an option seen there and gone now
 * was removed by another tab); `removed`: options this tab removed and has not yet saved, with
 * their revision then. Order: this tab's, then new ones from storage in their order.
 */
export function mergeWithStored(
  local: Versioned,
  stored: Versioned,
  seen: Revisions,
  removed: Revisions,
): Merged {
  const storedById = new Map(stored.options.map((o) => [o.id, o]));
  const localIds = new Set(local.options.map((o) => o.id));
  const options: BoundaryOption[] = [];
  const revisions: Revisions = {};
  const copies: BoundaryOption[] = [];
  let changed = false;
  for (const mine of local.options) {
    const theirs = storedById.get(mine.id);
    const [l, s] = [rev(local.revisions, mine.id), rev(stored.revisions, mine.id)];
    if (!theirs) {
      // Gone from storage since this tab saw it, with no step here since: another tab removed it.
      if (mine.id in seen && l <= rev(seen, mine.id)) changed = true;
      else keep(mine, l);
    } else if (s > l) {
      keep(theirs, s);
      changed = true;
    } else if (s < l || JSON.stringify(theirs) === JSON.stringify(mine)) keep(mine, l);
    else {
      // Both tabs stepped from the same revision: the stored one keeps the id, this one is a copy.
      keep(theirs, s);
      copies.push(mine);
      changed = true;
    }
  }
  for (const theirs of stored.options) {
    if (localIds.has(theirs.id)) continue;
    const s = rev(stored.revisions, theirs.id);
    if (theirs.id in removed && s <= rev(removed, theirs.id)) continue;
    keep(theirs, s);
    changed = true;
  }
  for (const copy of copies) {
    const id = nextUserOptionId(options.map((o) => o.id));
    keep({...copy, id, title: tabCopyTitle(copy.title)}, 1);
  }
  return {options, revisions, changed};

  function keep(option: BoundaryOption, revision: number) {
    options.push(option);
    if (revision > 0) revisions[option.id] = revision;
  }
}

/** The revisions after this tab's own step from `before` to `after`: each option that changed
 * (by identity) or is new goes above both its own and the stored revision; removed ones are
 * listed with their revision in `removed`. */
export function stepRevisions(
  before: readonly BoundaryOption[],
  after: readonly BoundaryOption[],
  revisions: Revisions,
  seen: Revisions,
  removed: Revisions,
): Revisions {
  const prev = new Map(before.map((o) => [o.id, o]));
  const next: Revisions = {};
  for (const o of after) {
    const r = rev(revisions, o.id);
    next[o.id] = prev.get(o.id) === o ? r : Math.max(r, rev(seen, o.id)) + 1;
    if (next[o.id] === 0) delete next[o.id];
  }
  const kept = new Set(after.map((o) => o.id));
  for (const id of prev.keys()) if (!kept.has(id)) removed[id] = rev(revisions, id);
  return next;
}
