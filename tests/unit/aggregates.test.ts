import {describe, expect, it} from 'vitest';
import {regionAggregates, totalsOf} from '../../src/domain/aggregates';
import {TOY_A, TOY_AREAS} from './toy-geography';
import {options, areas, option} from './real-data';

describe('region aggregates on a toy geography', () => {
  it('sums STPs, CCGs, population and area per region, in the option order', () => {
    const rows = regionAggregates(TOY_A, TOY_AREAS);
    expect(rows.map((r) => [r.region.id, r.areas, r.parts, r.population, r.areaKm2])).toEqual([
      ['west', 2, 5, 3000, 300],
      ['east', 3, 6, 7500, 750],
    ]);
    expect(rows[0]!.populationShare).toBeCloseTo(3000 / 10500);
    expect(rows[1]!.areaCodes).toEqual(['E54000903', 'E54000904', 'E54000905']);
  });
});

describe('region aggregates on the real data', () => {
  const england = totalsOf(areas);

  it('England is 42 STPs, 195 CCGs and 55,977,178 people (ONS mid-2018)', () => {
    expect(england.areas).toBe(42);
    expect(england.parts).toBe(195);
    expect(england.population).toBe(55_977_178);
  });

  it.each(options.map((o) => [o.id]))(
    "England's totals equal the sum of the regions under %s",
    (id) => {
      const rows = regionAggregates(option(id), areas);
      expect(rows.reduce((n, r) => n + r.areas, 0)).toBe(england.areas);
      expect(rows.reduce((n, r) => n + r.parts, 0)).toBe(england.parts);
      expect(rows.reduce((n, r) => n + r.population, 0)).toBe(england.population);
      expect(rows.reduce((n, r) => n + r.areaKm2, 0)).toBeCloseTo(england.areaKm2, 6);
      expect(rows.reduce((n, r) => n + r.populationShare, 0)).toBeCloseTo(1, 10);
      expect(rows.every((r) => r.areas > 0)).toBe(true);
    },
  );

  it('has 5 regions before and 7 under each proposal', () => {
    expect(regionAggregates(option('before'), areas)).toHaveLength(5);
    expect(regionAggregates(option('initial'), areas)).toHaveLength(7);
    expect(regionAggregates(option('revised'), areas)).toHaveLength(7);
  });
});
