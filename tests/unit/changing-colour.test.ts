import {describe, expect, it} from 'vitest';
import {stpsChangingColour} from '../../src/domain/options';
import {NORTHAMPTONSHIRE, option, stps} from './real-data';

describe('stpsChangingColour', () => {
  it('finds only Northamptonshire between the two proposals, and nothing between an option and itself', () => {
    expect(stpsChangingColour(option('initial'), option('revised'), stps).map((s) => s.code)).toEqual([NORTHAMPTONSHIRE]);
    expect(stpsChangingColour(option('revised'), option('revised'), stps)).toEqual([]);
  });
});
