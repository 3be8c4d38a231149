// Every malformed link in the fixture, against the pure parser: each says what it could not
// use and still opens a complete, valid view. (The browser runs a few: tests/e2e/share.e2e.ts.)
import {describe, expect, it} from 'vitest';
import {decodeChoices} from '../../src/state/url';
import {MALFORMED_LINKS} from './fixtures/malformed-links';
import {expectValidView, options, areaCodes} from './link-checks';
import {geography} from './real-data';
import {viewPageParams} from '../../src/state/link-params';

describe(`${MALFORMED_LINKS.length} malformed links`, () => {
  it('are at least fifty', () => expect(MALFORMED_LINKS.length).toBeGreaterThanOrEqual(50));

  it.each(MALFORMED_LINKS.map((q) => [q.slice(0, 60), q]))(
    '%s: a message and a valid view',
    (_, query) => {
      const decoded = decodeChoices(`?${query}`, options, areaCodes, viewPageParams(), geography);
      expect(decoded.messages.length).toBeGreaterThan(0);
      expectValidView(decoded);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );
});
