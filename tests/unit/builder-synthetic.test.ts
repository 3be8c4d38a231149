import {listed} from '../../src/domain/builder/link-text';
import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {regionAggregates, totalsOf} from '../../src/domain/aggregates';
import {syntheticGeography} from '../../src/domain/builder/synthetic';
import {listNames, moveUnit} from '../../src/domain/builder/units';
import {builderBenchTable, BUILDER_GRIDS} from '../../scripts/lib/bench-builder';
import {randomGridOption} from './builder-geo-fixtures';
import {option, areas} from './real-data';

describe('synthetic geography', () => {
  it('builds the four bench sizes: 42, 195, 1,000 and 6,800 units', () => {
    expect(BUILDER_GRIDS.map(([w, h]) => w * h)).toEqual([42, 195, 1000, 6800]);
  });

  it('is a grid with 4-neighbour adjacency, seven bands and about five flows per unit', () => {
    const g = syntheticGeography({width: 6, height: 7});
    expect(g.units).toHaveLength(42);
    expect(g.adjacency.get('U000000')).toEqual(['U000001', 'U000006']);
    expect(g.adjacency.get('U000007')).toEqual(['U000001', 'U000006', 'U000008', 'U000013']);
    for (const [a, others] of g.adjacency)
      for (const b of others) expect(g.adjacency.get(b)).toContain(a);
    expect(g.option.regions.map((r) => r.id)).toEqual([
      'band-0',
      'band-1',
      'band-2',
      'band-3',
      'band-4',
      'band-5',
      'band-6',
    ]);
    expect(new Set(g.units.slice(0, 6).map((u) => g.option.assignments[u.code]))).toEqual(
      new Set(['band-0']),
    );
    expect(g.flows.length / g.units.length).toBeGreaterThan(4);
    expect(g.flows.length / g.units.length).toBeLessThanOrEqual(5);
    // Every resident goes somewhere: each unit's flows sum to its population, within rounding.
    for (const u of g.units)
      expect(
        Math.abs(
          g.flows.filter((f) => f.origin === u.code).reduce((n, f) => n + f.volume, 0) -
            u.population,
        ),
      ).toBeLessThanOrEqual(2);
  });

  it('is the same for the same seed and different for another', () => {
    expect(syntheticGeography({width: 3, height: 3, regions: 3, seed: 7})).toEqual(
      syntheticGeography({width: 3, height: 3, regions: 3, seed: 7}),
    );
    expect(syntheticGeography({width: 3, height: 3, regions: 3, seed: 7}).units).not.toEqual(
      syntheticGeography({width: 3, height: 3, regions: 3, seed: 8}).units,
    );
  });

  it('says what is wrong with a grid it cannot build', () => {
    expect(() => syntheticGeography({width: 0, height: 3})).toThrow(
      'A grid needs whole, positive sides, not 0 × 3.',
    );
    expect(() => syntheticGeography({width: 3, height: 2})).toThrow(
      'Between 1 and 2 bands, not 7.',
    );
  });
});

describe('one pass region aggregates', () => {
  /** The definition it replaced: each region filters the units. */
  const byFilter = (
    o: Parameters<typeof regionAggregates>[0],
    units: Parameters<typeof regionAggregates>[1],
  ) => {
    const england = totalsOf(units).population;
    return o.regions.map((region) => {
      const members = units.filter((s) => o.assignments[s.code] === region.id);
      const t = totalsOf(members);
      return {
        region,
        ...t,
        populationShare: england > 0 ? t.population / england : 0,
        areaCodes: members.map((s) => s.code),
      };
    });
  };

  it('equals the per-region filter on random options, the real data, and duplicated region ids', () => {
    fc.assert(
      fc.property(randomGridOption, ({units, option: o}) => {
        expect(regionAggregates(o, units)).toEqual(byFilter(o, units));
      }),
      {seed: 20180517, numRuns: 100},
    );
    const revised = option('revised');
    expect(regionAggregates(revised, areas)).toEqual(byFilter(revised, areas));
    const twice = {...revised, regions: [...revised.regions, revised.regions[0]!]};
    expect(regionAggregates(twice, areas)).toEqual(byFilter(twice, areas));
  });
});

describe('helpers', () => {
  it('moves a unit into a new option and leaves the old one alone', () => {
    const revised = option('revised');
    const moved = moveUnit(revised, 'E54000013', 'east');
    expect(moved.assignments.E54000013).toBe('east');
    expect(revised.assignments.E54000013).toBe('midlands');
    expect(moved.regions).toBe(revised.regions);
  });

  it('lists names as people write them', () => {
    expect(listNames([])).toBe('');
    expect(listNames(['Devon'])).toBe('Devon');
    expect(listNames(['Devon', 'Dorset'])).toBe('Devon and Dorset');
    expect(listNames(['Devon', 'Dorset', 'Somerset'])).toBe('Devon, Dorset and Somerset');
    // The last one is named rather than counted: "and 1 more" takes as much room (newcomer trial).
    expect(listNames(['a', 'b', 'c'], 2)).toBe('a, b and c');
    expect(listNames(['a', 'b', 'c', 'd'], 2)).toBe('a, b and 2 more');
    expect(listed(['a', 'b', 'c', 'd'])).toBe('a, b, c, d');
    expect(listed(['a', 'b', 'c', 'd', 'e'])).toBe('a, b, c and 2 more');
  });

  it('prints the bench as a markdown table with a row per size', () => {
    const rows = [42, 6800].map((units) => ({
      units,
      flows: units * 5,
      medianMs: units / 1000,
      minMs: 0,
      maxMs: 1,
      steps: {move: 1, aggregates: 2, containment: 3, check: 4},
    }));
    const lines = builderBenchTable(rows);
    expect(lines).toContain('| 6,800 | 34,000 | 6.80 (0.00–1.00) | 1.00 | yes |');
    expect(lines.at(-2)).toBe('At 6,800 units: within the 16 ms frame (median 6.8 ms).');
    expect(lines.at(-1)).toMatch(
      /^Median by step there: move \(new assignments object\) 1.00, aggregates 2.00, containment 3.00, check 4.00 ms\./,
    );
    expect(builderBenchTable([{...rows[1]!, medianMs: 17}]).at(-2)).toMatch(/OVER the 16 ms frame/);
  });
});
