// Which separator a flow file's first row is read with (flow-delimiter.ts), and which header
// names it knows (flow-header.ts): each test of the row in turn decides only when one separator
// passes it, and a row that splits into one value is told why in terms of what it holds.
import {describe, expect, it} from 'vitest';
import {detectDelimiter} from '../../src/data/flow-delimiter';
import {cellText, headerColumns, isHeader} from '../../src/data/flow-header';

const chosen = (row: string) => {
  const r = detectDelimiter(row, 1, isHeader);
  return r.ok ? r.delimiter : r.message;
};

describe('the separator of a first row', () => {
  it('is the one giving a full header, though another gives part of one', () => {
    // With commas "n" names the volume; with semicolons all three columns are named.
    expect(chosen('origin;destination;volume;x,n')).toBe(';');
  });

  it('is the one giving part of a header, though another gives three values', () => {
    expect(chosen('origin,x,y;a;b')).toBe(',');
  });

  it('is the one giving three values, though another gives two', () => {
    expect(chosen('a,b,c;d')).toBe(',');
  });
});

describe('a first row of one value', () => {
  const WHOLE =
    'the whole row is one quoted value: put quotes round each value (or none), not round the whole row';
  const UNCLOSED =
    'the quotes in the row do not close where a value ends: each quoted value must end with a quote right before the separator';
  const ONE =
    'found only one value: separate origin, destination and volume with commas, semicolons or tabs';

  it('is one quoted value when quotes round the whole row hold a separator, spaces after too', () => {
    expect(chosen('"a,b" ')).toBe(WHOLE);
    expect(chosen('"ab"')).toBe(ONE);
  });

  it('has unclosed quotes when something follows the closing quote', () => {
    expect(chosen('"a,b" x')).toBe(UNCLOSED);
    expect(chosen('a,"b"x"')).toBe(UNCLOSED);
  });
});

describe('header names', () => {
  it('are read without spaces and the quotes a value keeps after a space', () => {
    expect(cellText(' "E54000013" ')).toBe('E54000013');
    expect(cellText('x"a"')).toBe('x"a"');
    expect(cellText('"a"x')).toBe('"a"x');
  });

  it('match whatever runs of spaces and hyphens join their words', () => {
    expect(headerColumns(['Origin  Code', 'to', 'n'])).toEqual({
      origin: 0,
      destination: 1,
      volume: 2,
    });
    expect(headerColumns(['origin - code', 'x'])).toEqual({missing: ['destination', 'volume']});
  });

  it('make a full header only with all three columns, and a partial one with any', () => {
    expect(isHeader(['origin', 'to', 'n'], true)).toBe(true);
    expect(isHeader(['origin', 'x'], true)).toBe(false);
    expect(isHeader(['origin', 'x'], false)).toBe(true);
    expect(isHeader(['a', 'b'], false)).toBe(false);
  });
});
