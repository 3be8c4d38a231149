// The user's own flow data (NHS analysts hold admission counts): a table of origin code,
// destination code and volume, read in the browser and never sent anywhere. Every row is
// checked; a file with any bad row is refused with a message per row (its row number as a
// spreadsheet shows it, and what is wrong), so nothing half-loaded is ever shown.
//
// Values may be separated by commas, semicolons or tabs (flow-delimiter.ts); volumes are read
// only where a spreadsheet's number format has one meaning (flow-number.ts); rows repeating a
// flow are added up and named in a warning (flow-repeats.ts). Codes: flow-codes.ts.
import {dsvFormat} from 'd3-dsv';
import type {FlowDataset} from '../domain/flow-dataset';
import type {AreaFlow} from '../domain/flows';
import type {CodeLookup, CodeReading} from './flow-codes';
import {fileVintage, resolveCode, sharedNote, vintageNote, type Resolved} from './flow-code-resolve';
import {DELIMITER_NAMES, detectDelimiter, type Delimiter} from './flow-delimiter';
import {cellText, headerColumns, isHeader} from './flow-header';
import {readVolume} from './flow-number';
import {repeatWarnings, type FlowRow} from './flow-repeats';

export {buildCodeLookup, type CodeLookup} from './flow-codes';

export interface RowProblem {
  /** 1-based, counting the header row, as a spreadsheet numbers rows; 0 for the whole file. */
  row: number;
  message: string;
}

export interface FlowFileDescription {
  fileName: string;
  /** What one unit of volume is, e.g. "admissions". */
  unit: string;
  period: string;
}

/** `notes` say how the file was read (e.g. with semicolons, codes shared out or read as one
 * year); `warnings` what was added up. `kinds`: how many codes of each kind the file used, in
 * the geography's words ("area", "sub-ICB location", "trust"), in the order first met. */
export type FlowCsvResult =
  | {ok: true; dataset: FlowDataset; rows: number; pairs: number; kinds: Record<string, number>; notes: string[]; warnings: string[]}
  | {ok: false; problems: RowProblem[]; notes: string[]};

const MAX_BYTES = 5_000_000;

/**
 * Reads a flow file's text into area → area flows (volumes summed per area pair, zero volumes
 * dropped; a code covering several areas shared out by population, see flow-codes.ts). Never throws and never changes its inputs: a file it cannot use fully gives
 * `ok: false` with the problems by row.
 */
export function parseFlowCsv(text: string, lookup: CodeLookup, description: FlowFileDescription): FlowCsvResult {
  if (text.length > MAX_BYTES) return fail(0, `The file is larger than 5 MB; a flow table by ${lookup.areaNoun.one} is far smaller.`);
  const body = text.replace(/^\uFEFF/, '');
  const lines = body.split(/\r\n|\r|\n/);
  const firstLine = lines.findIndex((l) => l.trim() !== '');
  if (firstLine < 0) return fail(0, 'The file is empty.');
  const detected = detectDelimiter(lines[firstLine]!, firstLine + 1, isHeader);
  if (!detected.ok) return fail(detected.row, detected.message);
  const {delimiter} = detected;
  const notes = delimiter === ',' ? [] : [delimiterNote(delimiter)];

  const rows = dsvFormat(delimiter).parseRows(body);
  const firstIndex = rows.findIndex((r) => r.some((cell) => cell.trim() !== ''));
  if (firstIndex < 0) return fail(0, `The file holds only ${DELIMITER_NAMES[delimiter]} and spaces, no values.`, notes);
  const header = headerColumns(rows[firstIndex]!);
  if (header && 'missing' in header) {
    return fail(firstIndex + 1, `the header has no ${header.missing.join(' or ')} column (expected origin, destination, volume)`, notes);
  }
  const columns = header ?? {origin: 0, destination: 1, volume: 2};
  const width = header ? rows[firstIndex]!.length : 3;
  const needed = Math.max(columns.origin, columns.destination, columns.volume) + 1;

  const problems: RowProblem[] = [];
  const kept: FlowRow[] = [];
  const areaOf = new Map<string, AreaShare[]>();
  const kinds: Record<string, number> = {};
  const shared = new Map<string, CodeReading>();
  const byVintage = new Map<string, CodeReading>();
  const vintage = fileVintage(codesIn(rows, columns, firstIndex + (header ? 1 : 0)), lookup);
  let dataRows = 0;
  rows.forEach((cells, i) => {
    const row = i + 1;
    if (i < firstIndex || (header && i === firstIndex) || cells.every((c) => c.trim() === '')) return;
    dataRows++;
    const count = countProblem(cells, width, needed, delimiter, header !== null);
    if (count) return problems.push({row, message: count});
    const origin = cellText(cells[columns.origin]!).toUpperCase();
    const destination = cellText(cells[columns.destination]!).toUpperCase();
    const wrong: string[] = [];
    if (!origin) wrong.push('the origin code is empty');
    if (!destination) wrong.push('the destination code is empty');
    const volume = readVolume(cellText(cells[columns.volume]!), delimiter);
    if (!volume.ok) wrong.push(volume.message);
    const from = resolveCode(origin, lookup, vintage);
    const to = resolveCode(destination, lookup, vintage);
    if (!wrong.length) wrong.push(...codeProblems(origin, from, destination, to, lookup));
    if (wrong.length || !volume.ok || from.kind !== 'read' || to.kind !== 'read') return problems.push({row, message: wrong.join('; ')});
    for (const [code, r] of [[origin, from], [destination, to]] as const) {
      kinds[r.reading.kind] = (kinds[r.reading.kind] ?? 0) + 1;
      if (r.reading.areas.length > 1) shared.set(code, r.reading);
      if (r.byVintage) byVintage.set(code, r.reading);
    }
    const key = `${from.reading.officialCode}>${to.reading.officialCode}`;
    areaOf.set(key, pairShares(from.reading, to.reading));
    kept.push({row, origin, destination, key, volume: volume.value});
  });
  if (problems.length) return {ok: false, problems, notes};
  if (dataRows === 0) return fail(firstIndex + 1, 'there are no data rows after the header', notes);
  const summed = sumByArea(kept, areaOf);
  if (typeof summed === 'string') return fail(0, summed, notes);
  if (summed.length === 0) return fail(0, 'Every volume in the file is zero.', notes);

  const unit = description.unit.trim() || 'admissions';
  notes.push(...[...byVintage].map(([code, r]) => vintageNote(code, r, lookup)));
  const sharedOut = sharedNote(shared, lookup);
  if (sharedOut) notes.push(sharedOut);
  return {
    ok: true,
    rows: dataRows,
    pairs: summed.length,
    kinds,
    notes,
    warnings: repeatWarnings(kept),
    dataset: {
      kind: 'file',
      measure: `${unit} from your file`,
      unit,
      period: description.period.trim(),
      source: `Your file ${description.fileName}, read in this browser`,
      flows: summed,
      fileName: description.fileName,
    },
  };
}

