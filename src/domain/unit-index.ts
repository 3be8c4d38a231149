// The code → unit index of a list of units (areas, parts, trusts): built once per list and kept
// while the list lives, so every view and message looks units up the same way instead of each
// building its own Map. Lists are data (never changed in place), so the cache cannot go stale.

const indexes = new WeakMap<readonly object[], ReadonlyMap<string, unknown>>();

export function unitIndex<U extends {code: string}>(units: readonly U[]): ReadonlyMap<string, U> {
  let index = indexes.get(units) as ReadonlyMap<string, U> | undefined;
  if (!index) indexes.set(units, (index = new Map(units.map((u) => [u.code, u]))));
  return index;
}

/** A unit's name (or short name) by code; the code itself for a code no unit has (a user's
 * flow file or option may name one). */
export function unitNames<U extends {code: string; name: string; shortName?: string}>(
  units: readonly U[],
  which: 'name' | 'shortName' = 'name',
): (code: string) => string {
  const index = unitIndex(units);
  return (code) => index.get(code)?.[which] ?? code;
}
