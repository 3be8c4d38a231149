// The one code → unit index (src/domain/unit-index.ts).
import {describe, expect, it} from 'vitest';
import {unitIndex, unitNames} from '../../src/domain/unit-index';

const units = [
  {code: 'E1', name: 'Northshire and Dales', shortName: 'Northshire'},
  {code: 'E2', name: 'Southshire', shortName: 'Southshire'},
];

describe('unitIndex', () => {
  it('finds each unit by its code, and is built once per list', () => {
    expect(unitIndex(units).get('E1')).toBe(units[0]);
    expect(unitIndex(units).get('E9')).toBeUndefined();
    expect(unitIndex(units)).toBe(unitIndex(units));
    expect(unitIndex([...units])).not.toBe(unitIndex(units));
  });
});

describe('unitNames', () => {
  it('names a code by the unit’s name or short name, and an unknown code by itself', () => {
    expect(unitNames(units)('E1')).toBe('Northshire and Dales');
    expect(unitNames(units, 'shortName')('E1')).toBe('Northshire');
    expect(unitNames(units)('E9')).toBe('E9');
  });
});