/** Why a row has the wrong number of values; null if it has enough. More values than the
 * header usually means a number written with the delimiter in it (1,234 in a comma file). */
function countProblem(cells: string[], width: number, needed: number, delimiter: Delimiter, hasHeader: boolean): string | null {
  const extra = cells.slice(width).some((c) => c.trim() !== '');
  if (cells.length >= needed && !extra) return null;
  const expected = hasHeader ? `the header has ${width}` : 'expected 3 (origin, destination, volume)';
  if (!extra) return `expected ${needed} values (origin, destination, volume), found ${cells.length}`;
  const hint =
    delimiter === ','
      ? 'a number written with a comma, such as 1,234, splits into two values: write 1234, or quote "1,234"'
      : `a value may contain a ${delimiter === ';' ? 'semicolon' : 'tab'}: remove it, or quote the value`;
  return `found ${cells.length} values but ${expected} — ${hint}`;
}

type AreaShare = {origin: string; destination: string; share: number};

/** The area pairs a row's volume goes to, with the share each gets. */
function pairShares(from: CodeReading, to: CodeReading): AreaShare[] {
  return from.areas.flatMap((o) => to.areas.map((d) => ({origin: o.area, destination: d.area, share: o.share * d.share})));
}

/** Each data row's origin and destination cells, upper-cased (for the file's vintage). */
function* codesIn(rows: string[][], columns: {origin: number; destination: number}, first: number): Generator<string> {
  for (const cells of rows.slice(first)) {
    for (const c of [cells[columns.origin], cells[columns.destination]]) if (c) yield c.trim().toUpperCase();
  }
}

/** What is wrong with a row's two codes; empty if both are usable. */
function codeProblems(origin: string, from: Resolved, destination: string, to: Resolved, lookup: CodeLookup): string[] {
  const wrong: string[] = [];
  if (from.kind === 'unknown') wrong.push(`origin "${origin}" is not ${lookup.describe}`);
  else if (from.kind === 'ambiguous') wrong.push(`origin ${from.message}`);
  else if (from.reading.trust) wrong.push(`origin "${origin}" is a trust: the origin is where residents live (${lookup.residentKinds})`);
  if (to.kind === 'unknown') wrong.push(`destination "${destination}" is not ${lookup.describe.replace(/ of [^(]*$/, '')}, or an acute trust code`);
  else if (to.kind === 'ambiguous') wrong.push(`destination ${to.message}`);
  return wrong;
}

/** Volumes summed per area pair, zeros dropped, sorted by origin then destination; a message if
 * a sum is too large to hold exactly. */
function sumByArea(rows: readonly FlowRow[], areaOf: Map<string, AreaShare[]>): AreaFlow[] | string {
  const sums = new Map<string, AreaFlow>();
  for (const r of rows) {
    if (r.volume === 0) continue;
    for (const {origin, destination, share} of areaOf.get(r.key)!) {
      const key = `${origin}>${destination}`;
      const f = sums.get(key) ?? {origin, destination, volume: 0};
      f.volume += r.volume * share;
      if (f.volume > Number.MAX_SAFE_INTEGER) return `The volumes from ${origin} to ${destination} add up to more than 9,007,199,254,740,991, too large to be held exactly.`;
      sums.set(key, f);
    }
  }
  const flows = [...sums.values()];
  return flows.sort((a, b) => (a.origin < b.origin ? -1 : a.origin > b.origin ? 1 : a.destination < b.destination ? -1 : 1));
}

function delimiterNote(delimiter: Delimiter): string {
  const decimals = delimiter === ';' ? ', as spreadsheets in many European languages save CSV' : '';
  return `The file seems to use ${DELIMITER_NAMES[delimiter]} between values${decimals}; it was read that way.`;
}

function fail(row: number, message: string, notes: string[] = []): FlowCsvResult {
  return {ok: false, problems: [{row, message}], notes};
}
