import {describe, expect, it} from 'vitest';
import {buildCodeLookup, parseFlowCsv} from '../../src/data/flow-csv';
import {geography, parts, areas} from './real-data';

const trusts = [
  {code: 'RNS', areaCode: 'E54000020'}, // Northampton General
  {code: 'RWE', areaCode: 'E54000015'}, // University Hospitals of Leicester
];
// Built for each parse, not at import: the mutation run credits a test only with the code it runs.
const lookup = () => buildCodeLookup(geography, areas, parts, trusts);
const file = {fileName: 'admissions.csv', unit: 'admissions', period: '2018/19'};
const parse = (text: string) => parseFlowCsv(text, lookup(), file);

describe('parseFlowCsv', () => {
  it('reads STP codes with a header and keeps the unit and period the user gave', () => {
    const r = parse(
      'origin,destination,volume\nE54000020,E54000015,120\nE54000020,E54000020,900\n',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.rows).toBe(2);
    expect(r.dataset).toMatchObject({
      kind: 'file',
      unit: 'admissions',
      period: '2018/19',
      fileName: 'admissions.csv',
    });
    expect(r.dataset.flows).toEqual([
      {origin: 'E54000020', destination: 'E54000015', volume: 120},
      {origin: 'E54000020', destination: 'E54000020', volume: 900},
    ]);
  });

  it('adds CCGs (ONS or ODS codes) up to their STP and places trusts at their HQ STP', () => {
    // Nene (04G / E38000108) and Corby (03V) are both Northamptonshire.
    const r = parse('from,to,count\n04G,RWE,10\nE38000037,rwe,5\n03v,RNS,"1,000"\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.pairs).toBe(2);
    expect(r.kinds).toEqual({CCG: 3, trust: 3});
    expect(r.dataset.flows).toEqual([
      {origin: 'E54000020', destination: 'E54000015', volume: 15},
      {origin: 'E54000020', destination: 'E54000020', volume: 1000},
    ]);
  });

  it('accepts a file without a header, columns in order, and columns in any order with one', () => {
    const plain = parse('E54000020,E54000015,7\n');
    expect(plain.ok && plain.dataset.flows).toEqual([
      {origin: 'E54000020', destination: 'E54000015', volume: 7},
    ]);
    const shuffled = parse('Volume,Destination,Origin,notes\n7,E54000015,E54000020,ok\n');
    expect(shuffled.ok && shuffled.dataset.flows).toEqual([
      {origin: 'E54000020', destination: 'E54000015', volume: 7},
    ]);
  });

  it('names every bad row with its spreadsheet row number and what is wrong', () => {
    const text = [
      'origin,destination,volume', // row 1
      'E54000020,E54000015,12', // row 2: fine
      'E54000020,E54000015,abc', // row 3
      'E54999999,E54000015,5', // row 4
      'E54000020,,5', // row 5
      'E54000020,E54000015', // row 6
      '', // row 7: blank, skipped
      'RNS,E54000015,5', // row 8
      'E54000020,E54000015,-4', // row 9
    ].join('\n');
    const r = parse(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([
      {row: 3, message: 'the volume "abc" is not a number'},
      {
        row: 4,
        message:
          'origin "E54999999" is not an STP (E54…) or CCG (E38… or ODS code such as 03H) of April 2018',
      },
      {row: 5, message: 'the destination code is empty'},
      {row: 6, message: 'expected 3 values (origin, destination, volume), found 2'},
      {
        row: 8,
        message: 'origin "RNS" is a trust: the origin is where residents live (an STP or CCG)',
      },
      {row: 9, message: 'the volume "-4" is negative: volumes are counts of 0 or more'},
    ]);
  });

  it('explains a file it cannot use at all', () => {
    expect(parse('')).toEqual({
      ok: false,
      problems: [{row: 0, message: 'The file is empty.'}],
      notes: [],
    });
    expect(parse('origin,destination,volume\n')).toEqual({
      ok: false,
      problems: [{row: 1, message: 'there are no data rows after the header'}],
      notes: [],
    });
    expect(parse('origin,target\nE54000020,E54000015\n')).toEqual({
      ok: false,
      problems: [
        {row: 1, message: 'the header has no volume column (expected origin, destination, volume)'},
      ],
      notes: [],
    });
    expect(parse('origin,destination,volume\nE54000020,E54000015,0\n')).toEqual({
      ok: false,
      problems: [{row: 0, message: 'Every volume in the file is zero.'}],
      notes: [],
    });
  });

  it('reads a byte-order mark and Windows line ends as a spreadsheet writes them', () => {
    const r = parse('\uFEFForigin,destination,volume\r\nE54000020,E54000015,3\r\n');
    expect(r.ok && r.dataset.flows).toEqual([
      {origin: 'E54000020', destination: 'E54000015', volume: 3},
    ]);
  });
});
