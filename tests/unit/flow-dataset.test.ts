import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import {flowsToDraw, measureLabel, type FlowDataset} from '../../src/domain/flow-dataset';
import {describeFlow} from '../../src/domain/flow-text';
import {originTotals, areaFlowsFromTuples} from '../../src/domain/flows';
import {NORTHAMPTONSHIRE, option, areas, geography} from './real-data';

const file = JSON.parse(readFileSync('data/england-2018/flows-stp.json', 'utf8')) as {
  measure: string;
  unit: string;
  period: string;
  source: string;
  flows: [string, string, number][];
};
const builtIn: FlowDataset = {
  kind: 'builtin',
  measure: file.measure,
  unit: file.unit,
  period: file.period,
  source: file.source,
  label: geography.flowMeasure,
  flows: areaFlowsFromTuples(file.flows),
};
const LEICESTER = 'E54000015';
const COVENTRY = 'E54000018';
const defaults = {minVolume: 5000, crossRegionOnly: false, topN: 40, direction: 'both' as const};
const none = {area: null, region: null};

describe('flowsToDraw', () => {
  it('draws the 40 largest cross-STP flows of 5,000 or more by default', () => {
    const drawn = flowsToDraw(builtIn.flows, defaults, option('revised'), none);
    expect(drawn).toHaveLength(40);
    expect(drawn.every((f) => f.origin !== f.destination && f.volume >= 5000)).toBe(true);
  });

  it("focuses on a selected STP's flows in the chosen direction", () => {
    const out = flowsToDraw(builtIn.flows, {...defaults, direction: 'out'}, option('revised'), {
      area: NORTHAMPTONSHIRE,
      region: null,
    });
    expect(out.map((f) => f.destination)).toEqual(expect.arrayContaining([LEICESTER, COVENTRY]));
    expect(out.every((f) => f.origin === NORTHAMPTONSHIRE)).toBe(true);
    const inn = flowsToDraw(builtIn.flows, {...defaults, direction: 'in'}, option('revised'), {
      area: NORTHAMPTONSHIRE,
      region: null,
    });
    // Counted from the file itself, so an empty or wrong list fails (`every` alone holds for none).
    const intoNorthamptonshire = file.flows
      .filter(
        ([origin, destination, volume]) =>
          destination === NORTHAMPTONSHIRE && origin !== NORTHAMPTONSHIRE && volume >= 5000,
      )
      .map(([origin]) => origin);
    expect(intoNorthamptonshire.length).toBeGreaterThan(0);
    expect(inn.map((f) => f.origin).sort()).toEqual(intoNorthamptonshire.slice().sort());
    expect(inn.every((f) => f.destination === NORTHAMPTONSHIRE)).toBe(true);
  });

  it('focuses on every STP of a selected region, and "cross-region only" follows the option', () => {
    const q = {...defaults, crossRegionOnly: true, minVolume: 0, topN: 500};
    const initial = flowsToDraw(builtIn.flows, q, option('initial'), {
      area: null,
      region: 'midlands',
    });
    const revised = flowsToDraw(builtIn.flows, q, option('revised'), {
      area: null,
      region: 'midlands',
    });
    const key = `${NORTHAMPTONSHIRE}>${LEICESTER}`;
    expect(initial.map((f) => `${f.origin}>${f.destination}`)).toContain(key);
    expect(revised.map((f) => `${f.origin}>${f.destination}`)).not.toContain(key);
  });
});

describe('describeFlow', () => {
  it('says origin, destination, volume with unit, share of the origin, the crossing and the measure', () => {
    const flow = builtIn.flows.find(
      (f) => f.origin === NORTHAMPTONSHIRE && f.destination === LEICESTER,
    )!;
    const names = new Map(areas.map((s) => [s.code, s.name]));
    const words = describeFlow(
      flow,
      builtIn,
      option('initial'),
      (c) => names.get(c)!,
      originTotals(builtIn.flows).get(NORTHAMPTONSHIRE),
    );
    expect(words).toEqual({
      title: 'Northamptonshire → Leicester, Leicestershire and Rutland',
      lines: [
        '22,598 people',
        '3.2% of everything from Northamptonshire',
        'Crosses from Central and East of England to Midlands (Initial proposal)',
        'Residents attributed to hospital trusts (PHE catchment populations, 2018)',
      ],
    });
  });

  it("names a loaded file's measure by its own unit and period", () => {
    expect(
      measureLabel({
        ...builtIn,
        kind: 'file',
        unit: 'admissions',
        period: '2018/19',
        fileName: 'a.csv',
      }),
    ).toBe('admissions, 2018/19 (your file a.csv)');
  });
});
