// Number formatting for people: en-GB grouping, compact "1.2 m" where space is short.
const whole = new Intl.NumberFormat('en-GB', {maximumFractionDigits: 0});
const onePlace = new Intl.NumberFormat('en-GB', {maximumFractionDigits: 1, minimumFractionDigits: 1});

export const formatCount = (n: number): string => whole.format(n);

export function formatCompact(n: number): string {
  const abs = Math.abs(n);
  if (abs >= 1e6) return `${onePlace.format(n / 1e6)} m`;
  if (abs >= 1e4) return `${whole.format(n / 1e3)} k`;
  return whole.format(n);
}

export const formatArea = (km2: number): string => `${whole.format(km2)} km²`;

export function formatPercent(share: number, places = 1): string {
  return `${(share * 100).toFixed(places)}%`;
}

/** "+730,650" / "−1" / "0": a real minus sign, and a plus on gains, for change columns. */
export function formatSigned(n: number, format: (n: number) => string = formatCount): string {
  if (n === 0) return '0';
  return n > 0 ? `+${format(n)}` : `−${format(-n)}`;
}
