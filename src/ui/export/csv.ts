// CSV exports (rows from src/domain aggregates and compare): the Regions table, the comparison table and the STP → region list.
// UTF-8 with a byte-order mark so Excel (what most board secretariats open CSVs in) reads
// "–" and "²" correctly; RFC 4180 quoting via d3-dsv. A user-built option's file starts with
// a `notice` column saying, on every row, that it is not an official proposal: a column
// rather than a comment line, so the file still parses and the words survive sorting and
// filtering. A new region has no ONS code: its region_code cell is empty, never "null".
import {csvFormatRows} from 'd3-dsv';
import type {BoundaryOption, Stp} from '../../domain/types';
import {regionAggregates} from '../../domain/aggregates';
import {change, compareOptions} from '../../domain/compare';
import {BUILTIN_MEASURE_LABEL, type FlowDataset} from '../../domain/flow-dataset';
import {flowTotalsOfStps} from '../../domain/flow-regions';
import {userBuiltNotice} from '../../domain/option-labels';

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

/** Flow columns, added when flow data is at hand: containment and the volumes across the
 * region boundary, with the unit so a loaded file's counts are not mistaken for residents. */
const FLOW_HEADER = ['flow_containment_pct', 'flow_to_other_regions', 'flow_from_other_regions', 'flow_unit'];
function flowCells(stpCodes: string[], flows: FlowDataset): Cell[] {
  const t = flowTotalsOfStps(stpCodes, flows.flows);
  return [t.containment === null ? null : Math.round(t.containment * 1000) / 10, t.outbound, t.inbound, flowUnit(flows)];
}
const flowUnit = (d: FlowDataset) => (d.kind === 'builtin' ? BUILTIN_MEASURE_LABEL : d.unit);

/** The `notice` column for the options a file is about: none when all are official. `all`:
 * every option known, to name what a user option was based on. */
export function withNotice(options: BoundaryOption[], all: readonly BoundaryOption[], header: string[], rows: Cell[][]): string {
  const notice = [...new Set(options)].map((o) => userBuiltNotice(o, all)).filter((n) => n !== null).join(' ');
  return notice ? toCsv(['notice', ...header], rows.map((r) => [notice, ...r])) : toCsv(header, rows);
}

/** `all`: every option known (built-in and user-built), only to name what a user option was based on. */
export function regionsCsv(option: BoundaryOption, stps: Stp[], flows?: FlowDataset | null, all: readonly BoundaryOption[] = []): string {
  return withNotice(
    [option],
    all,
    ['option', 'region_id', 'region_code', 'region', 'stps', 'ccgs', 'population_mid_2018', 'population_share_pct', 'area_km2', ...(flows ? FLOW_HEADER : [])],
    regionAggregates(option, stps).map((r) => [
      option.id,
      r.region.id,
      r.region.code,
      r.region.name,
      r.stps,
      r.ccgs,
      r.population,
      Math.round(r.populationShare * 1000) / 10,
      Math.round(r.areaKm2),
      ...(flows ? flowCells(r.stpCodes, flows) : []),
    ]),
  );
}

/** Option A (the baseline) against option B (on the map), one row per region. */
export function comparisonCsv(a: BoundaryOption, b: BoundaryOption, stps: Stp[], flows?: FlowDataset | null, all: readonly BoundaryOption[] = []): string {
  const pct = (p: number | null) => (p === null ? null : Math.round(p * 1000) / 10);
  const measures = ['stps', 'ccgs', 'population'] as const;
  return withNotice(
    [a, b],
    all,
    [
      'region_id',
      'region',
      'status',
      ...measures.flatMap((m) => [`${m}_${a.id}`, `${m}_${b.id}`, `${m}_change`]),
      'population_change_pct',
      'stps_gained',
      'stps_lost',
      ...(flows ? [`flow_containment_pct_${a.id}`, `flow_containment_pct_${b.id}`, `flow_to_other_regions_${a.id}`, `flow_to_other_regions_${b.id}`, 'flow_unit'] : []),
    ],
    compareOptions(a, b, stps).regions.map((r) => {
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
        ...(flows ? comparisonFlowCells(r.a?.stpCodes, r.b?.stpCodes, flows) : []),
      ];
    }),
  );
}

function comparisonFlowCells(a: string[] | undefined, b: string[] | undefined, flows: FlowDataset): Cell[] {
  const [ca, cb] = [a ? flowCells(a, flows) : [null, null], b ? flowCells(b, flows) : [null, null]];
  return [ca[0]!, cb[0]!, ca[1]!, cb[1]!, flowUnit(flows)];
}

export function assignmentsCsv(option: BoundaryOption, stps: Stp[], all: readonly BoundaryOption[] = []): string {
  const region = new Map(option.regions.map((r) => [r.id, r]));
  return withNotice(
    [option],
    all,
    ['option', 'stp_code', 'stp', 'ons_name', 'region_id', 'region', 'population_mid_2018', 'ccgs', 'area_km2'],
    [...stps]
      .sort((x, y) => x.code.localeCompare(y.code))
      .map((s) => {
        const r = region.get(option.assignments[s.code] ?? '');
        return [option.id, s.code, s.name, s.onsName, r?.id ?? null, r?.name ?? null, s.population, s.ccgCount, Math.round(s.areaKm2)];
      }),
  );
}
