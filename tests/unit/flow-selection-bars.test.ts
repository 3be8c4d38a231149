// The data of a selection's flow chart (src/ui/charts/flow-selection-bars.ts): labels, value
// text, region colours and the key, and bars proportional to the numbers at 360 and 1280 px.
import {describe, expect, it} from 'vitest';
import {areaDestinations, areaOrigins, regionDestinations} from '../../src/domain/flow-selection';
import {areaFlowsFromTuples} from '../../src/domain/flows';
import type {BoundaryOption} from '../../src/domain/types';
import {barLayout, fitText, SWATCH_ROOM} from '../../src/ui/charts/bar-layout';
import {
  flowSelectionChartData,
  MIXED_GREY,
  withDistinctPatterns,
  type FlowSelectionNames,
} from '../../src/ui/charts/flow-selection-bars';
import {geography} from './real-data';

const AREA = geography.areas.noun;

const [A, B, C, D, E, X] = [
  'E54000901',
  'E54000902',
  'E54000903',
  'E54000904',
  'E54000905',
  'E54000999',
];
const WEST = '#77aadd';
const EAST = '#44bb99';
const TOY: BoundaryOption = {
  id: 'toy',
  title: 'Toy',
  date: '2018-05',
  description: 'toy',
  source: {document: 'toy', paragraphs: '1'},
  regions: [
    {id: 'west', code: null, name: 'West', colour: WEST},
    {id: 'east', code: null, name: 'East', colour: EAST},
  ],
  assignments: {[A]: 'west', [B]: 'west', [C]: 'east', [D]: 'east', [E]: 'east'},
};
const SHORT: Record<string, string> = {
  [A]: 'Westsh.',
  [B]: 'Midsh.',
  [C]: 'Eastsh.',
  [D]: 'Northsh.',
  [E]: 'Southsh.',
};
const FULL: Record<string, string> = {
  [A]: 'Westshire',
  [B]: 'Midshire',
  [C]: 'Eastshire',
  [D]: 'Northshire',
  [E]: 'Southshire',
};
const names = (ownLabel: string): FlowSelectionNames => ({
  option: TOY,
  shortName: (c) => SHORT[c] ?? c,
  fullName: (c) => FULL[c] ?? c,
  ownLabel,
});

// Westshire's residents: 600,000 at home, 200,000 in Midshire (west), 120,000 in Eastshire
// (east), 50,000 in Northshire (east), 30,000 in Southshire (east): 1,000,000.
const FLOWS = areaFlowsFromTuples([
  [A, A, 600_000],
  [A, B, 200_000],
  [A, C, 120_000],
  [A, D, 50_000],
  [A, E, 30_000],
  [C, A, 7_000],
  [X, A, 3_000],
]);

