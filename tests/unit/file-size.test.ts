// A size over a limit never rounds across it (issue 21, fault 8e): 1 MB + 1 byte read "1.1 MB".
import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {sizeAgainstLimit} from '../../src/domain/file-size';
import {readOptionFile} from '../../src/data/option-file';

const MB = 1024 * 1024;

describe('sizeAgainstLimit', () => {
  it('gives the exact bytes of a file just over the limit, and no rounded figure', () => {
    expect(sizeAgainstLimit(MB + 1, MB)).toBe(
      '1,048,577 bytes; the limit is 1 MB (1,048,576 bytes)',
    );
    expect(sizeAgainstLimit(1.04 * MB, MB)).toBe(
      '1,090,519 bytes; the limit is 1 MB (1,048,576 bytes)',
    );
    expect(sizeAgainstLimit(1.4 * MB, MB)).toBe(
      '1,468,006 bytes (about 1.4 MB); the limit is 1 MB (1,048,576 bytes)',
    );
  });

  it('never shows a rounded size at or under the limit, for any size over it', () => {
    fc.assert(
      fc.property(fc.integer({min: MB + 1, max: 50 * MB}), (bytes) => {
        const shown = /about ([\d.]+) MB/.exec(sizeAgainstLimit(bytes, MB))?.[1];
        if (shown !== undefined) expect(Number(shown)).toBeGreaterThan(1);
      }),
    );
  });

  it('is what the option file import says', () => {
    const r = readOptionFile('', MB + 1, [], [], []);
    expect(!r.ok && r.message).toBe(
      'The file is 1,048,577 bytes; the limit is 1 MB (1,048,576 bytes). An option file is a few kilobytes — is this the right file?',
    );
  });
});
