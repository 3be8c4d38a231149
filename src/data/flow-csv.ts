// The user's own flow data (NHS analysts hold admission counts): a CSV of origin code,
// destination code and volume, read in the browser and never sent anywhere. Every row is
// checked with zod; a file with any bad row is refused with a message per row (its row number
// as a spreadsheet shows it, and what is wrong), so nothing half-loaded is ever shown.
//
// Origins are where residents live: an STP (E54…) or a CCG (E38… or its ODS code, e.g. 04G),
// which counts in its STP. Destinations may also be an acute trust (ODS code, e.g. RNS),
// which counts in the STP of its headquarters, as the built-in data does.
import {csvParseRows} from 'd3-dsv';
import {z} from '../zod';
import type {FlowDataset} from '../domain/flow-dataset';
import type {StpFlow} from '../domain/flows';
import type {Ccg, Stp, StpCode} from '../domain/types';

export type CodeKind = 'STP' | 'CCG' | 'trust';
export type CodeLookup = ReadonlyMap<string, {stp: StpCode; kind: CodeKind}>;

/** Every code the file may use, upper-cased, to the STP it counts in. */
export function buildCodeLookup(stps: readonly Stp[], ccgs: readonly Ccg[], trusts: readonly {code: string; stpCode: StpCode}[]): CodeLookup {
  const lookup = new Map<string, {stp: StpCode; kind: CodeKind}>();
  for (const t of trusts) lookup.set(t.code.toUpperCase(), {stp: t.stpCode, kind: 'trust'});
  for (const c of ccgs) {
    lookup.set(c.code.toUpperCase(), {stp: c.stpCode, kind: 'CCG'});
    lookup.set(c.odsCode.toUpperCase(), {stp: c.stpCode, kind: 'CCG'});
  }
  for (const s of stps) lookup.set(s.code.toUpperCase(), {stp: s.code, kind: 'STP'});
  return lookup;
}

export interface RowProblem {
  /** 1-based, counting the header row, as a spreadsheet numbers rows. */
  row: number;
  message: string;
}

export interface FlowFileDescription {
  fileName: string;
  /** What one unit of volume is, e.g. "admissions". */
  unit: string;
  period: string;
}

export type FlowCsvResult =
  | {ok: true; dataset: FlowDataset; rows: number; pairs: number; kinds: Record<CodeKind, number>}
  | {ok: false; problems: RowProblem[]};

const COLUMN_NAMES = {
  origin: ['origin', 'origin_code', 'from', 'from_code', 'residence', 'home', 'ccg', 'ccg_code', 'stp', 'stp_code', 'source'],
  destination: ['destination', 'destination_code', 'dest', 'to', 'to_code', 'trust', 'trust_code', 'provider', 'provider_code', 'target'],
  volume: ['volume', 'count', 'value', 'people', 'admissions', 'spells', 'patients', 'episodes', 'n', 'flow', 'total'],
} as const;
type Column = keyof typeof COLUMN_NAMES;

const normalise = (h: string) => h.trim().toLowerCase().replace(/[\s-]+/g, '_');

/** Where each column is, from a header row; null if the row is not a header. */
function headerColumns(row: string[]): Record<Column, number> | {missing: Column[]} | null {
  const names = row.map(normalise);
  const at = (c: Column) => names.findIndex((n) => (COLUMN_NAMES[c] as readonly string[]).includes(n));
  const found = {origin: at('origin'), destination: at('destination'), volume: at('volume')};
  const missing = (Object.keys(found) as Column[]).filter((c) => found[c] < 0);
  if (missing.length === 3) return null;
  return missing.length ? {missing} : found;
}

const volumeSchema = z
  .string()
  .trim()
  .min(1, 'the volume is empty')
  // "1,234" and "1 234" are how spreadsheets often write thousands.
  .transform((s) => s.replace(/[,\s]/g, ''))
  .pipe(
    z
      .string()
      .regex(/^-?\d+(\.\d+)?$/, 'the volume is not a number')
      .transform(Number)
      .pipe(z.number().nonnegative('the volume is negative').finite()),
  );
