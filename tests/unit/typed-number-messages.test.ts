// readTypedNumber's messages and notes word for word (src/domain/typed-number.ts): what a box
// says is how a person learns why their number was refused, so each reason is its own.
import {describe, expect, it} from 'vitest';
import {readTypedNumber} from '../../src/domain/typed-number';

const message = (text: string, rules = {}) => {
  const r = readTypedNumber(text, rules);
  return r.ok ? `ok ${r.value}` : r.message;
};
const read = (text: string, rules = {}) => readTypedNumber(text, rules);

describe('readTypedNumber, refusals word for word', () => {
  it('asks for a number in an empty box, spaces only included', () => {
    expect(message('')).toBe('Type a number');
    expect(message('   ')).toBe('Type a number');
  });

  it('names what is not a number, as typed (trimmed), a lone minus included', () => {
    const words = (t: string) => `"${t}" is not a number: use digits, and a point for decimals`;
    expect(message(' abc ')).toBe(words('abc'));
    expect(message('-')).toBe(words('-'));
    expect(message('- ')).toBe(words('-'));
    expect(message('1e3')).toBe(words('1e3'));
    expect(message('x5')).toBe(words('x5'));
  });

  it('says separators must sit between digits', () => {
    const words = (t: string) => `"${t}" is not a number: separators must sit between digits`;
    expect(message(',5')).toBe(words(',5'));
    expect(message('5,')).toBe(words('5,'));
    expect(message('1..2')).toBe(words('1..2'));
  });

  it('names both readings of an ambiguous comma or point, with the text as typed', () => {
    expect(message('1,000')).toBe(
      '"1,000" could be 1000 or 1.000: write 1000 without the comma, or 1.000 with a point',
    );
    expect(message('-1,000')).toBe(
      '"-1,000" could be 1000 or 1.000: write 1000 without the comma, or 1.000 with a point',
    );
    expect(message('1.000', {whole: true})).toBe(
      '"1.000" could be 1000 or 1: write 1000 without the point',
    );
  });

  it('refuses groups that are not threes, suggesting the digits alone', () => {
    expect(message('1,00,000', {whole: true})).toBe(
      '"1,00,000" is not grouped in threes, so its meaning is unclear: write it without separators, e.g. 100000',
    );
    expect(message('1234,567.5')).toMatch(/^"1234,567.5" is not grouped in threes/);
    expect(message('12 34')).toMatch(/not grouped in threes/);
  });

  it('refuses mixed separators', () => {
    const words = (t: string) =>
      `"${t}" mixes separators, so its meaning is unclear: write it without separators, with a point for decimals`;
    expect(message('1,2.3.4')).toBe(words('1,2.3.4'));
    expect(message('1.234 5')).toBe(words('1.234 5'));
    expect(message("1,234'567.5")).toBe(words("1,234'567.5"));
    expect(message('1,234,567.5')).toBe('ok 1234567.5');
  });

  it('counts decimal places against the box (six unless it says)', () => {
    expect(message('0.1234567')).toBe('"0.1234567" has more than 6 decimal places');
    expect(message('0.123456')).toBe('ok 0.123456');
    expect(message('0.123', {maxDecimals: 2})).toBe('"0.123" has more than 2 decimal places');
    expect(message('0.12', {maxDecimals: 2})).toBe('ok 0.12');
  });

  it('refuses more than 15 digits', () => {
    expect(message('1234567890123456')).toBe('"1234567890123456" is too large');
    expect(message('123456789012345')).toBe('ok 123456789012345');
  });

  it('refuses a decimal in a whole-number box with how it read it', () => {
    expect(message('2.5', {whole: true})).toBe('"2.5" is read as 2.5, not a whole number');
    expect(message('-2,5', {whole: true})).toBe('"-2,5" is read as -2.5, not a whole number');
  });
});

describe('readTypedNumber, values and notes', () => {
  it('gives no note for the app’s own writing, and a note for any other', () => {
    expect(read('12')).toEqual({ok: true, value: 12, note: null});
    expect(read('-12')).toEqual({ok: true, value: -12, note: null});
    expect(read('2.50')).toEqual({ok: true, value: 2.5, note: null});
    expect(read('007')).toEqual({ok: true, value: 7, note: null});
    expect(read('\u221212')).toEqual({ok: true, value: -12, note: null});
    expect(read('- 12')).toEqual({ok: true, value: -12, note: 'read as -12'});
    expect(read('1 000', {whole: true})).toEqual({ok: true, value: 1000, note: 'read as 1000'});
    expect(read('1.234,5')).toEqual({ok: true, value: 1234.5, note: 'read as 1234.5'});
    expect(read('2,5')).toEqual({ok: true, value: 2.5, note: 'read as 2.5'});
  });

  it('reads minus zero as zero', () => {
    const r = read('-0');
    expect(r.ok && Object.is(r.value, 0)).toBe(true);
    expect(read('-0,0')).toEqual({ok: true, value: 0, note: 'read as 0'});
  });

  it('reads one comma as a decimal comma unless it can only group thousands (a whole-number box)', () => {
    expect(read('1,5', {whole: false})).toEqual({ok: true, value: 1.5, note: 'read as 1.5'});
    expect(read('1234,567')).toEqual({ok: true, value: 1234.567, note: 'read as 1234.567'});
    expect(read('0,125')).toEqual({ok: true, value: 0.125, note: 'read as 0.125'});
    expect(read('1,000', {whole: true})).toEqual({ok: true, value: 1000, note: 'read as 1000'});
    expect(read('1.5')).toEqual({ok: true, value: 1.5, note: null});
  });

  it('reads one grouping mark used alone, or a mark used twice, as thousands', () => {
    expect(read("1'000", {whole: true})).toEqual({ok: true, value: 1000, note: 'read as 1000'});
    expect(read('1\u00a0000')).toEqual({ok: true, value: 1000, note: 'read as 1000'});
    expect(read('1.000.000')).toEqual({ok: true, value: 1e6, note: 'read as 1000000'});
    expect(read('1,000,000')).toEqual({ok: true, value: 1e6, note: 'read as 1000000'});
    expect(read('10 000,5')).toEqual({ok: true, value: 10000.5, note: 'read as 10000.5'});
  });
});
