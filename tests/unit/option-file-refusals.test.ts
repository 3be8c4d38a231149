// The words a user reads when an option file cannot be opened: its size at the limit, its
// version (older, newer, not a number, missing), its geography, and a byte-order mark.
import {describe, expect, it} from 'vitest';
import {
  optionFileText,
  otherGeography,
  readOptionFile,
  DEFAULT_OPENED_ON,
} from '../../src/data/option-file';
import {builtIns, mine, unitCodes, unitName} from './builder-fixtures';
import {geography} from './real-data';

const read = (text: string, byteLength = text.length) =>
  readOptionFile(text, byteLength, builtIns, unitCodes, [], unitName, {geography});
const refusal = (text: string) => {
  const r = read(text);
  return r.ok ? 'accepted' : r.message;
};
const withVersion = (version: unknown) =>
  JSON.stringify({...JSON.parse(optionFileText(mine())), version});

describe('option file refusals', () => {
  it('reads a file of exactly 1 MB and refuses one byte more, unread', () => {
    const text = optionFileText(mine());
    expect(read(text, 1024 * 1024).ok).toBe(true);
    const over = read(text, 1024 * 1024 + 1);
    expect(over.ok === false && over.message).toBe(
      'The file is 1,048,577 bytes; the limit is 1 MB (1,048,576 bytes). An option file is a few kilobytes — is this the right file?',
    );
  });

  it('reads a file that starts with a byte-order mark, as some editors save', () => {
    expect(read(`\uFEFF${optionFileText(mine())}`)).toEqual({
      ok: true,
      option: mine(),
      messages: [],
    });
  });

  it('names the version of a file it cannot read, and says "newer" only of a newer one', () => {
    expect(refusal(withVersion(0))).toBe(
      'This option file is version 0; this Footprint reads version 1.',
    );
    expect(refusal(withVersion('1'))).toBe(
      'This option file is version "1"; this Footprint reads version 1.',
    );
    expect(refusal(withVersion(3))).toBe(
      'This option file is version 3; this Footprint reads version 1 — it was made by a newer Footprint.',
    );
    expect(refusal(withVersion('x'.repeat(50)))).toBe(
      `This option file is version "${'x'.repeat(19)}; this Footprint reads version 1.`,
    );
    // A file with no version at all is not taken for a Footprint file.
    expect(refusal(withVersion(undefined))).toBe(
      'This is not a Footprint option file: it does not say "format": "footprint-option".',
    );
  });

  it('names a built-in geography by its title, any other by its id or JSON', () => {
    expect(otherGeography('england-2026', DEFAULT_OPENED_ON)).toBe(
      "'England, April 2026: 36 ICBs', not 'England, April 2018: 42 STPs'",
    );
    expect(otherGeography(42, DEFAULT_OPENED_ON)).toBe("'42', not 'England, April 2018: 42 STPs'");
    expect(otherGeography(undefined, undefined)).toBeNull();
    expect(otherGeography('england-2018', undefined)).toBeNull();
  });

  it('ends a checker message that lacks a full stop with one', () => {
    const file = JSON.parse(optionFileText(mine()));
    file.option.title = 5;
    expect(refusal(JSON.stringify(file))).toMatch(
      /^The option in this file cannot be used\. The option is not in the form Footprint saves: title: [^.]*\.$/,
    );
  });
});

describe('option file reading, edge by edge', () => {
  it('refuses JSON that is not an object as not a Footprint file', () => {
    for (const text of ['[1]', '"footprint-option"', 'null'])
      expect(refusal(text)).toBe(
        'This is not a Footprint option file: it does not say "format": "footprint-option".',
      );
  });

  it('says "newer" only of a number above its own version, not of a string', () => {
    expect(refusal(withVersion('5'))).toBe(
      'This option file is version "5"; this Footprint reads version 1.',
    );
  });

  it('removes a byte-order mark only at the start: one inside a title is a hidden character', () => {
    const file = JSON.parse(optionFileText(mine()));
    file.option.title = 'My\uFEFF option';
    expect(read(JSON.stringify(file))).toMatchObject({
      ok: true,
      option: {title: 'My option'},
      messages: ["The option’s title 'My option' had 1 hidden control character — removed"],
    });
  });

  it('reads a file opened with nothing said of where (the default geography, no parts)', () => {
    const text = optionFileText(mine());
    expect(readOptionFile(text, text.length, builtIns, unitCodes, [])).toMatchObject({ok: true});
  });

  it('adds a full stop only where a message does not end with one', () => {
    const file = JSON.parse(optionFileText(mine()));
    file.option.regions[0].id = 'A.b';
    expect(refusal(JSON.stringify(file))).toBe(
      "The option in this file cannot be used. Region id 'A.b' is not valid: lower-case letters, digits and hyphens, at most 40.",
    );
  });
});
