// Rows that give the same flow twice (the same origin and destination, by whichever of a
// place's codes) are added up, as a table split in parts needs; but a row pasted twice would
// double a number unnoticed, so every repeat is named in a warning after loading.

export interface FlowRow {
  /** 1-based spreadsheet row. */
  row: number;
  /** The codes as the file wrote them (upper-cased). */
  origin: string;
  destination: string;
  /** The same for every row about the same two places. */
  key: string;
  volume: number;
}

/** Repeats named in full; more are counted. */
const NAMED = 10;
const number = new Intl.NumberFormat('en-GB', {maximumFractionDigits: 6});

const listRows = (rows: number[]) => (rows.length === 2 ? `${rows[0]} and ${rows[1]}` : `${rows.slice(0, -1).join(', ')} and ${rows[rows.length - 1]}`);

/** One sentence per flow given in more than one row, in file order: "Rows 2 and 3 give the
 * same flow, E54000020 → E54000015: their volumes were added up to 2,400." */
export function repeatWarnings(rows: readonly FlowRow[]): string[] {
  const groups = new Map<string, FlowRow[]>();
  for (const r of rows) {
    const g = groups.get(r.key);
    if (g) g.push(r);
    else groups.set(r.key, [r]);
  }
  const repeated = [...groups.values()].filter((g) => g.length > 1);
  const words = repeated.slice(0, NAMED).map((g) => {
    const sum = g.reduce((n, r) => n + r.volume, 0);
    return `Rows ${listRows(g.map((r) => r.row))} give the same flow, ${g[0]!.origin} → ${g[0]!.destination}: their volumes were added up to ${number.format(sum)}.`;
  });
  if (repeated.length > NAMED) words.push(`…and ${repeated.length - NAMED} more flows given in more than one row, also added up.`);
  return words;
}