describe('flowSelectionChartData', () => {
  it('labels the own bar first, then short names, then the rest; value text is number and share', () => {
    const data = flowSelectionChartData(
      areaDestinations(FLOWS, A, 2),
      names('Westsh. (its own)'),
      AREA,
    );
    expect(data.bars.map((b) => [b.key, b.label, b.value, b.valueText])).toEqual([
      ['own', 'Westsh. (its own)', 600_000, '600,000 (60.0%)'],
      [B, 'Midsh.', 200_000, '200,000 (20.0%)'],
      [C, 'Eastsh.', 120_000, '120,000 (12.0%)'],
      ['rest', '2 other STPs', 80_000, '80,000 (8.0%)'],
    ]);
    expect(data.rows.map((r) => [r.label, r.region, r.volume, r.share])).toEqual([
      ['Westsh. (its own)', 'West', 600_000, 0.6],
      ['Midshire', 'West', 200_000, 0.2],
      ['Eastshire', 'East', 120_000, 0.12],
      ['2 other STPs', 'East', 80_000, 0.08],
    ]);
  });

  it('colours each bar by its STPs’ region under the option, and keys the colours in bar order', () => {
    const data = flowSelectionChartData(areaDestinations(FLOWS, A, 2), names('own'), AREA);
    expect(data.bars.map((b) => b.fill.colour)).toEqual([WEST, WEST, EAST, EAST]);
    expect(data.legend).toEqual([
      {name: 'West', colour: WEST},
      {name: 'East', colour: EAST},
    ]);
  });

  it('greys a bar of STPs in several regions, or in none of the option’s, and says which', () => {
    const rest = flowSelectionChartData(areaDestinations(FLOWS, A, 0), names('own'), AREA);
    expect(rest.bars[1]!.fill.colour).toBe(MIXED_GREY);
    expect(rest.rows[1]!.region).toBe('2 regions');
    expect(rest.legend.at(-1)).toEqual({name: 'More than one region', colour: MIXED_GREY});

    const origins = flowSelectionChartData(areaOrigins(FLOWS, A), names('own'), AREA);
    const unknown = origins.rows.find((r) => r.key === X)!;
    expect(unknown.region).toBe('Not in a region of this option');
    expect(origins.bars.find((b) => b.key === X)!.fill.colour).toBe(MIXED_GREY);
    const mixed = flowSelectionChartData(areaOrigins(FLOWS, A, 0), names('own'), AREA);
    expect(mixed.rows[1]!.region).toBe('1 region (some STPs in none)');
  });

  it('gives a region its own colour for "within the region"', () => {
    const data = flowSelectionChartData(
      regionDestinations(FLOWS, TOY, 'west'),
      names('Within West'),
      AREA,
    );
    expect(data.bars[0]).toMatchObject({
      key: 'own',
      label: 'Within West',
      fill: {colour: WEST},
      value: 800_000,
    });
  });

  it('draws nothing for an empty selection', () => {
    expect(flowSelectionChartData(areaDestinations(null, A), names('own'), AREA)).toEqual({
      bars: [],
      rows: [],
      legend: [],
    });
  });

  it.each([360, 1280])(
    'makes bar lengths proportional to the numbers at %i px, inside the chart',
    (width) => {
      const {bars} = flowSelectionChartData(
        areaDestinations(FLOWS, A),
        names('Westsh. (its own)'),
        AREA,
      );
      const layout = barLayout(bars, width);
      const lengths = bars.map((b) => layout.x(b.value!) - layout.x(0));
      const perUnit = lengths[0]! / bars[0]!.value!;
      bars.forEach((b, i) => expect(Math.abs(lengths[i]! - b.value! * perUnit)).toBeLessThan(1e-9));
      expect(layout.plotX + lengths[0]!).toBeLessThanOrEqual(width);
    },
  );

  it('makes room for the swatches, so a wide chart cuts no label it would not cut without them', () => {
    const {bars} = flowSelectionChartData(
      areaDestinations(FLOWS, A),
      names('Northamptonshire (its own)'),
      AREA,
    );
    const plain = barLayout(bars, 960);
    const keyed = barLayout(bars, 960, null, 'normal', true);
    expect(keyed.labelWidth - plain.labelWidth).toBe(SWATCH_ROOM);
    for (const b of bars)
      expect(fitText(b.label, keyed.labelWidth - 10 - keyed.swatchRoom)).toBe(b.label);
    expect(barLayout(bars, 360, null, 'normal', true).swatchRoom).toBe(SWATCH_ROOM);
  });
});

describe('regions sharing a colour (review)', () => {
  it('patterns the second region of a colour, on its bars and in the key, and names the pattern', () => {
    const same: BoundaryOption = {...TOY, regions: TOY.regions.map((r) => ({...r, colour: WEST}))};
    const data = flowSelectionChartData(
      areaDestinations(FLOWS, A),
      {...names('Westsh. (its own)'), option: same},
      AREA,
    );
    expect(data.legend.map((e) => [e.name, e.pattern ?? null])).toEqual([
      ['West', null],
      ['East', 'hatch'],
    ]);
    const patterned = data.bars.filter((b) => b.fill.pattern === 'hatch').map((b) => b.key);
    expect(patterned).toEqual([C, D, E]);
    expect(data.bars.filter((b) => !b.fill.pattern).map((b) => b.key)).toEqual(['own', B]);
  });

  it('leaves distinct colours plain', () => {
    expect(
      withDistinctPatterns([
        {name: 'a', colour: '#111111'},
        {name: 'b', colour: '#222222'},
      ]).every((e) => !e.pattern),
    ).toBe(true);
    expect(
      withDistinctPatterns([
        {name: 'a', colour: '#AABBCC'},
        {name: 'b', colour: '#aabbcc'},
        {name: 'c', colour: '#aabbcc'},
      ]).map((e) => e.pattern),
    ).toEqual([undefined, 'hatch', 'dots']);
  });
});
