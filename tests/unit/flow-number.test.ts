import {describe, expect, it} from 'vitest';
import {readVolume} from '../../src/data/flow-number';
import type {Delimiter} from '../../src/data/flow-delimiter';

const value = (cell: string, delimiter: Delimiter = ',') => {
  const r = readVolume(cell, delimiter);
  return r.ok ? r.value : r.message;
};

describe('readVolume: what a spreadsheet writes, read only when it has one meaning', () => {
  it('reads plain digits and decimals with a point that cannot be a thousands separator', () => {
    expect(value('1234')).toBe(1234);
    expect(value(' 007 ')).toBe(7);
    expect(value('0')).toBe(0);
    expect(value('1.5')).toBe(1.5);
    expect(value('1234.567')).toBe(1234.567); // four digits before: a point grouping would allow three
    expect(value('0.234')).toBe(0.234); // a group never starts with 0
    expect(value('12.3456')).toBe(12.3456);
  });

  it('reads thousands grouped in threes by spaces (ordinary, no-break, narrow, thin) and apostrophes', () => {
    for (const space of [' ', '\u00a0', '\u202f', '\u2009', "'", '\u2019'])
      expect(value(`1${space}234${space}567`)).toBe(1234567);
    expect(value('1 234,5', ';')).toBe(1234.5);
    expect(value('1 234.5')).toBe(1234.5);
    expect(value('12 34')).toMatch(/^the volume "12 34" is not grouped in threes/);
  });

  it('reads a mark used more than once as grouping, and two marks as grouping then decimal', () => {
    expect(value('1,234,567')).toBe(1234567);
    expect(value('1.234.567')).toBe(1234567);
    expect(value('12,34,567')).toBe(1234567); // Indian grouping
    expect(value('1,234.5')).toBe(1234.5);
    expect(value('1.234,5', ';')).toBe(1234.5);
    expect(value('1.234.567,89', '\t')).toBe(1234567.89);
    expect(value('1,23')).toMatch(/^the volume "1,23" has a comma that does not group thousands/);
    expect(value('1.234.5')).toMatch(/not grouped in threes/);
    expect(value('1,234,56')).toMatch(/not grouped in threes/);
    expect(value('1.234,567.8')).toMatch(/mixes separators/);
    expect(value('1 234.567,8')).toMatch(/mixes separators/);
  });

  it('reads "1,234" as 1234 only in a comma-separated file (where it was quoted), and refuses "1.234" everywhere', () => {
    expect(value('1,234')).toBe(1234);
    expect(value('1,234', ';')).toBe(
      'the volume "1,234" is ambiguous: it could be 1234 or 1.234 (write it without the comma, e.g. 1234, or with more decimal places)',
    );
    expect(value('1,234', '\t')).toMatch(/ambiguous/);
    for (const d of [',', ';', '\t'] as const) {
      expect(value('1.234', d)).toBe(
        'the volume "1.234" is ambiguous: it could be 1234 or 1.234 (write it without the point, e.g. 1234, or with more decimal places)',
      );
    }
  });

  it('reads a decimal comma in semicolon and tab files, and refuses it in a comma file', () => {
    expect(value('1,5', ';')).toBe(1.5);
    expect(value('1234,5', ';')).toBe(1234.5);
    expect(value('0,234', '\t')).toBe(0.234);
    expect(value('1,5')).toBe(
      'the volume "1,5" has a comma that does not group thousands; in a comma-separated file write decimals with a point, e.g. 1.5',
    );
    expect(value('1.234,5')).toMatch(/decimal comma in a comma-separated file/);
  });

  it('refuses what is not a count, saying why', () => {
    expect(value('')).toBe('the volume is empty');
    expect(value('  ')).toBe('the volume is empty');
    for (const neg of ['-4', '−4', '(4)', '4-', '-0'])
      expect(value(neg)).toMatch(/is negative: volumes are counts of 0 or more$/);
    expect(value('12%')).toBe('the volume "12%" is a percentage: give the count itself');
    for (const money of ['£12', '12 €', '$1,000', 'GBP 12'])
      expect(value(money)).toMatch(/has a currency sign/);
    for (const nan of ['NaN', 'Infinity', 'inf', '#N/A', '#DIV/0!'])
      expect(value(nan)).toMatch(/is not a number$/);
    expect(value('1e3')).toBe(
      'the volume "1e3" is written with an exponent: write the number in full, e.g. 1200 for 1.2e3',
    );
    expect(value('1.2E+5')).toMatch(/exponent/);
    expect(value('+5')).toMatch(/starts with "\+"/);
    expect(value('0x10')).toBe('the volume "0x10" is not a number');
    expect(value('１２')).toBe('the volume "１２" is not a number');
    expect(value('.5')).toMatch(/separators must sit between digits/);
    expect(value('5.')).toMatch(/separators must sit between digits/);
    expect(value('1,,234')).toMatch(/separators must sit between digits/);
  });

  it('refuses numbers too large to hold exactly rather than rounding them', () => {
    expect(value('9007199254740991')).toBe(9007199254740991);
    expect(value('9007199254740993')).toMatch(/too large to be held exactly/);
    expect(value('1'.repeat(400))).toMatch(/too large/);
  });
});

