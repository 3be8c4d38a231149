// Number formatting for people: en-GB grouping, compact "1.2 m" where space is short.
const whole = new Intl.NumberFormat('en-GB', {maximumFractionDigits: 0});
const onePlace = new Intl.NumberFormat('en-GB', {
  maximumFractionDigits: 1,
  minimumFractionDigits: 1,
});

export const formatCount = (n: number): string => whole.format(n);

/** `n` as `n.toLocaleString('en-GB')` writes it (up to 3 decimals), with one formatter made
 * once: toLocaleString builds a new one per call, which a list of 100 rows feels. */
const enGB = new Intl.NumberFormat('en-GB');
export const formatEnGB = (n: number): string => enGB.format(n);

/** `a.localeCompare(b)` (the browser's language), with one collator made once: localeCompare
 * builds one per call, the most of a 100-name sort's time. */
export const compareText: (a: string, b: string) => number = new Intl.Collator().compare;

/** `a.localeCompare(b, 'en-GB')`, likewise. */
export const compareTextEnGB: (a: string, b: string) => number = new Intl.Collator('en-GB').compare;

export function formatCompact(n: number): string {
  const abs = Math.abs(n);
  if (abs >= 1e6) return `${onePlace.format(n / 1e6)} m`;
  if (abs >= 1e4) return `${whole.format(n / 1e3)} k`;
  return whole.format(n);
}

export const formatArea = (km2: number): string => `${whole.format(km2)} km²`;

/** A share (0–1) as a percentage rounded to `places`, halves up once float noise is removed
 * (0.2875 × 1000 is 287.49999999999997 in binary): the one rounding the tables, charts, CSVs
 * and the scorecard share, so a figure never reads 28.7% in one and 28.8% in another. */
export function percentOf(share: number, places = 1): number {
  const factor = 10 ** places;
  return Math.round(Number((share * 100 * factor).toPrecision(12))) / factor;
}

export function formatPercent(share: number, places = 1): string {
  return `${percentOf(share, places).toFixed(places)}%`;
}

/** "+730,650" / "−1" / "0": a real minus sign, and a plus on gains, for change columns. */
export function formatSigned(n: number, format: (n: number) => string = formatCount): string {
  if (n === 0) return '0';
  return n > 0 ? `+${format(n)}` : `−${format(-n)}`;
}

/** The first letter in upper case: a unit or measure at the start of a line ("Admissions"). */
export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** "A", "A and B", "A, B and C". */
export function listJoin(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "in the Midlands", "in the North West", but "in London": names of compass areas take "the". */
export function theRegion(name: string): string {
  return /^(Midlands|North|South|East|West|Central)\b/.test(name) ? `the ${name}` : name;
}
