// The per-region charts' data and layout (issue 13): the numbers come from the one row model,
// bars are sorted with unknowns last, markers mean what they say, and bars are proportional.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {areaFlowsFromTuples, type AreaFlow} from '../../src/domain/flows';
import {optionRows} from '../../src/domain/region-rows';
import {
  barLayout,
  CHAR_PX,
  endText,
  fitText,
  labelText,
  NARROW,
} from '../../src/ui/charts/bar-layout';
import type {Bar} from '../../src/ui/charts/chart-types';
import {
  measureForFlows,
  REGION_MEASURES,
  regionChart,
  type RegionMeasureId,
} from '../../src/ui/charts/region-chart-data';
import {option, areas, geography} from './real-data';
import {wordsIn} from '../../src/domain/geography';
import {TOY_A, TOY_C, TOY_AREAS} from './toy-geography';

const measure = (id: RegionMeasureId) => REGION_MEASURES.find((m) => m.id === id)!;
const flows: AreaFlow[] = areaFlowsFromTuples(
  JSON.parse(readFileSync('data/england-2018/flows-stp.json', 'utf8')).flows,
);

describe('optionRows', () => {
  it('gives an equal share over regions with units, and null flows without flow data', () => {
    const rows = optionRows(TOY_A, TOY_AREAS, null);
    expect(rows.england.population).toBe(10500);
    expect(rows.england.equalShare).toBe(5250);
    expect(rows.rows.map((r) => r.ofEqualShare)).toEqual([3000 / 5250, 7500 / 5250]);
    expect(rows.rows.every((r) => r.flows === null)).toBe(true);
    expect(rows.england.containment).toBeNull();
  });

  it('leaves an empty region out of the equal share, with ofEqualShare null', () => {
    const empty = {
      ...TOY_A,
      regions: [...TOY_A.regions, {id: 'none', code: null, name: 'None', colour: '#fff'}],
    };
    const rows = optionRows(empty, TOY_AREAS, null);
    expect(rows.england.equalShare).toBe(5250);
    expect(rows.rows[2]).toMatchObject({areas: 0, population: 0, ofEqualShare: null});
  });

  it('computes containment per region and for England from the flows', () => {
    const toyFlows: AreaFlow[] = [
      {origin: 'E54000901', destination: 'E54000902', volume: 90},
      {origin: 'E54000901', destination: 'E54000903', volume: 10},
      {origin: 'E54000905', destination: 'E54000905', volume: 50},
    ];
    const rows = optionRows(TOY_A, TOY_AREAS, toyFlows);
    expect(rows.rows[0]!.flows).toMatchObject({internal: 90, outbound: 10, containment: 0.9});
    expect(rows.rows[1]!.flows).toMatchObject({inbound: 10, containment: 1});
    expect(rows.england).toMatchObject({crossRegion: 10, containment: 140 / 150});
  });
});

describe('regionChart', () => {
  it('sorts the revised proposal by population, largest first, with the equal share marked', () => {
    const chart = regionChart(
      optionRows(option('revised'), areas, null),
      measure('population'),
      geography,
    );
    const values = chart.bars.map((b) => b.value!);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(chart.bars[0]!.label).toBe('Midlands');
    expect(chart.marker!.value).toBeCloseTo(values.reduce((a, b) => a + b, 0) / 7, 6);
    expect(chart.summary).toMatch(
      /^Largest Midlands \(10,537,679\), 1\.88× the smallest, South West \(5,605,997\)\.$/,
    );
  });

  it('puts unknown containment last as words, never as a zero bar', () => {
    const chart = regionChart(
      optionRows(option('revised'), areas, null),
      measure('containment'),
      geography,
      'loading…',
    );
    expect(chart.bars.every((b) => b.value === null && b.valueText === 'loading…')).toBe(true);
    expect(chart.marker).toBeNull();
    expect(chart.summary).toBe('Flow containment: loading….');
  });

  it('marks England containment and names the lowest region with flows', () => {
    const chart = regionChart(
      optionRows(option('revised'), areas, flows),
      measure('containment'),
      geography,
    );
    const last = chart.bars.at(-1)!;
    expect(last.label).toBe('East of England');
    expect(last.valueText).toBe('91.3%');
    expect(chart.marker!.label).toMatch(/^England \d+\.\d%$/);
    expect(chart.summary).toContain('Lowest East of England (91.3%');
  });

  it('has no marker for residents outside their region (a total, not a share)', () => {
    const chart = regionChart(
      optionRows(option('revised'), areas, flows),
      measure('outside'),
      geography,
    );
    expect(chart.marker).toBeNull();
    expect(chart.bars.reduce((n, b) => n + b.value!, 0)).toBe(
      optionRows(option('revised'), areas, flows).england.crossRegion,
    );
  });

  it('averages STPs over regions that have any (a new empty region does not lower it)', () => {
    const withEmpty = {
      ...TOY_C,
      regions: [...TOY_C.regions, {id: 'none', code: null, name: 'None', colour: '#fff'}],
    };
    const chart = regionChart(optionRows(withEmpty, TOY_AREAS, null), measure('stps'), geography);
    expect(chart.marker!.value).toBeCloseTo(5 / 3);
    expect(chart.summary).toBe('From 0 STPs (None) to 2 (West); 5 in all.');
    expect(
      regionChart(optionRows(TOY_C, TOY_AREAS, null), measure('stps'), geography).summary,
    ).toBe('From 1 STP (North) to 2 (West); 5 in all.');
  });
});

