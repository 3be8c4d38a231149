// Where a region's name is placed, how a CCG's patients split between trusts, and the words for
// one flow: small hand-made cases whose right answers can be worked out on paper.
import {describe, expect, it} from 'vitest';
import {regionLabelPoints} from '../../src/domain/region-shapes';
import {partTrustBreakdown, type Trust} from '../../src/domain/trust-flows';
import {describeFlow} from '../../src/domain/flow-text';
import {flowsToDraw, measureLabel, type FlowDataset} from '../../src/domain/flow-dataset';
import type {BoundaryOption, Area} from '../../src/domain/types';
import {TOY_A} from './toy-geography';

const area = (code: string, anchor: [number, number], areaKm2: number): Area => ({
  code,
  onsName: code,
  name: code,
  shortName: code,
  population: 1,
  partCount: 1,
  areaKm2,
  anchor,
});
const oneRegion = (codes: string[]): BoundaryOption => ({
  ...TOY_A,
  regions: [
    {id: 'r', code: null, name: 'R', colour: '#000000'},
    {id: 'empty', code: null, name: 'Empty', colour: '#000000'},
  ],
  assignments: Object.fromEntries(codes.map((c) => [c, 'r'])),
});

describe('a region label point', () => {
  it('is the anchor of the STP nearest the middle, whichever order the STPs come in', () => {
    const areas = [area('P', [0, 0], 1), area('Q', [5, 5], 1), area('R', [10, 10], 1)];
    expect(regionLabelPoints(areas, oneRegion(['P', 'Q', 'R'])).get('r')).toEqual([5, 5]);
  });

  it('weights the middle by area and favours a large STP over a small one a little nearer', () => {
    // Middle x = (0·1 + 4·9 + 3·1) / 11 ≈ 3.55: R (area 1) is 0.55 away, Q (area 9) 0.45 away;
    // distance² ÷ area gives Q 0.023 and R 0.30, so Q carries the label.
    const across = [area('P', [0, 0], 1), area('Q', [4, 0], 9), area('R', [3, 0], 1)];
    expect(regionLabelPoints(across, oneRegion(['P', 'Q', 'R'])).get('r')).toEqual([4, 0]);
    const upwards = [area('P', [0, 0], 1), area('Q', [0, 4], 9), area('R', [0, 3], 1)];
    expect(regionLabelPoints(upwards, oneRegion(['P', 'Q', 'R'])).get('r')).toEqual([0, 4]);
    // A small STP right at the middle still wins against a large one far from it.
    const near = [area('BIG', [10, 0], 2), area('SMALL', [5.2, 0], 1), area('FAR', [0, 0], 2)];
    expect(regionLabelPoints(near, oneRegion(['BIG', 'SMALL', 'FAR'])).get('r')).toEqual([5.2, 0]);
  });

  it('is left out for a region with no STPs', () => {
    const points = regionLabelPoints([area('P', [1, 2], 1)], oneRegion(['P']));
    expect([...points]).toEqual([['r', [1, 2]]]);
  });
});

describe("a CCG's trusts", () => {
  const trusts: Trust[] = ['RAA', 'RMM', 'RZZ'].map((code) => ({
    code,
    name: code,
    areaCode: 'E54000020',
    partCode: 'E38000001',
    lon: 0,
    lat: 52,
  }));
  const flow = (trust: string, volume: number) => ({part: 'E38000001', trust, volume});

  it('are ordered by volume, then by trust code whatever order the flows come in', () => {
    const rows = partTrustBreakdown(
      'E38000001',
      [flow('RZZ', 10), flow('RMM', 10), flow('RAA', 10), flow('RMM', 5)],
      trusts,
    );
    expect(rows.trusts.map((r) => [r.trustCode, r.volume])).toEqual([
      ['RMM', 15],
      ['RAA', 10],
      ['RZZ', 10],
    ]);
    const ties = partTrustBreakdown(
      'E38000001',
      [flow('RZZ', 1), flow('RAA', 1), flow('RMM', 1)],
      trusts,
    );
    expect(ties.trusts.map((r) => r.trustCode)).toEqual(['RAA', 'RMM', 'RZZ']);
  });

  it('are shares of what is attributed when the resident count is 0 or unknown, with no unattributed share', () => {
    for (const residents of [0, undefined]) {
      const b = partTrustBreakdown(
        'E38000001',
        [flow('RAA', 30), flow('RMM', 10)],
        trusts,
        residents,
      );
      expect(b.trusts.map((r) => r.share)).toEqual([0.75, 0.25]);
      expect(b.unattributedShare).toBeNull();
    }
  });

  it('give a share of 0, not NaN, when nothing is attributed', () => {
    const b = partTrustBreakdown('E38000001', [flow('RAA', 0)], trusts);
    expect(b.trusts.map((r) => [r.trustCode, r.share])).toEqual([['RAA', 0]]);
  });
});

describe('the words for one flow', () => {
  const dataset: FlowDataset = {
    kind: 'file',
    measure: 'Admissions',
    unit: 'admissions',
    period: '2019/20',
    source: 'a file',
    flows: [],
    fileName: 'mine.csv',
  };
  const nameOf = (code: string) =>
    ({E54000901: 'Westshire', E54000903: 'Eastshire', E54000999: 'Nowhere'})[code] ?? code;

  it('name a loaded file, its unit and period', () => {
    expect(measureLabel(dataset)).toBe('admissions, 2019/20 (your file mine.csv)');
    expect(measureLabel({...dataset, period: '', fileName: undefined})).toBe(
      'admissions (your file)',
    );
  });

  it('say which regions the flow crosses, and its share of the origin only when that is known', () => {
    expect(
      describeFlow(
        {origin: 'E54000901', destination: 'E54000903', volume: 1500},
        dataset,
        TOY_A,
        nameOf,
        6000,
      ),
    ).toEqual({
      title: 'Westshire → Eastshire',
      lines: [
        '1,500 admissions',
        '25.0% of everything from Westshire',
        'Crosses from West to East (Alpha option)',
        'Admissions, 2019/20 (your file mine.csv)',
      ],
    });
    expect(
      describeFlow(
        {origin: 'E54000901', destination: 'E54000903', volume: 1500},
        dataset,
        TOY_A,
        nameOf,
        0,
      ).lines,
    ).toEqual([
      '1,500 admissions',
      'Crosses from West to East (Alpha option)',
      'Admissions, 2019/20 (your file mine.csv)',
    ]);
  });

  it('leave out the region line when one end is not in the option', () => {
    for (const [origin, destination] of [
      ['E54000901', 'E54000999'],
      ['E54000999', 'E54000901'],
    ] as const) {
      expect(
        describeFlow({origin, destination, volume: 7}, dataset, TOY_A, nameOf, undefined).lines,
      ).toEqual(['7 admissions', 'Admissions, 2019/20 (your file mine.csv)']);
    }
  });
});

describe('the flows drawn for a selected region', () => {
  it('are those of every STP in that region, and only those', () => {
    const flows = [
      {origin: 'E54000901', destination: 'E54000903', volume: 50},
      {origin: 'E54000903', destination: 'E54000904', volume: 40},
      {origin: 'E54000904', destination: 'E54000902', volume: 30},
    ];
    const filter = {minVolume: 0, crossRegionOnly: false, topN: 10, direction: 'out' as const};
    expect(flowsToDraw(flows, filter, TOY_A, {area: null, region: 'west'})).toEqual([flows[0]]);
    expect(flowsToDraw(flows, filter, TOY_A, {area: null, region: 'east'})).toEqual([
      flows[1],
      flows[2],
    ]);
  });
});
