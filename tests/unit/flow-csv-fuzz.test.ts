// Fuzzing the flow file reader with fast-check: whatever a user (or a broken export) feeds it,
// no exception escapes; the answer is a dataset that holds exactly what a well-formed file
// said, or messages naming rows; and reading leaves nothing behind (Object.prototype, the
// code lookup, later reads). FUZZ_SEED=<n> replays a run; a failure prints its seed and path.
import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {dsvFormat} from 'd3-dsv';
import {buildCodeLookup, parseFlowCsv, type FlowCsvResult} from '../../src/data/flow-csv';
import {geography, parts, areas} from './real-data';
import {FUZZ_RUNS, FUZZ_RUNS_WORDS} from './fuzz-runs';

const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20180518;
const trusts = [
  {code: 'RNS', areaCode: 'E54000020'},
  {code: 'RWE', areaCode: 'E54000015'},
];
const lookup = buildCodeLookup(geography, areas, parts, trusts);
const lookupBefore = JSON.stringify([...lookup.readings]);
const areaCodes = new Set(areas.map((s) => s.code));
const description = Object.freeze({fileName: 'fuzz.csv', unit: 'admissions', period: ''});
const parse = (text: string) => parseFlowCsv(text, lookup, description);

const origins = [...areas.map((s) => s.code), ...parts.flatMap((c) => [c.code, c.odsCode])];
const destinations = [...origins, ...trusts.map((t) => t.code)];
const delimiterArb = fc.constantFrom(',', ';', '\t');

/** Ways a spreadsheet writes a whole number that have one meaning in a file with this delimiter. */
function written(n: number, delimiter: string): fc.Arbitrary<string> {
  const group = (sep: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const forms = [String(n), group(' '), group('\u00a0'), group('\u202f'), group("'")];
  if (delimiter === ',') forms.push(group(','));
  if (n >= 1_000_000) forms.push(group('.'));
  return fc.constantFrom(...forms);
}

/** A well-formed file: its rows, and the total it must load. */
const validFile = delimiterArb.chain((delimiter) =>
  fc
    .array(
      fc
        .tuple(
          fc.constantFrom(...origins),
          fc.constantFrom(...destinations),
          fc.integer({min: 1, max: 50_000_000}),
          fc.boolean(),
        )
        .chain(([o, d, n, lower]) =>
          written(n, delimiter).map((text) => ({cells: [lower ? o.toLowerCase() : o, d, text], n})),
        ),
      {minLength: 1, maxLength: 15},
    )
    .chain((rows) =>
      fc
        .record({header: fc.boolean(), crlf: fc.boolean(), bom: fc.boolean()})
        .map(({header, crlf, bom}) => {
          const table = [
            ...(header ? [['origin', 'destination', 'volume']] : []),
            ...rows.map((r) => r.cells),
          ];
          const text = dsvFormat(delimiter).formatRows(table);
          return {
            text: `${bom ? '\uFEFF' : ''}${crlf ? text.replace(/\n/g, '\r\n') : text}`,
            total: rows.reduce((s, r) => s + r.n, 0),
          };
        }),
    ),
);

const hostile = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
  '<script>alert(1)</script>',
  "=cmd|' /C calc'!A0",
  '=1+1',
  '@SUM(A1)',
  '+1',
  '-1',
  '"',
  '""',
  '\u0000',
  '\u202e',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e308',
  '1e-7',
  '-0',
  '0x1F',
  '١٢٣',
  '１２',
  '12%',
  '£5',
  '(5)',
  '#N/A',
  '9'.repeat(30),
];
const formats = new Map(
  ['de-DE', 'fr-FR', 'en-IN', 'de-CH', 'en-GB'].map((l) => [
    l,
    new Intl.NumberFormat(l, {maximumFractionDigits: 3}),
  ]),
);
const local = (n: number, l: string) => formats.get(l)!.format(n);
const volumeText = fc.oneof(
  fc.double().map(String),
  fc.bigInt({min: -(10n ** 30n), max: 10n ** 30n}).map(String),
  fc
    .tuple(
      fc.integer({min: -1e9, max: 1e9}),
      fc.constantFrom('de-DE', 'fr-FR', 'en-IN', 'de-CH', 'en-GB'),
    )
    .map(([n, l]) => local(n, l)),
  fc
    .tuple(
      fc.double({min: -1e7, max: 1e7, noNaN: true}),
      fc.constantFrom('de-DE', 'fr-FR', 'en-GB'),
    )
    .map(([n, l]) => local(n, l)),
);
const cell = fc.oneof(
  fc.constantFrom(...hostile),
  fc.constantFrom(...destinations),
  volumeText,
  fc.string({maxLength: 12}),
  fc.string({unit: 'binary', maxLength: 12}),
);
const headerCell = fc.oneof(
  fc.constantFrom(
    'origin',
    'destination',
    'volume',
    'from',
    'to',
    'count',
    '__proto__',
    'constructor',
  ),
  fc.string({maxLength: 8}),
);