describe('readVolume: each refusal keeps its own reason, wherever the sign or word sits', () => {
  const NOT_A_NUMBER = (t: string) => `the volume "${t}" is not a number`;

  it('calls a volume negative only by a sign at its start or end, not a dash inside', () => {
    expect(value('5-')).toBe('the volume "5-" is negative: volumes are counts of 0 or more');
    expect(value('1-2')).toBe(NOT_A_NUMBER('1-2'));
    expect(value('1\u20132')).toBe(NOT_A_NUMBER('1\u20132'));
  });

  it('calls NaN, infinity and spreadsheet errors not a number, with a "+" before them too', () => {
    for (const t of ['+NaN', '+inf', '+#VALUE!']) expect(value(t)).toBe(NOT_A_NUMBER(t));
    expect(value('+5nan')).toBe('the volume "+5nan" starts with "+": write the number alone');
    expect(value('+nan1')).toBe('the volume "+nan1" starts with "+": write the number alone');
  });

  it('names an exponent only where the whole volume is one', () => {
    const exponent = (t: string) =>
      `the volume "${t}" is written with an exponent: write the number in full, e.g. 1200 for 1.2e3`;
    expect(value('1.2e10')).toBe(exponent('1.2e10'));
    expect(value('+1e3')).toBe(exponent('+1e3'));
    expect(value('x1e3')).toBe(NOT_A_NUMBER('x1e3'));
    expect(value('1e3x')).toBe(NOT_A_NUMBER('1e3x'));
    expect(value('1+2')).toBe(NOT_A_NUMBER('1+2'));
  });

  it('refuses a space as the decimal mark after a point', () => {
    expect(value('1.234 5')).toBe(
      'the volume "1.234 5" mixes separators, so its meaning is unclear: write it without separators',
    );
  });

  it('holds grouping before a decimal mark to threes (or Indian twos then a three)', () => {
    expect(value('1,23.5', ';')).toMatch(/^the volume "1,23.5" is not grouped in threes/);
    expect(value('12,34,567.5', ';')).toBe(1234567.5);
  });

  it('refuses groups that are not threes: a long or zero first group, a short last one, a long middle one', () => {
    const unclear = (t: string, digits: string) =>
      `the volume "${t}" is not grouped in threes, so its meaning is unclear: write it without separators, e.g. ${digits}`;
    expect(value('1234,567,890')).toBe(unclear('1234,567,890', '1234567890'));
    expect(value('01,234,567')).toBe(unclear('01,234,567', '01234567'));
    expect(value('12,34,56')).toBe(unclear('12,34,56', '123456'));
    expect(value('123,45,678')).toBe(unclear('123,45,678', '12345678'));
    expect(value('12,34,567,890')).toBe(unclear('12,34,567,890', '1234567890'));
    expect(value('1,23,45,678')).toBe(12345678);
  });
});
