// How spreadsheet exports are read: the delimiter, numbers split by it, and repeated rows.
import {describe, expect, it} from 'vitest';
import {buildCodeLookup, parseFlowCsv} from '../../src/data/flow-csv';
import {geography, parts, areas} from './real-data';

// Built for each parse, not at import: the mutation run credits a test only with the code it runs.
const lookup = () =>
  buildCodeLookup(geography, areas, parts, [{code: 'RWE', areaCode: 'E54000015'}]);
const parse = (text: string) =>
  parseFlowCsv(text, lookup(), {fileName: 'f.csv', unit: 'admissions', period: ''});

describe('a number split by the delimiter', () => {
  it('refuses a row with more values than the header, saying why and how to write it', () => {
    const r = parse('origin,destination,volume\nE54000020,E54000015,1,234\n');
    expect(r).toEqual({
      ok: false,
      notes: [],
      problems: [
        {
          row: 2,
          message:
            'found 4 values but the header has 3 — a number written with a comma, such as 1,234, splits into two values: write 1234, or quote "1,234"',
        },
      ],
    });
  });

  it('refuses the same without a header, and in a semicolon file names the semicolon', () => {
    const plain = parse('E54000020,E54000015,1,234\n');
    expect(!plain.ok && plain.problems[0]!.message).toMatch(
      /^found 4 values but expected 3 \(origin, destination, volume\) — a number written with a comma/,
    );
    const semi = parse('origin;destination;volume\nE54000020;E54000015;1;5\n');
    expect(!semi.ok && semi.problems).toEqual([
      {
        row: 2,
        message:
          'found 4 values but the header has 3 — a value may contain a semicolon: remove it, or quote the value',
      },
    ]);
  });

  it('reads the quoted number, and allows empty trailing cells that spreadsheets add', () => {
    const r = parse(
      'origin,destination,volume\nE54000020,E54000015,"1,234"\nE54000020,E54000020,5,,\n',
    );
    expect(r.ok && r.dataset.flows.map((f) => f.volume)).toEqual([1234, 5]);
  });
});

describe('the delimiter', () => {
  it('reads a semicolon file with decimal commas and says it did', () => {
    const r = parse(
      'origin;destination;volume\nE54000020;E54000015;1234,5\nE54000020;E54000020;"1 000"\n',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.dataset.flows.map((f) => f.volume)).toEqual([1234.5, 1000]);
    expect(r.notes).toEqual([
      'The file seems to use semicolons between values, as spreadsheets in many European languages save CSV; it was read that way.',
    ]);
  });

  it('reads a tab-separated file (a table copied out of a spreadsheet), with or without a header', () => {
    const r = parse('from\tto\tcount\nE54000020\tE54000015\t12\n');
    expect(r.ok && [r.dataset.flows, r.notes]).toEqual([
      [{origin: 'E54000020', destination: 'E54000015', volume: 12}],
      ['The file seems to use tabs between values; it was read that way.'],
    ]);
    const plain = parse('E54000020\tE54000015\t12\n');
    expect(plain.ok && plain.dataset.flows[0]!.volume).toBe(12);
  });

  it('keeps the note when a semicolon file is refused, and keeps row numbers', () => {
    const r = parse('origin;destination;volume\nE54000020;E54000015;1.234\n');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.notes[0]).toMatch(/semicolons/);
    expect(r.problems).toEqual([
      {row: 2, message: expect.stringMatching(/^the volume "1.234" is ambiguous/)},
    ]);
  });

  it('refuses a file whose first row splits three ways by two delimiters', () => {
    expect(parse('E54000020;E54000015;1,5,6;7\n')).toEqual({
      ok: false,
      notes: [],
      problems: [
        {
          row: 1,
          message:
            'the values could be separated by commas or semicolons, so the file cannot be read safely: use only one of them between values, and put quotes round any value that contains another',
        },
      ],
    });
    expect(parse('\n\njust one value\n')).toEqual({
      ok: false,
      notes: [],
      problems: [
        {
          row: 3,
          message:
            'found only one value: separate origin, destination and volume with commas, semicolons or tabs',
        },
      ],
    });
  });

  it('takes the delimiter that makes a known header, even if another splits the row too', () => {
    // Commas split this header in three as well, but only semicolons give origin/destination/volume.
    const r = parse('origin;destination;volume;note,with,commas\nE54000020;E54000015;7;a\n');
    expect(r.ok && r.dataset.flows[0]!.volume).toBe(7);
  });
});

describe('rows that repeat a flow', () => {
  it('adds them up and names them in a warning', () => {
    const r = parse(
      'origin,destination,volume\nE54000020,E54000015,1200\nE54000020,E54000015,1200\n',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.dataset.flows).toEqual([
      {origin: 'E54000020', destination: 'E54000015', volume: 2400},
    ]);
    expect(r.warnings).toEqual([
      'Rows 2 and 3 give the same flow, E54000020 → E54000015: their volumes were added up to 2,400.',
    ]);
  });

  it('counts a CCG by either of its codes, and different cases of a code, as the same place', () => {
    // Nene CCG is E38000108 and 04G; RWE and rwe are one trust.
    const r = parse(
      'origin,destination,volume\n04G,RWE,10\nE38000108,rwe,5\n03V,RWE,1\nE38000108,RWE,2\n',
    );
    expect(r.ok && r.warnings).toEqual([
      'Rows 2, 3 and 5 give the same flow, 04G → RWE: their volumes were added up to 17.',
    ]);
  });

  it('does not warn when different CCGs add up into one STP pair (that is the point of the file)', () => {
    const r = parse('origin,destination,volume\n04G,RWE,10\n03V,RWE,1\n');
    expect(r.ok && [r.warnings, r.dataset.flows[0]!.volume]).toEqual([[], 11]);
  });

  it('names ten repeated flows and counts the rest', () => {
    const areaCodes = areas.slice(0, 12).map((s) => s.code);
    const lines = areaCodes.flatMap((c) => [`${c},E54000015,1`, `${c},E54000015,1`]);
    const r = parse(lines.join('\n'));
    expect(r.ok && r.warnings.length).toBe(11);
    expect(r.ok && r.warnings[10]).toBe(
      '…and 2 more flows given in more than one row, also added up.',
    );
  });
});

describe('files the fuzz test found', () => {
  it('refuses a file of separators only, instead of throwing', () => {
    expect(parse(';\n')).toEqual({
      ok: false,
      notes: [expect.stringMatching(/semicolons/)],
      problems: [{row: 0, message: 'The file holds only semicolons and spaces, no values.'}],
    });
    expect(parse(',,\n,')).toMatchObject({
      ok: false,
      problems: [{row: 0, message: 'The file holds only commas and spaces, no values.'}],
    });
  });
});