describe('barLayout', () => {
  const bars: Bar[] = [
    {
      key: 'a',
      label: 'North East and Yorkshire',
      value: 8_600_000,
      valueText: '8.6 m',
      fill: {colour: '#000'},
    },
    {
      key: 'b',
      label: 'London',
      value: 4_300_000,
      valueText: '4.3 m',
      fill: {colour: '#000'},
      marks: ['★ Best'],
    },
    {key: 'c', label: 'Unknown', value: null, valueText: 'not known', fill: {colour: '#000'}},
  ];

  it.each([360, 640, 1280])(
    'keeps bars proportional and the longest text inside %i px',
    (width) => {
      const l = barLayout(bars, width, {value: 9_000_000, label: 'Equal share'});
      expect(l.x(8_600_000) / l.x(4_300_000)).toBeCloseTo(2, 9);
      expect(l.x(0)).toBe(0);
      for (const b of bars)
        if (b.value !== null)
          expect(l.plotX + l.x(b.value) + 6 + endText(b).length * CHAR_PX).toBeLessThanOrEqual(
            width,
          );
      expect(l.narrow).toBe(width < NARROW);
    },
  );

  it('scales to the marker when it is beyond every bar', () => {
    const l = barLayout(bars, 800, {value: 17_200_000, label: 'm'});
    expect(l.x(17_200_000)).toBeCloseTo(l.plotWidth, 9);
  });

  it('cuts a long label with an ellipsis', () => {
    expect(fitText('North East and Yorkshire', 10 * CHAR_PX)).toBe('North Eas…');
    expect(fitText('London', 100)).toBe('London');
  });
});

describe('region charts with a user’s flow file or an empty region', () => {
  it('names a loaded file’s unit and file, never PHE', () => {
    const file = {
      kind: 'file' as const,
      measure: 'Admissions',
      unit: 'admissions',
      period: '2019/20',
      source: 'x',
      flows,
      fileName: 'adm.csv',
    };
    const outside = measureForFlows(measure('outside'), file);
    expect(wordsIn(outside.title, geography)).toBe('Admissions to other regions');
    expect(outside.source).toBe('admissions, 2019/20 (your file adm.csv)');
    expect(measureForFlows(measure('containment'), file).source).not.toMatch(/PHE/);
    expect(measureForFlows(measure('population'), file)).toBe(measure('population'));
  });

  it('leaves an empty region out of "smallest" and says it has no STPs', () => {
    const withEmpty = {
      ...TOY_A,
      regions: [...TOY_A.regions, {id: 'none', code: null, name: 'Empty one', colour: '#fff'}],
    };
    const rows = optionRows(withEmpty, TOY_AREAS, []);
    expect(regionChart(rows, measure('population'), geography).summary).toBe(
      'Largest East (7,500), 2.50× the smallest, West (3,000).',
    );
    expect(
      regionChart(rows, measure('containment'), geography).bars.find((b) => b.key === 'none')!
        .valueText,
    ).toBe('no STPs');
  });
});

describe('long words at 360 px (review)', () => {
  const long: Bar[] = [
    {
      key: 'a',
      label: 'Before (five regions)',
      value: 0.916,
      valueText: '91.6%',
      fill: {colour: '#000'},
      marks: ['★ Best', '⚠ Under 95.0%'],
    },
    {
      key: 'b',
      label: 'A region a user named with a very long name indeed, fifty',
      value: 0.5,
      valueText: '50.0%',
      fill: {colour: '#000'},
    },
  ];

  it('puts the marks on the label’s line and keeps every line inside the chart', () => {
    const l = barLayout(long, 360);
    expect(l.narrow).toBe(true);
    expect(endText(long[0]!, true)).toBe('91.6%');
    expect(labelText(long[0]!, l)).toBe('Before (five regions)  ★ Best ⚠ Under 95.0%');
    for (const b of long) {
      expect(labelText(b, l).length * CHAR_PX).toBeLessThanOrEqual(360);
      expect(l.plotX + l.x(b.value!) + 6 + endText(b, true).length * CHAR_PX).toBeLessThanOrEqual(
        360,
      );
    }
    expect(labelText(long[1]!, l).endsWith('…')).toBe(true);
  });

  it('keeps the marks after the value when wide', () => {
    const l = barLayout(long, 900);
    expect(endText(long[0]!, l.narrow)).toBe('91.6% ★ Best ⚠ Under 95.0%');
    expect(labelText(long[0]!, l)).toBe('Before (five regions)');
  });
});

describe("the charts in the option's own words (issue 20)", () => {
  it('say the group noun they are given, e.g. "cluster", wherever the 2018 charts say "region"', () => {
    const rows = optionRows(option('revised'), areas, flows);
    const cluster = {...geography, regionNoun: {one: 'cluster', many: 'clusters'}};
    const charts = REGION_MEASURES.map((m) => regionChart(rows, m, cluster));
    expect(charts.map((c) => c.measure.title)).toEqual([
      'Population by cluster',
      'STPs in each cluster',
      'Flow containment by cluster',
      'Residents attributed to a trust outside their cluster',
    ]);
    expect(
      charts
        .map((c) => `${c.measure.title} ${c.measure.column} ${c.summary}`)
        .filter((t) => /region/i.test(t)),
    ).toEqual([]);
    // 2018's own words are unchanged.
    expect(regionChart(rows, measure('population'), geography).measure.title).toBe(
      'Population by region',
    );
  });
});
