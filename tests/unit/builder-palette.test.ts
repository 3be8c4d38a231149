import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {
  ciede2000,
  labAsSeen,
  leastDifference,
  parseHex,
  VISIONS,
} from '../../src/domain/builder/colour-vision';
import {
  CLASH_BELOW,
  colourClashes,
  nextRegionColour,
  REGION_PALETTE,
} from '../../src/domain/builder/palette';
import {AREA_ADJACENCY, region, toyOption} from './builder-geo-fixtures';
import {option, options} from './real-data';

describe('the region palette', () => {
  it("is Paul Tol's light scheme, and holds every built-in region colour", () => {
    expect(REGION_PALETTE).toEqual([
      '#77aadd',
      '#99ddff',
      '#44bb99',
      '#bbcc33',
      '#aaaa00',
      '#eedd88',
      '#ee8866',
      '#ffaabb',
      '#dddddd',
    ]);
    for (const o of options)
      for (const r of o.regions) expect(REGION_PALETTE).toContain(r.colour.toLowerCase());
  });

  it('gives a new region the first colour not in use, then the least used', () => {
    expect(nextRegionColour(option('revised'))).toBe('#aaaa00');
    expect(nextRegionColour(option('before'))).toBe('#77aadd');
    const upper = {
      ...option('revised'),
      regions: option('revised').regions.map((r) => ({...r, colour: r.colour.toUpperCase()})),
    };
    expect(nextRegionColour(upper)).toBe('#aaaa00');
    const all = toyOption(
      [...REGION_PALETTE, '#77aadd', '#aaaa00'].map((c, i) => region(`r${i}`, `R${i}`, c)),
      {},
    );
    expect(nextRegionColour(all)).toBe('#99ddff');
  });
});

describe('colour difference', () => {
  // Sharma, Wu & Dalal (2005), test data for CIEDE2000, pairs 1, 7, 13 and 30.
  it.each([
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, 2.49, -0.001], [50, -2.49, 0.0009], 7.1792],
    [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
  ])('CIEDE2000 of %j and %j is %f', (a, b, expected) => {
    expect(ciede2000(a, b)).toBeCloseTo(expected, 4);
    expect(ciede2000(b, a)).toBeCloseTo(expected, 4);
  });

  it('reads white as L* 100 and rejects what is not a colour', () => {
    expect(labAsSeen('#ffffff')[0]).toBeCloseTo(100, 3);
    expect(parseHex('#7ad')).toEqual(parseHex('#77aadd'));
    expect(() => parseHex('blue')).toThrow('“blue” is not a colour in #rrggbb form.');
  });

  it('simulates dichromacy: red and green close for deuteranopes, far for typical vision', () => {
    const typical = ciede2000(labAsSeen('#cc3311'), labAsSeen('#228833'));
    const deutan = ciede2000(
      labAsSeen('#cc3311', 'deuteranopia'),
      labAsSeen('#228833', 'deuteranopia'),
    );
    expect(typical).toBeGreaterThan(3 * deutan);
    expect(leastDifference('#ee8866', '#bbcc33')).toMatchObject({vision: 'deuteranopia'});
  });

  it('is zero for a colour and itself, in every vision, and symmetric', () => {
    const hex = fc
      .integer({min: 0, max: 0xffffff})
      .map((n) => `#${n.toString(16).padStart(6, '0')}`);
    fc.assert(
      fc.property(hex, hex, fc.constantFrom(...VISIONS), (a, b, v) => {
        expect(ciede2000(labAsSeen(a, v), labAsSeen(a, v))).toBe(0);
        expect(ciede2000(labAsSeen(a, v), labAsSeen(b, v))).toBeCloseTo(
          ciede2000(labAsSeen(b, v), labAsSeen(a, v)),
          9,
        );
      }),
      {seed: 20180517, numRuns: 300},
    );
  });
});

describe('colour clashes between touching regions', () => {
  it.each(options.map((o) => [o.id]))(
    'none in %s, whose closest touching pair is still at least 10.2 apart',
    (id) => {
      expect(colourClashes(option(id), AREA_ADJACENCY)).toEqual([]);
    },
  );

  it('the documented closest built-in pair: Midlands #ee8866 against South West #bbcc33', () => {
    const {difference, vision} = leastDifference('#ee8866', '#bbcc33');
    expect(difference).toBeGreaterThan(CLASH_BELOW);
    expect(difference).toBeLessThan(10.3);
    expect(vision).toBe('deuteranopia');
  });

  it('flags two touching regions of one colour, or nearly one, for anyone', () => {
    const revised = option('revised');
    const same = {
      ...revised,
      regions: revised.regions.map((r) => (r.id === 'south-west' ? {...r, colour: '#EE8866'} : r)),
    };
    const clashes = colourClashes(same, AREA_ADJACENCY);
    expect(clashes.map((c) => [c.regions[0].name, c.regions[1].name, c.difference])).toEqual([
      ['Midlands', 'South West', 0],
    ]);
    expect(clashes[0]!.message).toBe(
      'Midlands and South West touch, but their colours are hard to tell apart for anyone. Choose a different colour for one of them.',
    );
    const near = {
      ...revised,
      regions: revised.regions.map((r) => (r.id === 'south-west' ? {...r, colour: '#ee8867'} : r)),
    };
    expect(colourClashes(near, AREA_ADJACENCY)).toHaveLength(1);
  });

  it('names the colour-vision deficiency when only it makes the colours hard to tell apart', () => {
    // Olive next to pear: 9.3 apart for typical vision, 7.9 for deuteranopes (the least).
    const revised = option('revised');
    const olive = {
      ...revised,
      regions: revised.regions.map((r) => (r.id === 'midlands' ? {...r, colour: '#aaaa00'} : r)),
    };
    const clash = colourClashes(olive, AREA_ADJACENCY).find(
      (c) => c.regions[1].id === 'south-west',
    )!;
    expect(clash.vision).toBe('deuteranopia');
    const mint = {
      ...revised,
      regions: revised.regions.map((r) =>
        r.id === 'north-west'
          ? {...r, colour: '#44bb99'}
          : r.id === 'north-east-and-yorkshire'
            ? {...r, colour: '#77aadd'}
            : r,
      ),
    };
    const [c] = colourClashes(mint, AREA_ADJACENCY);
    expect(c!.message).toBe(
      'North West and North East and Yorkshire touch, but their colours are hard to tell apart for people with tritanopia (blue-blind). Choose a different colour for one of them.',
    );
  });

  it('ignores regions that do not touch', () => {
    const revised = option('revised');
    const london = {
      ...revised,
      regions: revised.regions.map((r) => (r.id === 'london' ? {...r, colour: '#bbcc33'} : r)),
    };
    expect(colourClashes(london, AREA_ADJACENCY)).toEqual([]);
  });
});
