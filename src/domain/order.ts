// The one "largest first" order, for every list that shows the biggest things first (flows, a
// region's areas, an area's parts, trusts, chart bars): by size, descending; ties by code in code
// order, so a list never reorders between renders or differs with the user's locale.

/** Code order, independent of the user's locale. */
export const byCode = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/** A comparator for Array.sort: largest `size` first (a missing size, null, after every
 * number), then by each of `ties` in code order; equal on all, the input order stays. */
export function largestFirst<T>(
  size: (item: T) => number | null,
  ...ties: ((item: T) => string)[]
): (a: T, b: T) => number {
  return (a, b) => {
    const x = size(a);
    const y = size(b);
    if (x !== y) return x === null ? 1 : y === null ? -1 : y - x;
    for (const key of ties) {
      const order = byCode(key(a), key(b));
      if (order !== 0) return order;
    }
    return 0;
  };
}