const codeSchema = (what: string) => z.string().trim().min(1, `the ${what} code is empty`).transform((s) => s.toUpperCase());

const MAX_BYTES = 5_000_000;

export function parseFlowCsv(text: string, lookup: CodeLookup, description: FlowFileDescription): FlowCsvResult {
  if (text.length > MAX_BYTES) return fail(0, 'The file is larger than 5 MB; a flow table by STP or CCG is far smaller.');
  const rows = csvParseRows(text.replace(/^\uFEFF/, ''));
  const firstIndex = rows.findIndex((r) => r.some((cell) => cell.trim() !== ''));
  if (firstIndex < 0) return fail(0, 'The file is empty.');
  const header = headerColumns(rows[firstIndex]!);
  if (header && 'missing' in header) {
    return fail(firstIndex + 1, `the header has no ${header.missing.join(' or ')} column (expected origin, destination, volume)`);
  }
  const columns = header ?? {origin: 0, destination: 1, volume: 2};
  const width = Math.max(columns.origin, columns.destination, columns.volume) + 1;
  const rowSchema = z.object({origin: codeSchema('origin'), destination: codeSchema('destination'), volume: volumeSchema});

  const problems: RowProblem[] = [];
  const sums = new Map<string, StpFlow>();
  const kinds: Record<CodeKind, number> = {STP: 0, CCG: 0, trust: 0};
  let dataRows = 0;
  rows.forEach((cells, i) => {
    const row = i + 1;
    if (i < firstIndex || (header && i === firstIndex) || cells.every((c) => c.trim() === '')) return;
    dataRows++;
    if (cells.length < width) {
      problems.push({row, message: `expected ${width} values (origin, destination, volume), found ${cells.length}`});
      return;
    }
    const parsed = rowSchema.safeParse({origin: cells[columns.origin], destination: cells[columns.destination], volume: cells[columns.volume]});
    if (!parsed.success) {
      problems.push({row, message: parsed.error.issues.map((issue) => issue.message).join('; ')});
      return;
    }
    const {origin, destination, volume} = parsed.data;
    const from = lookup.get(origin);
    const to = lookup.get(destination);
    const wrong: string[] = [];
    if (!from) wrong.push(`origin "${origin}" is not an STP (E54…) or CCG (E38… or ODS code such as 04G) of April 2018`);
    else if (from.kind === 'trust') wrong.push(`origin "${origin}" is a trust: the origin is where residents live (an STP or CCG)`);
    if (!to) wrong.push(`destination "${destination}" is not an STP, CCG or acute trust code`);
    if (wrong.length) {
      problems.push({row, message: wrong.join('; ')});
      return;
    }
    kinds[from!.kind]++;
    kinds[to!.kind]++;
    if (volume === 0) return;
    const key = `${from!.stp}>${to!.stp}`;
    const f = sums.get(key);
    if (f) f.volume += volume;
    else sums.set(key, {origin: from!.stp, destination: to!.stp, volume});
  });
  if (problems.length) return {ok: false, problems};
  if (dataRows === 0) return fail(firstIndex + 1, 'there are no data rows after the header');
  if (sums.size === 0) return fail(0, 'Every volume in the file is zero.');

  const unit = description.unit.trim() || 'admissions';
  const flows = [...sums.values()].sort((a, b) => (a.origin < b.origin ? -1 : a.origin > b.origin ? 1 : a.destination < b.destination ? -1 : 1));
  return {
    ok: true,
    rows: dataRows,
    pairs: flows.length,
    kinds,
    dataset: {
      kind: 'file',
      measure: `${unit} from your file`,
      unit,
      period: description.period.trim(),
      source: `Your file ${description.fileName}, read in this browser`,
      flows,
      fileName: description.fileName,
    },
  };
}

function fail(row: number, message: string): FlowCsvResult {
  return {ok: false, problems: [{row, message}]};
}
