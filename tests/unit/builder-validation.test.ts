import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {balanceOf, EQUAL_SHARE_BOUNDS} from '../../src/domain/builder/balance';
import {regionPieces} from '../../src/domain/builder/contiguity';
import {moveUnit} from '../../src/domain/builder/units';
import {balanceInWords, checkOption as checkWith} from '../../src/domain/builder/validation';
import {
  CORNWALL,
  ISLAND_ADJACENCY,
  ISLAND_UNITS,
  NEY,
  AREA_ADJACENCY,
  randomGridOption,
  region,
  toyOption,
} from './builder-geo-fixtures';
import {option, options, areas} from './real-data';

/** The 2018 geography's words for its areas, as the app passes them from the manifest. */
const STP_WORDS = {one: 'STP', many: 'STPs'};
const checkOption = (
  ...[o, units, adjacency, noun = STP_WORDS, parts]: Parameters<typeof checkWith>
) => checkWith(o, units, adjacency, noun, parts);

const kinds = (o: Parameters<typeof checkOption>[0], units = areas, adjacency = AREA_ADJACENCY) =>
  checkOption(o, units, adjacency).problems.map((p) => p.kind);

describe('the built-in options', () => {
  it.each(options.map((o) => [o.id]))('%s has no problems and no notes', (id) => {
    const check = checkOption(option(id), areas, AREA_ADJACENCY);
    expect(check.problems).toEqual([]);
    expect(check.notes).toEqual([]);
  });

  // The figures quoted where EQUAL_SHARE_BOUNDS is defined (src/domain/builder/balance.ts).
  it.each([
    ['before', 'South West', 0.501, 'Midlands and East of England', 1.521, 3.04],
    ['initial', 'South West', 0.701, 'Midlands', 1.226, 1.75],
    ['revised', 'South West', 0.701, 'Midlands', 1.318, 1.88],
  ])(
    '%s: smallest %s at %f of an equal share, largest %s at %f, ratio %f',
    (id, small, smallShare, large, largeShare, ratio) => {
      const b = balanceOf(option(id), areas);
      expect(b.smallest!.region.name).toBe(small);
      expect(b.smallest!.ofEqualShare).toBeCloseTo(smallShare, 3);
      expect(b.largest!.region.name).toBe(large);
      expect(b.largest!.ofEqualShare).toBeCloseTo(largeShare, 3);
      expect(b.largestOverSmallest!).toBeCloseTo(ratio, 2);
      expect(b.equalShare).toBeCloseTo(55_977_178 / option(id).regions.length);
      expect(b.smallest!.ofEqualShare).toBeGreaterThanOrEqual(EQUAL_SHARE_BOUNDS.under);
      expect(b.largest!.ofEqualShare).toBeLessThanOrEqual(EQUAL_SHARE_BOUNDS.over);
    },
  );

  it('says the balance in words', () => {
    expect(balanceInWords(balanceOf(option('revised'), areas))).toBe(
      'The largest region, Midlands (10,537,679 people), is 1.88 times the smallest, South West (5,605,997).',
    );
  });
});

