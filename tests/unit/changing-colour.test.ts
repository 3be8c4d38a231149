import {describe, expect, it} from 'vitest';
import {areasChangingColour} from '../../src/domain/options';
import {NORTHAMPTONSHIRE, option, areas} from './real-data';

describe('areasChangingColour', () => {
  it('finds only Northamptonshire between the two proposals, and nothing between an option and itself', () => {
    expect(
      areasChangingColour(option('initial'), option('revised'), areas).map((s) => s.code),
    ).toEqual([NORTHAMPTONSHIRE]);
    expect(areasChangingColour(option('revised'), option('revised'), areas)).toEqual([]);
  });
});