/** Tables of hostile and random cells, joined raw (so quotes may be unbalanced) or quoted. */
const junkTable = fc
  .record({
    delimiter: delimiterArb,
    header: fc.option(fc.array(headerCell, {maxLength: 5})),
    rows: fc.array(fc.array(cell, {maxLength: 5}), {maxLength: 12}),
    quoted: fc.boolean(),
  })
  .map(({delimiter, header, rows, quoted}) => {
    const table = header ? [header, ...rows] : rows;
    return quoted
      ? dsvFormat(delimiter).formatRows(table)
      : table.map((r) => r.join(delimiter)).join('\n');
  });
const truncated = fc
  .tuple(validFile, fc.nat())
  .map(([f, cut]) => f.text.slice(0, cut % (f.text.length + 1)));
const anyFile = fc.oneof(
  fc.string({unit: 'binary', maxLength: 400}),
  fc.string({maxLength: 400}),
  junkTable,
  truncated,
  validFile.map((f) => f.text),
);

const prototypeNames = () => Object.getOwnPropertyNames(Object.prototype).sort().join();

/** What must hold of any answer; a string saying what does not (plain checks: 10,000 runs). */
function wrongWith(text: string, r: FlowCsvResult): string | null {
  if (r.ok) {
    if (r.dataset.flows.length === 0) return 'loaded with no flows';
    for (const f of r.dataset.flows) {
      if (!areaCodes.has(f.origin) || !areaCodes.has(f.destination))
        return `a flow between unknown STPs: ${JSON.stringify(f)}`;
      if (!(Number.isFinite(f.volume) && f.volume > 0 && f.volume <= Number.MAX_SAFE_INTEGER))
        return `an impossible volume: ${f.volume}`;
    }
    return [...r.notes, ...r.warnings].every((w) => typeof w === 'string' && w.length > 0)
      ? null
      : 'an empty note or warning';
  }
  const lines = text.split(/\r\n|\r|\n/).length;
  if (r.problems.length === 0) return 'refused without a problem';
  const bad = r.problems.find(
    (p) =>
      !(Number.isInteger(p.row) && p.row >= 0 && p.row <= lines) || p.message.trim().length < 6,
  );
  return bad ? `an unclear problem: ${JSON.stringify(bad)}` : null;
}

describe('parseFlowCsv under fuzzing', () => {
  it(`answers ${FUZZ_RUNS_WORDS} generated files with a dataset or messages by row, and changes nothing (seed ${SEED})`, () => {
    const prototype = prototypeNames();
    const reference = parse('origin,destination,volume\nE54000020,E54000015,"1,234"\n');
    fc.assert(
      fc.property(anyFile, (text) => {
        const wrong = wrongWith(text, parse(text));
        if (wrong) throw new Error(wrong);
        if (prototypeNames() !== prototype) throw new Error('Object.prototype was changed');
      }),
      {seed: SEED, numRuns: FUZZ_RUNS},
    );
    expect(JSON.stringify([...lookup.readings])).toBe(lookupBefore);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(parse('origin,destination,volume\nE54000020,E54000015,"1,234"\n')).toEqual(reference);
  }, 20_000);

  it('loads every well-formed file, whatever its delimiter and number format, with exactly its total', () => {
    fc.assert(
      fc.property(validFile, ({text, total}) => {
        const r = parse(text);
        if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.problems.slice(0, 3))}`);
        const loaded = r.dataset.flows.reduce((s, f) => s + f.volume, 0);
        if (loaded !== total) throw new Error(`loaded ${loaded}, the file says ${total}`);
      }),
      {seed: SEED, numRuns: 1_000},
    );
  });
});
