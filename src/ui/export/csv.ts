// CSV exports: the Regions table, the comparison table and the STP → region list.
// UTF-8 with a byte-order mark so Excel (what most board secretariats open CSVs in) reads
// "–" and "²" correctly; RFC 4180 quoting via d3-dsv.
import {csvFormatRows} from 'd3-dsv';
import type {BoundaryOption, Stp} from '../../domain/types';
import {comparisonRows, regionRows} from './columns';

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

export function regionsCsv(option: BoundaryOption, stps: Stp[]): string {
  return toCsv(
    ['option', 'region_id', 'region_code', 'region', 'stps', 'ccgs', 'population_mid_2018', 'area_km2'],
    regionRows(option, stps).map((r) => [
      option.id,
      r.region.id,
      r.region.code,
      r.region.name,
      r.stps,
      r.ccgs,
      r.population,
      Math.round(r.areaKm2),
    ]),
  );
}

export function comparisonCsv(a: BoundaryOption, b: BoundaryOption, stps: Stp[]): string {
  const delta = (x: number | undefined, y: number | undefined) => (y ?? 0) - (x ?? 0);
  return toCsv(
    [
      'region_id',
      'region',
      `stps_${a.id}`,
      `stps_${b.id}`,
      'stps_change',
      `population_${a.id}`,
      `population_${b.id}`,
      'population_change',
      'population_change_pct',
    ],
    comparisonRows(a, b, stps).map((r) => {
      const popA = r.a?.population;
      const popB = r.b?.population;
      return [
        r.id,
        r.name,
        r.a?.stps ?? null,
        r.b?.stps ?? null,
        delta(r.a?.stps, r.b?.stps),
        popA ?? null,
        popB ?? null,
        delta(popA, popB),
        popA ? Math.round((delta(popA, popB) / popA) * 1000) / 10 : null,
      ];
    }),
  );
}

export function assignmentsCsv(option: BoundaryOption, stps: Stp[]): string {
  const region = new Map(option.regions.map((r) => [r.id, r]));
  return toCsv(
    ['option', 'stp_code', 'stp', 'ons_name', 'region_id', 'region', 'population_mid_2018', 'ccgs', 'area_km2'],
    [...stps]
      .sort((x, y) => x.code.localeCompare(y.code))
      .map((s) => {
        const r = region.get(option.assignments[s.code] ?? '');
        return [option.id, s.code, s.name, s.onsName, r?.id ?? null, r?.name ?? null, s.population, s.ccgCount, Math.round(s.areaKm2)];
      }),
  );
}
