// Files with quoted fields, as R's write.csv, Excel and pandas write them: quoted headers and
// values, a byte-order mark, CRLF line ends. Each is read, and the advice on a refused file
// never tells the user to do what the file already does.
import {describe, expect, it} from 'vitest';
import {buildCodeLookup, parseFlowCsv} from '../../src/data/flow-csv';
import {detectDelimiter, splitRow} from '../../src/data/flow-delimiter';
import {isHeader} from '../../src/data/flow-header';
import {geography, parts, areas} from './real-data';

// Built for each parse, not at import: the mutation run credits a test only with the code it runs.
const lookup = () =>
  buildCodeLookup(geography, areas, parts, [{code: 'RWE', areaCode: 'E54000015'}]);
const parse = (text: string) =>
  parseFlowCsv(text, lookup(), {fileName: 'f.csv', unit: 'admissions', period: ''});
const volumes = (text: string) => {
  const r = parse(text);
  return r.ok ? r.dataset.flows.map((f) => f.volume) : r.problems;
};

describe('quoted fields', () => {
  it("reads R's write.csv: quoted header, quoted codes, a row-number column", () => {
    expect(volumes('"origin","destination","volume"\n"E54000020","E54000015",12\n')).toEqual([12]);
    expect(volumes('"","origin","destination","volume"\n"1","E54000020","E54000015",12\n')).toEqual(
      [12],
    );
  });

  it('reads quoted headers with a byte-order mark and CRLF line ends (Excel, pandas)', () => {
    expect(
      volumes('\uFEFF"origin","destination","volume"\r\n"E54000020","E54000015","7"\r\n'),
    ).toEqual([7]);
  });

  it('reads quoted fields in semicolon and tab files, and says which delimiter it used', () => {
    const semi = parse('"origin";"destination";"volume"\n"E54000020";"E54000015";"1.234,5"\n');
    expect(semi.ok && semi.dataset.flows[0]!.volume).toBe(1234.5);
    expect(semi.notes[0]).toMatch(/semicolons/);
    expect(volumes('"origin"\t"destination"\t"volume"\n"E54000020"\t"E54000015"\t3\n')).toEqual([
      3,
    ]);
  });

  it('reads a quoted value with the delimiter and doubled quotes inside, and quotes after a space', () => {
    expect(splitRow('"a, ""b""",c', ',')).toEqual(['a, "b"', 'c']);
    expect(volumes('origin, "destination", "volume"\nE54000020, "E54000015", "7"\n')).toEqual([7]);
  });

  it('splits a quoted row with its own delimiter only: another leaves a quote not followed by it', () => {
    expect(splitRow('"origin","destination","volume"', ';')).toBeNull();
    expect(splitRow('"origin","destination","volume"', '\t')).toBeNull();
    expect(detectDelimiter('"origin","destination","volume"', 1, isHeader)).toEqual({
      ok: true,
      delimiter: ',',
    });
  });
});

describe('advice on a refused first row', () => {
  it('does not tell a comma file to use commas', () => {
    const r = detectDelimiter('a,b;c,d;e', 1, isHeader);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).not.toMatch(/with commas only|use commas/);
    expect(!r.ok && r.message).toMatch(/use only one of them/);
  });

  it('says when the whole row is one quoted value, and when quotes do not close', () => {
    const whole = parse('"origin,destination,volume"\n');
    expect(!whole.ok && whole.problems[0]!.message).toMatch(/whole row is one quoted value/);
    const open = parse('"origin,destination,volume\n');
    expect(!open.ok && open.problems[0]!.message).toMatch(/quotes in the row do not close/);
  });
});
