// CSV exports: the Regions table and the comparison table, read from the options' rows
// (region-rows.ts, memoised by rowsOf, so a file holds the numbers the page shows), and the
// area → region list (assignments-csv.ts). Column names come from the geography's nouns and population vintage
// (csvNames: the nouns in lower case, e.g. "population_mid_2018"). An option that moves
// single parts (issue 19) is totalled part by part (its rows), and the comparison and the
// assignments gain columns naming the parts that move; other options' files are as before.
// UTF-8 with a byte-order mark so Excel (what most board secretariats open CSVs in) reads
// "–" and "²" correctly; RFC 4180 quoting via d3-dsv. A user-built option's file starts with
// a `notice` column saying, on every row, that it is not an official proposal: a column
// rather than a comment line, so the file still parses and the words survive sorting and
// filtering. A new region has no ONS code: its region_code cell is empty, never "null".
import {percentOf} from '../../domain/format';
import {csvFormatRows} from 'd3-dsv';
import type {BoundaryOption, Area} from '../../domain/types';
import {change, compareOptions} from '../../domain/compare';
import type {Geography} from '../../domain/geography';
import type {NamedParts} from '../../domain/parts/part-compare';
import {measureLabel, type FlowDataset} from '../../domain/flow-dataset';
import {userBuiltNotice} from '../../domain/option-labels';
import {hasFlows, type OptionRows} from '../../domain/region-rows';

export type Cell = string | number | null;

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

/** The geography words a file's column names are made of. */
export type CsvGeography = Pick<Geography, 'areas' | 'parts' | 'populationVintage'>;

/** A word as a column name: lower case, runs of anything else as one underscore ("mid-2018" →
 * "mid_2018"). */
const columnWord = (word: string) => word.toLowerCase().replace(/[^a-z0-9]+/g, '_');

/** The column names taken from the geography: `area`, `areas` and `parts` its nouns in lower
 * case ("parts" where the geography has none), `population` e.g. "population_mid_2018". */
export function csvNames(g: CsvGeography) {
  return {
    area: columnWord(g.areas.noun.one),
    areas: columnWord(g.areas.noun.many),
    parts: g.parts ? columnWord(g.parts.noun.many) : 'parts',
    population: `population_${columnWord(g.populationVintage)}`,
  };
}

/** Flow columns, added when the rows carry flow totals: containment and the volumes across
 * the region boundary, with the unit so a loaded file's counts are not mistaken for residents. */
const FLOW_HEADER = [
  'flow_containment_pct',
  'flow_to_other_regions',
  'flow_from_other_regions',
  'flow_unit',
];
const flowUnit = (d: FlowDataset) => (d.kind === 'builtin' ? measureLabel(d) : d.unit);
/** A share (0–1) as a percentage to one decimal; null (no figure) stays null, an empty cell. */
const pct = (p: number | null | undefined) => (p === null || p === undefined ? null : percentOf(p));

/** The flow unit for the files' flow columns, or null for none. `flows` is the dataset the
 * rows were built from, given exactly when they carry flow totals: throws otherwise (a
 * programming error that would print the wrong unit or drop columns). */
function unitOf(rows: OptionRows[], flows: FlowDataset | null): string | null {
  for (const r of rows) {
    if (hasFlows(r) !== (flows !== null)) {
      throw new Error(
        `CSV export: the rows of ${r.option.id} were built ${flows ? 'without' : 'with'} flows, but the flow dataset was ${flows ? '' : 'not '}given`,
      );
    }
  }
  return flows ? flowUnit(flows) : null;
}

/** The `notice` column for the options a file is about: none when all are official. `all`:
 * every option known, to name what a user option was based on. */
export function withNotice(
  options: BoundaryOption[],
  all: readonly BoundaryOption[],
  header: string[],
  rows: Cell[][],
): string {
  const notice = [...new Set(options)]
    .map((o) => userBuiltNotice(o, all))
    .filter((n) => n !== null)
    .join(' ');
  return notice
    ? toCsv(
        ['notice', ...header],
        rows.map((r) => [notice, ...r]),
      )
    : toCsv(header, rows);
}

