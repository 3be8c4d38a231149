// CSV exports: the Regions table and the comparison table, read from the options' rows
// (region-rows.ts, memoised by rowsOf, so a file holds the numbers the page shows), and the
// STP → region list.
// UTF-8 with a byte-order mark so Excel (what most board secretariats open CSVs in) reads
// "–" and "²" correctly; RFC 4180 quoting via d3-dsv. A user-built option's file starts with
// a `notice` column saying, on every row, that it is not an official proposal: a column
// rather than a comment line, so the file still parses and the words survive sorting and
// filtering. A new region has no ONS code: its region_code cell is empty, never "null".
import {percentOf} from '../../domain/format';
import {csvFormatRows} from 'd3-dsv';
import type {BoundaryOption, Area} from '../../domain/types';
import {change, compareOptions} from '../../domain/compare';
import {measureLabel, type FlowDataset} from '../../domain/flow-dataset';
import {userBuiltNotice} from '../../domain/option-labels';
import {hasFlows, type OptionRows} from '../../domain/region-rows';

type Cell = string | number | null;

/** A spreadsheet runs a cell starting = + - @ as a formula; text cells get a leading
 * apostrophe so a crafted name can never do that. Numbers stay numbers. */
function safeCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(Math.round(cell * 100) / 100);
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function toCsv(header: string[], rows: Cell[][]): string {
  return `\ufeff${csvFormatRows([header, ...rows.map((r) => r.map(safeCell))])}\r\n`;
}

/** Flow columns, added when the rows carry flow totals: containment and the volumes across
 * the region boundary, with the unit so a loaded file's counts are not mistaken for residents. */
const FLOW_HEADER = ['flow_containment_pct', 'flow_to_other_regions', 'flow_from_other_regions', 'flow_unit'];
const flowUnit = (d: FlowDataset) => (d.kind === 'builtin' ? measureLabel(d) : d.unit);
/** A share (0–1) as a percentage to one decimal; null (no figure) stays null, an empty cell. */
const pct = (p: number | null | undefined) => (p === null || p === undefined ? null : percentOf(p));

/** The flow unit for the files' flow columns, or null for none. `flows` is the dataset the
 * rows were built from, given exactly when they carry flow totals: throws otherwise (a
 * programming error that would print the wrong unit or drop columns). */
function unitOf(rows: OptionRows[], flows: FlowDataset | null): string | null {
  for (const r of rows) {
    if (hasFlows(r) !== (flows !== null)) {
      throw new Error(`CSV export: the rows of ${r.option.id} were built ${flows ? 'without' : 'with'} flows, but the flow dataset was ${flows ? '' : 'not '}given`);
    }
  }
  return flows ? flowUnit(flows) : null;
}

/** The `notice` column for the options a file is about: none when all are official. `all`:
 * every option known, to name what a user option was based on. */
export function withNotice(options: BoundaryOption[], all: readonly BoundaryOption[], header: string[], rows: Cell[][]): string {
  const notice = [...new Set(options)].map((o) => userBuiltNotice(o, all)).filter((n) => n !== null).join(' ');
  return notice ? toCsv(['notice', ...header], rows.map((r) => [notice, ...r])) : toCsv(header, rows);
}

/**
 * The Regions table as CSV: one line per region of `rows` (rowsOf(option, stps, flows), in the
 * option's region order), populations ONS mid-2018, shares in %, area in km² rounded; with
 * flow columns when the rows carry flow totals, `flows` being the dataset they came from
 * (its unit names them). `all`: every option known (built-in and user-built), only to name
 * what a user option was based on. Throws if `flows` and the rows disagree.
 */
export function regionsCsv(rows: OptionRows, flows: FlowDataset | null = null, all: readonly BoundaryOption[] = []): string {
  const {option} = rows;
  const unit = unitOf([rows], flows);
  return withNotice(
    [option],
    all,
    ['option', 'region_id', 'region_code', 'region', 'stps', 'ccgs', 'population_mid_2018', 'population_share_pct', 'area_km2', ...(unit ? FLOW_HEADER : [])],
    rows.rows.map((r) => [
      option.id,
      r.region.id,
      r.region.code,
      r.region.name,
      r.areas,
      r.parts,
      r.population,
      pct(r.populationShare),
      Math.round(r.areaKm2),
      ...(unit ? [pct(r.flows?.containment), r.flows?.outbound ?? null, r.flows?.inbound ?? null, unit] : []),
    ]),
  );
}

/**
 * Option A (the baseline) against option B (on the map), one line per region (B's order,
 * then regions only A has), from the two options' rows (rowsOf, both with or both without
 * flows) and `stps` (for the STPs that move). `flows`, `all` and errors as regionsCsv.
 */
export function comparisonCsv(a: OptionRows, b: OptionRows, areas: readonly Area[], flows: FlowDataset | null = null, all: readonly BoundaryOption[] = []): string {
  const unit = unitOf([a, b], flows);
  const [ia, ib] = [a.option.id, b.option.id];
  const measures = ['stps', 'ccgs', 'population'] as const;
  return withNotice(
    [a.option, b.option],
    all,
    [
      'region_id',
      'region',
      'status',
      ...measures.flatMap((m) => [`${m}_${ia}`, `${m}_${ib}`, `${m}_change`]),
      'population_change_pct',
      'stps_gained',
      'stps_lost',
      ...(unit ? [`flow_containment_pct_${ia}`, `flow_containment_pct_${ib}`, `flow_to_other_regions_${ia}`, `flow_to_other_regions_${ib}`, 'flow_unit'] : []),
    ],
    compareOptions(a.option, b.option, areas, {a, b}).regions.map((r) => {
      const cells = measures.flatMap((m) => {
        const c = change(r.a?.[m], r.b?.[m]);
        return [c.a, c.b, c.delta];
      });
      return [
        r.id,
        r.name,
        r.status,
        ...cells,
        pct(change(r.a?.population, r.b?.population).pct),
        r.gained.join(' '),
        r.lost.join(' '),
        ...(unit ? [pct(r.a?.flows?.containment), pct(r.b?.flows?.containment), r.a?.flows?.outbound ?? null, r.b?.flows?.outbound ?? null, unit] : []),
      ];
    }),
  );
}

export function assignmentsCsv(option: BoundaryOption, areas: Area[], all: readonly BoundaryOption[] = []): string {
  const region = new Map(option.regions.map((r) => [r.id, r]));
  return withNotice(
    [option],
    all,
    ['option', 'stp_code', 'stp', 'ons_name', 'region_id', 'region', 'population_mid_2018', 'ccgs', 'area_km2'],
    [...areas]
      .sort((x, y) => x.code.localeCompare(y.code))
      .map((s) => {
        const r = region.get(option.assignments[s.code] ?? '');
        return [option.id, s.code, s.name, s.onsName, r?.id ?? null, r?.name ?? null, s.population, s.partCount, Math.round(s.areaKm2)];
      }),
  );
}