describe('problems a user can make', () => {
  it('moving Cornwall and the Isles of Scilly to North East and Yorkshire splits that region, in words', () => {
    const check = checkOption(moveUnit(option('revised'), CORNWALL, NEY), areas, AREA_ADJACENCY);
    expect(check.problems).toEqual([
      {
        kind: 'split-region',
        regionId: NEY,
        units: [CORNWALL],
        message:
          'North East and Yorkshire is in two pieces: Cornwall and Isles of Scilly does not touch the rest of North East and Yorkshire. A region should be one piece of land.',
      },
    ]);
  });

  it('names units in no region, or in a region the option does not have', () => {
    const o = option('revised');
    const rest = Object.fromEntries(
      Object.entries(o.assignments).filter(([code]) => code !== CORNWALL),
    );
    const check = checkOption(
      {...o, assignments: {...rest, E54000037: 'wessex', E54000038: 'wessex'}},
      areas,
      AREA_ADJACENCY,
    );
    expect(check.problems.slice(0, 2)).toEqual([
      {
        kind: 'unassigned',
        units: [CORNWALL],
        message: 'Cornwall and Isles of Scilly is not in any region yet. Put it in a region.',
      },
      {
        kind: 'unknown-region',
        units: ['E54000037', 'E54000038'],
        message:
          'Devon and Somerset are in a region called “wessex” that this option does not have. Move them to one of its regions.',
      },
    ]);
  });

  it('reports a region with nothing in it', () => {
    const o = option('revised');
    const check = checkOption(
      {...o, regions: [...o.regions, region('wessex', 'Wessex')]},
      areas,
      AREA_ADJACENCY,
    );
    expect(check.problems).toEqual([
      {
        kind: 'empty-region',
        regionId: 'wessex',
        units: [],
        message: 'Wessex has no STPs. Move at least one STP into it, or remove it.',
      },
    ]);
  });

  it('flags a region under half an equal share, naming it and its figures', () => {
    // Two regions of 300 + 200 + 2 and 100 people: an equal share is 301; Eastland has 0.33 of it.
    const o = toyOption([region('w', 'West'), region('e', 'East')], {
      A: 'w',
      B: 'w',
      S: 'w',
      C: 'e',
    });
    const check = checkOption(o, ISLAND_UNITS, ISLAND_ADJACENCY);
    expect(check.problems).toEqual([
      {
        kind: 'imbalance',
        regionId: 'e',
        units: ['C'],
        message:
          'East has under half an equal share of the people: 100 against an equal share of 301 (0.33 times).',
      },
    ]);
    expect(check.notes).toEqual([
      {
        kind: 'no-land-border',
        units: ['S', 'A'],
        message:
          'Isles of Scilly has no land border with another STP; it is counted as touching Westland, the nearest.',
      },
    ]);
  });

  it('flags a region over twice an equal share', () => {
    // 1,000 + 100 + 100 + 100 people in four regions: an equal share is 325; Big has 3.08 of it.
    const units = ISLAND_UNITS.map((u, i) => ({...u, population: i === 0 ? 1000 : 100}));
    const many = toyOption([region('a', 'Big'), region('b', 'Small'), region('c'), region('d')], {
      A: 'a',
      B: 'b',
      C: 'c',
      S: 'd',
    });
    const problems = checkOption(many, units, ISLAND_ADJACENCY).problems;
    expect(problems.map((p) => [p.kind, p.regionId])).toEqual([
      ['imbalance', 'a'],
      ['imbalance', 'b'],
      ['imbalance', 'c'],
      ['imbalance', 'd'],
    ]);
    expect(problems[0]!.message).toBe(
      'Big has over twice an equal share of the people: 1,000 against an equal share of 325 (3.08 times).',
    );
    expect(problems[0]!.units).toEqual(['A']);
  });

  it('lists at most five names, then how many more', () => {
    const o = option('revised');
    const problems = checkOption({...o, assignments: {}}, areas, AREA_ADJACENCY).problems;
    expect(problems[0]!.message).toBe(
      'West Yorkshire and Harrogate, Humber, Coast and Vale, Greater Manchester, Cheshire and Merseyside, South Yorkshire and Bassetlaw and 37 more are not in any region yet. Put each in a region.',
    );
    expect(problems[0]!.units).toHaveLength(42);
    expect(kinds({...o, assignments: {}})).toEqual([
      'unassigned',
      ...o.regions.map(() => 'empty-region'),
    ]);
  });
});

describe('checks, properties over random options on grids', () => {
  it('report exactly the regions in more than one piece, with every unit outside the main piece', () => {
    fc.assert(
      fc.property(randomGridOption, ({units, adjacency, option: o}) => {
        const check = checkOption(o, units, adjacency);
        const pieces = regionPieces(o, adjacency, units);
        const split = check.problems.filter((p) => p.kind === 'split-region');
        expect(split.map((p) => p.regionId)).toEqual(
          pieces.filter((r) => r.pieces.length > 1).map((r) => r.regionId),
        );
        for (const p of split) {
          const r = pieces.find((x) => x.regionId === p.regionId)!;
          expect(new Set([...r.pieces[0]!, ...p.units])).toEqual(
            new Set(units.filter((u) => o.assignments[u.code] === p.regionId).map((u) => u.code)),
          );
        }
        expect(check.balance.regions.reduce((n, r) => n + r.population, 0)).toBe(
          units.reduce((n, u) => n + u.population, 0),
        );
        for (const p of check.problems) expect(p.message).toMatch(/^[A-Z].*\.$/);
        expect(
          check.problems.some((p) => p.kind === 'unassigned' || p.kind === 'unknown-region'),
        ).toBe(false);
      }),
      {seed: 20180517, numRuns: 150},
    );
  });
});
