// Whole numbers shared out in proportion, adding up exactly: how an area-level figure is split
// among parts without rounding drift (the data build's part areas, part-level flows).

/** `total` whole units shared in proportion to `weights` by largest remainder (ties to the
 * earlier weight), so the shares add up to `total` exactly; equally when no weight is positive.
 * Weights must be ≥ 0; [] for no weights. */
export function shareOut(total: number, weights: readonly number[]): number[] {
  if (weights.length === 0) return [];
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum > 0 ? (total * w) / sum : total / weights.length));
  const shares = exact.map(Math.floor);
  let left = total - shares.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((e, i) => ({i, r: e - Math.floor(e)}))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const {i} of byRemainder) {
    if (left <= 0) break;
    shares[i]! += 1;
    left -= 1;
  }
  return shares;
}
