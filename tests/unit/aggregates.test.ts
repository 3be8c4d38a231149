import {describe, expect, it} from 'vitest';
import {regionAggregates, totalsOf} from '../../src/domain/aggregates';
import {TOY_A, TOY_STPS} from './toy-geography';
import {options, stps, option} from './real-data';

describe('region aggregates on a toy geography', () => {
  it('sums STPs, CCGs, population and area per region, in the option order', () => {
    const rows = regionAggregates(TOY_A, TOY_STPS);
    expect(rows.map((r) => [r.region.id, r.stps, r.ccgs, r.population, r.areaKm2])).toEqual([
      ['west', 2, 5, 3000, 300],
      ['east', 3, 6, 7500, 750],
    ]);
    expect(rows[0]!.populationShare).toBeCloseTo(3000 / 10500);
    expect(rows[1]!.stpCodes).toEqual(['E54000903', 'E54000904', 'E54000905']);
  });
});

describe('region aggregates on the real data', () => {
  const england = totalsOf(stps);

  it("England is 42 STPs, 195 CCGs and 55,977,178 people (ONS mid-2018)", () => {
    expect(england.stps).toBe(42);
    expect(england.ccgs).toBe(195);
    expect(england.population).toBe(55_977_178);
  });

  it.each(options.map((o) => [o.id]))("England's totals equal the sum of the regions under %s", (id) => {
    const rows = regionAggregates(option(id), stps);
    expect(rows.reduce((n, r) => n + r.stps, 0)).toBe(england.stps);
    expect(rows.reduce((n, r) => n + r.ccgs, 0)).toBe(england.ccgs);
    expect(rows.reduce((n, r) => n + r.population, 0)).toBe(england.population);
    expect(rows.reduce((n, r) => n + r.areaKm2, 0)).toBeCloseTo(england.areaKm2, 6);
    expect(rows.reduce((n, r) => n + r.populationShare, 0)).toBeCloseTo(1, 10);
    expect(rows.every((r) => r.stps > 0)).toBe(true);
  });

  it('has 5 regions before and 7 under each proposal', () => {
    expect(regionAggregates(option('before'), stps)).toHaveLength(5);
    expect(regionAggregates(option('initial'), stps)).toHaveLength(7);
    expect(regionAggregates(option('revised'), stps)).toHaveLength(7);
  });
});