/**
 * The Regions table as CSV: one line per region of `rows` (rowsOf(option, areas, flows), in the
 * option's region order), populations ONS mid-2018, shares in %, area in km² rounded; with
 * flow columns when the rows carry flow totals, `flows` being the dataset they came from
 * (its unit names them). `all`: every option known (built-in and user-built), only to name
 * what a user option was based on. Throws if `flows` and the rows disagree.
 */
export function regionsCsv(
  rows: OptionRows,
  g: CsvGeography,
  flows: FlowDataset | null = null,
  all: readonly BoundaryOption[] = [],
): string {
  const {option} = rows;
  const unit = unitOf([rows], flows);
  const n = csvNames(g);
  // `confirmed`: "no" for a group no public statement confirms (a 2025 cluster's `uncertain`),
  // on every option of a geography that has such groups (`all`); last, so a file read by column
  // position reads the same, and absent where every group is confirmed (2018: byte for byte as before).
  const confirmed = [option, ...all].some((o) => o.regions.some((r) => r.uncertain));
  return withNotice(
    [option],
    all,
    [
      'option',
      'region_id',
      'region_code',
      'region',
      n.areas,
      n.parts,
      n.population,
      'population_share_pct',
      'area_km2',
      ...(unit ? FLOW_HEADER : []),
      ...(confirmed ? ['confirmed'] : []),
    ],
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
      ...(unit
        ? [pct(r.flows?.containment), r.flows?.outbound ?? null, r.flows?.inbound ?? null, unit]
        : []),
      ...(confirmed ? [r.region.uncertain ? 'no' : 'yes'] : []),
    ]),
  );
}

/**
 * Option A (the baseline) against option B (on the map), one line per region (B's order,
 * then regions only A has), from the two options' rows (rowsOf, both with or both without
 * flows) and `areas` (for the areas that move). `flows`, `all` and errors as regionsCsv. `parts`:
 * the named parts when either option moves some (compareOptions); the file then has two more
 * columns, the parts gained and lost on their own.
 */
export function comparisonCsv(
  a: OptionRows,
  b: OptionRows,
  areas: readonly Area[],
  g: CsvGeography,
  flows: FlowDataset | null = null,
  all: readonly BoundaryOption[] = [],
  parts: NamedParts | null = null,
): string {
  const unit = unitOf([a, b], flows);
  const [ia, ib] = [a.option.id, b.option.id];
  const n = csvNames(g);
  // [row field, column word]: the column words come from the geography's nouns
  const measures = [
    ['areas', n.areas],
    ['parts', n.parts],
    ['population', 'population'],
  ] as const;
  const cmp = compareOptions(a.option, b.option, areas, {a, b}, parts);
  const byPart = cmp.partMoves.length > 0;
  return withNotice(
    [a.option, b.option],
    all,
    [
      'region_id',
      'region',
      'status',
      ...measures.flatMap(([, name]) => [`${name}_${ia}`, `${name}_${ib}`, `${name}_change`]),
      'population_change_pct',
      `${n.areas}_gained`,
      `${n.areas}_lost`,
      ...(byPart ? [`${n.parts}_gained`, `${n.parts}_lost`] : []),
      ...(unit
        ? [
            `flow_containment_pct_${ia}`,
            `flow_containment_pct_${ib}`,
            `flow_to_other_regions_${ia}`,
            `flow_to_other_regions_${ib}`,
            'flow_unit',
          ]
        : []),
    ],
    cmp.regions.map((r) => {
      const cells = measures.flatMap(([m]) => {
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
        ...(byPart ? [r.partsGained.join(' '), r.partsLost.join(' ')] : []),
        ...(unit
          ? [
              pct(r.a?.flows?.containment),
              pct(r.b?.flows?.containment),
              r.a?.flows?.outbound ?? null,
              r.b?.flows?.outbound ?? null,
              unit,
            ]
          : []),
      ];
    }),
  );
}
