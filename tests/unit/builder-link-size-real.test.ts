// A name is refused as too long for a share link only when the link would be (issue 21, fault
// 8d): a second region named with emoji was refused when its link was 722 characters.
import {describe, expect, it} from 'vitest';
import {applyEdit} from '../../src/domain/builder/edit';
import {
  linkSizeBound,
  queryLength,
  USER_OPTION_LINK_BUDGET,
  userOptionParams,
} from '../../src/domain/builder/option-link';
import {checkUserOption} from '../../src/data/user-option-check';
import {builtIn, builtIns, edited, mine, unitCodes, unitName} from './builder-fixtures';

const region = (id: string, name: string) => ({id, code: null, name, colour: '#aa3377'});
// 24 emoji and a letter: 49 UTF-16 units (the limit is 50), 289 characters once escaped.
const emojiName = (n: number) => `${'🏥'.repeat(24)}${String.fromCharCode(64 + n)}`;
const EMOJI_NAME = emojiName(1);

describe('the share-link size check, with the base known', () => {
  it('accepts a second emoji-named region whose link is far under the limit', () => {
    const base = builtIn('revised');
    const one = edited(mine(), {kind: 'add-region', region: region('new-1', EMOJI_NAME)});
    const result = applyEdit(
      one,
      {kind: 'add-region', region: region('new-2', emojiName(2))},
      unitName,
      undefined,
      {builtIns: [base]},
    );
    expect(result.error).toBeUndefined();
    const real = queryLength(userOptionParams(result.option!, base, 'compare-'));
    expect(real).toBeLessThan(800);
    expect(linkSizeBound(result.option!, base)).toBeLessThan(USER_OPTION_LINK_BUDGET);
  });

  it('measures the real encoded length: never less, and only the room kept for part moves more', () => {
    const base = builtIn('revised');
    const o = edited(mine(), {kind: 'add-region', region: region('new-1', EMOJI_NAME)});
    const real = queryLength(userOptionParams(o, base, 'compare-'));
    const bound = linkSizeBound(o, base);
    expect(bound).toBeGreaterThanOrEqual(real);
    expect(bound - real).toBeLessThanOrEqual(20 * 13 + 9 * 12 + '&compare-pmove='.length);
  });

  it('still refuses names when the real link would pass the limit', () => {
    const base = builtIn('revised');
    let o = mine();
    let refusal: string | undefined;
    for (let n = 1; n < 14 && !refusal; n++) {
      const result = applyEdit(
        o,
        {kind: 'add-region', region: region(`new-${n}`, emojiName(n))},
        unitName,
        undefined,
        {builtIns: [base]},
      );
      if (result.error !== undefined) refusal = result.error;
      else o = result.option;
    }
    expect(refusal).toMatch(/too long in all to fit in a share link/);
    expect(queryLength(userOptionParams(o, base, 'compare-'))).toBeLessThanOrEqual(
      USER_OPTION_LINK_BUDGET,
    );
  });
});

describe('an option file is checked as the builder made it', () => {
  it('on a geography without finer units, reads back the longest option the builder allowed', () => {
    const base = builtIn('revised');
    // The builder keeps no room for part moves where there are none (noParts).
    let o = mine();
    for (let n = 1; n < 14; n++) {
      const result = applyEdit(
        o,
        {kind: 'add-region', region: region(`new-${n}`, emojiName(n))},
        unitName,
        undefined,
        {builtIns: [base], noParts: true},
      );
      if (result.error !== undefined) break;
      o = result.option;
    }
    expect(linkSizeBound(o, base, true)).toBeGreaterThan(USER_OPTION_LINK_BUDGET);
    const back = checkUserOption(JSON.parse(JSON.stringify(o)), {
      builtIns,
      unitCodes,
      existingIds: [],
    });
    expect(back.ok && back.messages.filter((m) => /share link/.test(m))).toEqual([]);
  });
});
