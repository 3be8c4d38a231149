// How long group names are written on the map (issue 20): shorter, then on lines; never changed
// in meaning (the full name is always the first way, and the tooltip keeps it).
import {describe, expect, it} from 'vitest';
import {labelTextChoices, shortLabel} from '../../src/map/label-text';

describe('labelTextChoices', () => {
  it('tries the whole name first, then without its bracketed notes, then on 2 and 3 lines', () => {
    expect(labelTextChoices('Surrey Heartlands + Sussex cluster (not confirmed)')).toEqual([
      ['Surrey Heartlands + Sussex cluster (not confirmed)'],
      ['Surrey Heartlands + Sussex cluster'],
      ['Surrey Heartlands', '+ Sussex cluster'],
      ['Surrey', 'Heartlands +', 'Sussex cluster'],
    ]);
  });

  it('keeps a one-word name whole, and a two-word one to two lines', () => {
    expect(labelTextChoices('Devon')).toEqual([['Devon']]);
    expect(labelTextChoices('Black Country')).toEqual([['Black Country'], ['Black', 'Country']]);
  });

  it('keeps every word, in order, in every way of writing it', () => {
    const name = 'Bath and North East Somerset, Swindon and Wiltshire';
    for (const lines of labelTextChoices(name)) expect(lines.join(' ')).toBe(name);
  });

  it('leaves a name that is all brackets as it is', () => {
    expect(shortLabel('(to be named)')).toBe('(to be named)');
    expect(shortLabel('Thames Valley (East Berkshire) (not confirmed)')).toBe('Thames Valley');
  });
});
