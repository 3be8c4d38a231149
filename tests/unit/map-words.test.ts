import {describe, expect, it} from 'vitest';
import {compareOptions} from '../../src/domain/compare';
import {describeMap, peopleInWords} from '../../src/domain/map-words';
import {NORTHAMPTONSHIRE, option, areas} from './real-data';
import {unitWords} from '../../src/domain/geography';
import {geography as geography2018} from './real-data';

/** The 2018 geography's nouns: STP and CCG. */
const W = unitWords(geography2018);

describe('the map in words (real data)', () => {
  it('describes the revised proposal region by region, in the option order', () => {
    const words = describeMap(option('revised'), areas, W);
    expect(words.option[0]).toBe('Revised proposal: 7 regions.');
    expect(words.option).toHaveLength(8);
    expect(words.option[1]).toMatch(/^North West: \d+ STPs, \d+\.\d million people\.$/);
    expect(words.option.find((l) => l.startsWith('Midlands:'))).toBe(
      'Midlands: 11 STPs, 10.5 million people.',
    );
    expect(words.changes).toEqual([]);
    expect(words.selected).toBeNull();
  });

  it('counts every STP once: the region counts add up to 42', () => {
    for (const id of ['before', 'initial', 'revised']) {
      const counts = describeMap(option(id), areas, W)
        .option.slice(1)
        .map((l) => Number(/: (\d+) STP/.exec(l)![1]));
      expect(counts.reduce((a, b) => a + b, 0)).toBe(42);
    }
  });

  it('says which region the selected STP is in, under the option shown', () => {
    expect(describeMap(option('revised'), areas, W, null, NORTHAMPTONSHIRE).selected).toBe(
      'Northamptonshire is in the Midlands.',
    );
    expect(describeMap(option('initial'), areas, W, null, NORTHAMPTONSHIRE).selected).toBe(
      'Northamptonshire is in the Central and East of England.',
    );
    expect(describeMap(option('revised'), areas, W, null, 'E54999999').selected).toBeNull();
  });

  it('reuses the comparison summary when comparing Initial → Revised', () => {
    const cmp = compareOptions(option('initial'), option('revised'), areas);
    expect(describeMap(option('revised'), areas, W, cmp).changes).toEqual([
      '1 STP moves: Northamptonshire (730,650 people) from Central and East of England to Midlands.',
      'Central and East of England is renamed East of England.',
      'Midlands: +1 STP, +2 CCGs, +730,650 people (+7.5%).',
      'East of England: −1 STP, −2 CCGs, −730,650 people (−10.1%).',
    ]);
  });

  it('rounds people for reading', () => {
    expect(peopleInWords(7_349_999)).toBe('7.3 million people');
    expect(peopleInWords(10_537_679)).toBe('10.5 million people');
    expect(peopleInWords(846_123)).toBe('850,000 people');
  });
});
