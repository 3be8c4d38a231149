// What a user reads back from their flow file: the refusals (each worded for the row and the
// file's delimiter), the dataset's own words, and the order and sums of the flows it holds.
import {describe, expect, it} from 'vitest';
import {buildCodeLookup, parseFlowCsv} from '../../src/data/flow-csv';
import {geography, parts, areas} from './real-data';

// Built for each parse, not at import: the mutation run credits a test only with the code it runs.
const lookup = () =>
  buildCodeLookup(geography, areas, parts, [{code: 'RWE', areaCode: 'E54000015'}]);
const file = {fileName: 'admissions.csv', unit: 'admissions', period: '2018/19'};
const parse = (text: string, description = file) => parseFlowCsv(text, lookup(), description);
const problems = (text: string) => {
  const r = parse(text);
  return r.ok ? [] : r.problems;
};

describe('refusals', () => {
  it('refuses a file over 5 MB by size alone, naming the areas, and reads one of exactly 5 MB', () => {
    const row = 'E54000020,E54000015,1\n';
    const padded = (bytes: number) => row + ' '.repeat(bytes - row.length);
    expect(parse(padded(5_000_001))).toEqual({
      ok: false,
      notes: [],
      problems: [
        {row: 0, message: 'The file is larger than 5 MB; a flow table by STP is far smaller.'},
      ],
    });
    expect(parse(padded(5_000_000)).ok).toBe(true);
  });

  it('says how many values a short row has, with or without a header', () => {
    expect(problems('E54000020,E54000015\n')).toEqual([
      {row: 1, message: 'expected 3 values (origin, destination, volume), found 2'},
    ]);
    expect(problems('origin,destination,volume\nE54000020,E54000015\n')).toEqual([
      {row: 2, message: 'expected 3 values (origin, destination, volume), found 2'},
    ]);
  });

  it('in a tab file, a row with an extra value names the tab', () => {
    const r = parse('origin\tdestination\tvolume\nE54000020\tE54000015\t1\t5\n');
    expect(r).toEqual({
      ok: false,
      notes: ['The file seems to use tabs between values; it was read that way.'],
      problems: [
        {
          row: 2,
          message:
            'found 4 values but the header has 3 — a value may contain a tab: remove it, or quote the value',
        },
      ],
    });
  });

  it('names each empty code, and both when both are empty', () => {
    expect(problems('origin,destination,volume\n,E54000015,5\n')).toEqual([
      {row: 2, message: 'the origin code is empty'},
    ]);
    expect(problems('origin,destination,volume\n ,"",5\n')).toEqual([
      {row: 2, message: 'the origin code is empty; the destination code is empty'},
    ]);
  });

  it('refuses volumes whose sum for one pair is too large to hold exactly, naming the pair', () => {
    const r = parse(
      'origin,destination,volume\nE54000020,E54000015,9007199254740991\nE54000020,E54000015,1\n',
    );
    expect(r).toEqual({
      ok: false,
      notes: [],
      problems: [
        {
          row: 0,
          message:
            'The volumes from E54000020 to E54000015 add up to more than 9,007,199,254,740,991, too large to be held exactly.',
        },
      ],
    });
    // The largest exact sum is kept.
    const most = parse(
      'origin,destination,volume\nE54000020,E54000015,9007199254740990\nE54000020,E54000015,1\n',
    );
    expect(most.ok && most.dataset.flows).toEqual([
      {origin: 'E54000020', destination: 'E54000015', volume: 9007199254740991},
    ]);
  });
});

describe('spaces', () => {
  it('skips lines and rows of spaces before the header, and reads trailing cells of spaces as empty', () => {
    const r = parse('   \n , , \norigin,destination,volume\nE54000020,E54000015,4,  \n');
    expect(r.ok && [r.rows, r.dataset.flows]).toEqual([
      1,
      [{origin: 'E54000020', destination: 'E54000015', volume: 4}],
    ]);
  });

  it('names every column a header lacks', () => {
    expect(problems('origin,notes\nE54000020,x\n')).toEqual([
      {
        row: 1,
        message:
          'the header has no destination or volume column (expected origin, destination, volume)',
      },
    ]);
  });
});

describe('what is read', () => {
  it("describes the dataset in the user's words, trimmed, and calls a blank unit admissions", () => {
    const r = parse('E54000020,E54000015,7\n', {
      fileName: 'beds.csv',
      unit: ' bed days ',
      period: ' 2019/20 ',
    });
    expect(r.ok && r.dataset).toEqual({
      kind: 'file',
      measure: 'bed days from your file',
      unit: 'bed days',
      period: '2019/20',
      source: 'Your file beds.csv, read in this browser',
      flows: [{origin: 'E54000020', destination: 'E54000015', volume: 7}],
      fileName: 'beds.csv',
    });
    const blank = parse('E54000020,E54000015,7\n', {fileName: 'f.csv', unit: '  ', period: ''});
    expect(blank.ok && [blank.dataset.unit, blank.dataset.measure]).toEqual([
      'admissions',
      'admissions from your file',
    ]);
  });

  it("gives the flows by origin then destination whatever the rows' order, dropping zeros", () => {
    const r = parse(
      [
        'origin,destination,volume',
        'E54000020,E54000020,1',
        'E54000015,E54000020,2',
        'E54000020,E54000015,3',
        'E54000015,E54000015,0',
        'E54000015,E54000015,0',
      ].join('\n'),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.dataset.flows).toEqual([
      {origin: 'E54000015', destination: 'E54000020', volume: 2},
      {origin: 'E54000020', destination: 'E54000015', volume: 3},
      {origin: 'E54000020', destination: 'E54000020', volume: 1},
    ]);
    expect([r.rows, r.pairs, r.warnings.length > 0]).toEqual([5, 3, true]);
  });

  it('counts only data rows: not the header, nor blank lines or rows of empty cells', () => {
    const r = parse(
      '\n\norigin,destination,volume\n\nE54000020,E54000015,1\n,,\n  \nE54000020,E54000020,2\n',
    );
    expect(r.ok && r.rows).toBe(2);
  });
});
