// A number typed in a box is never read as a different number (issue 21, fault 3): "2,5" in
// the population-ratio box was read as 25. Examples, then properties over numbers written as
// people in several countries write them.
import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {readTypedNumber} from '../../src/domain/typed-number';

const value = (text: string, whole = false) => {
  const r = readTypedNumber(text, {whole});
  return r.ok ? r.value : r.message;
};

describe('readTypedNumber', () => {
  it('reads a decimal comma as the decimal mark, and says how it read it', () => {
    expect(readTypedNumber('2,5')).toEqual({ok: true, value: 2.5, note: 'read as 2.5'});
    expect(value('0,125')).toBe(0.125);
    expect(readTypedNumber('2.5')).toEqual({ok: true, value: 2.5, note: null});
  });

  it('reads thousands separators in a whole-number box', () => {
    expect(readTypedNumber('1,000,000', {whole: true})).toEqual({
      ok: true,
      value: 1_000_000,
      note: 'read as 1000000',
    });
    expect(value('250,000', true)).toBe(250_000);
    expect(value('1 000 000', true)).toBe(1_000_000);
    expect(value('1.000.000', true)).toBe(1_000_000);
    expect(value("1'000'000", true)).toBe(1_000_000);
    expect(value('1,234.5')).toBe(1234.5);
    expect(value('1.234,5')).toBe(1234.5);
  });

  it('refuses what has two readings, naming both', () => {
    expect(value('1,000')).toMatch(/could be 1000 or 1\.000/);
    expect(value('1.000', true)).toMatch(/could be 1000 or 1:/);
    expect(value('1.125')).toBe(1.125);
    expect(value('1,00,000', true)).toMatch(/not grouped in threes/);
    expect(value('1,2.3.4')).toMatch(/mixes separators/);
  });

  it('refuses a decimal in a whole-number box with its reading, and what is not a number', () => {
    expect(value('2,5', true)).toBe('"2,5" is read as 2.5, not a whole number');
    for (const bad of ['', ' ', 'abc', '1e3', '+5', '5%', '£5', ',5', '5,', '1..2', '-'])
      expect(typeof value(bad)).toBe('string');
    expect(value('-3')).toBe(-3);
    expect(value('\u22123')).toBe(-3);
  });
});

// Numbers with up to 6 decimal places, as people write them: a whole part of any size, and
// often no decimals or exactly three (where a decimal and a thousands separator look alike).
const decimals = fc
  .tuple(
    fc.integer({min: 0, max: 10 ** 7}),
    fc.constantFrom(0, 1, 3, 3, 6),
    fc.integer({min: 0, max: 999_999}),
  )
  .map(([whole, places, fraction]) =>
    Number(`${whole}.${String(fraction % 10 ** places).padStart(places, '0')}`),
  );
const LOCALES = ['en-GB', 'de-DE', 'fr-FR', 'de-CH', 'nl-NL', 'es-ES', 'en-IN', 'it-IT'];

describe('readTypedNumber properties', () => {
  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), fc.boolean(), (s, whole) => void readTypedNumber(s, {whole})),
    );
  });

  it("reads the app's own writing of any number as that number, with no note", () => {
    fc.assert(
      fc.property(decimals, (n) => {
        expect(readTypedNumber(String(n))).toEqual({ok: true, value: n, note: null});
      }),
    );
  });

  // Every locale's writing without grouping, and grouped writing except with points (German
  // "1.125" for 1125, which a decimal box reads as the app writes it: 1.125).
  it('reads any number as written in any of several locales as that number, or refuses it: never another', () => {
    fc.assert(
      fc.property(decimals, fc.constantFrom(...LOCALES), fc.boolean(), (n, locale, grouping) => {
        const text = new Intl.NumberFormat(locale, {
          maximumFractionDigits: 6,
          useGrouping: grouping,
        }).format(n);
        fc.pre(
          !(grouping && /\./.test(text) && /,/.test(new Intl.NumberFormat(locale).format(0.5))),
        );
        const r = readTypedNumber(text);
        if (r.ok) expect(r.value).toBe(n);
      }),
    );
  });

  it('reads any whole number grouped with commas (as the app writes populations) in a whole-number box', () => {
    fc.assert(
      fc.property(fc.integer({min: 0, max: 10 ** 14}), (n) => {
        const r = readTypedNumber(new Intl.NumberFormat('en-GB').format(n), {whole: true});
        expect(r.ok && r.value).toBe(n);
      }),
    );
  });

  it('reads whole numbers in any locale as that number or refuses them', () => {
    fc.assert(
      fc.property(fc.integer({min: 0, max: 10 ** 14}), fc.constantFrom(...LOCALES), (n, locale) => {
        const r = readTypedNumber(new Intl.NumberFormat(locale).format(n), {whole: true});
        if (r.ok) expect(r.value).toBe(n);
      }),
    );
  });
});
