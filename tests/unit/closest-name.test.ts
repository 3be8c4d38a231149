// The "did you mean" of a misspelt link setting (state/link-params.ts closestName): one edit
// away for short names, two for names longer than five letters, a swap of neighbours counting
// as one edit, the first known name on a tie, nothing for names past 40 characters.
import {describe, expect, it} from 'vitest';
import {closestName, viewPageParams} from '../../src/state/link-params';

describe('closestName', () => {
  it('counts a swap of neighbours as one edit (short names allow only one)', () => {
    expect(closestName('spt', ['stp'])).toBe('stp');
    expect(closestName('cmopare', ['compare'])).toBe('compare');
    // Two swaps in a short name are two edits: too far.
    expect(
      closestName(
        'sptu',
        ['stpu'].map((s) => s),
      ),
    ).toBe('stpu');
    expect(closestName('psut', ['stpu'])).toBeNull();
  });

  it('allows two edits only for names longer than five letters', () => {
    expect(closestName('fxxws', ['flows'])).toBeNull();
    expect(closestName('fxows', ['flows'])).toBe('flows');
    expect(closestName('opxxon', ['option'])).toBe('option');
    expect(closestName('oxxxon', ['option'])).toBeNull();
  });

  it('takes the nearest name, and the first of equally near ones', () => {
    expect(closestName('ab', ['ac', 'ad'])).toBe('ac');
    expect(closestName('optio', ['options', 'option'])).toBe('option');
    expect(closestName('zzzz', ['option', 'stp'])).toBeNull();
  });

  it('ignores case, and gives up on names longer than 40 characters', () => {
    expect(closestName('OPTION', ['option'])).toBe('option');
    const forty = 'x'.repeat(40);
    expect(closestName(`${'x'.repeat(39)}y`, [forty])).toBe(forty);
    const fortyOne = 'x'.repeat(41);
    expect(closestName(fortyOne, [fortyOne])).toBeNull();
  });
});

describe('viewPageParams', () => {
  it('adds only the extra names given', () => {
    const base = viewPageParams();
    expect(viewPageParams(['controls'])).toEqual([...base, 'controls']);
    expect(base).not.toContain('controls');
    expect(base).toContain('option');
  });
});
