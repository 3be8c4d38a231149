// The option comparison chart's rows (src/ui/charts/compare-chart-data.ts) and words: statuses
// and numbers from the comparison's row models, missing figures as words (never 0), the change
// text, and patterns for rows that share a colour.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {areaFlowsFileSchema} from '../../src/data/flow-schemas';
import {compareOptions} from '../../src/domain/compare';
import {regionFlowTotals, areaFlowsFromTuples} from '../../src/domain/flows';
import {optionRows} from '../../src/domain/region-rows';
import type {BoundaryOption} from '../../src/domain/types';
import {
  compareChartRows,
  NEW_IN_B,
  NOT_A_REGION,
  ONLY_IN_A,
  type CompareChartRow,
} from '../../src/ui/charts/compare-chart-data';
import {
  compareChartNotes,
  compareChartSummary,
  rowHeading,
} from '../../src/ui/charts/compare-chart-text';
import {measureById, type CompareMeasureId} from '../../src/ui/charts/compare-measures';
import {option, areas, geography} from './real-data';
import {TOY_A, TOY_B, TOY_C, TOY_AREAS} from './toy-geography';

const flows = areaFlowsFromTuples(
  areaFlowsFileSchema(geography).parse(
    JSON.parse(readFileSync('data/england-2018/flows-stp.json', 'utf8')),
  ).flows,
);

function chart(
  a: BoundaryOption,
  b: BoundaryOption,
  measure: CompareMeasureId,
  withFlows = false,
  units = areas,
  missing = 'loading',
) {
  const list = withFlows ? flows : null;
  return compareChartRows(
    compareOptions(a, b, units, {a: optionRows(a, units, list), b: optionRows(b, units, list)}),
    measureById(measure),
    missing,
  );
}
const row = (rows: CompareChartRow[], key: string) => rows.find((r) => r.key === key)!;
const pick = (r: CompareChartRow) => ({status: r.status, a: r.a, b: r.b, endText: r.endText});

describe('compareChartRows on the board paper options', () => {
  it('initial → revised: every region kept, Northamptonshire’s 730,650 people move from East of England to Midlands', () => {
    const rows = chart(option('initial'), option('revised'), 'population');
    expect(rows.map((r) => r.label)).toEqual(option('revised').regions.map((r) => r.name));
    const cmp = compareOptions(option('initial'), option('revised'), areas);
    for (const r of rows) {
      // The same numbers as the comparison computes from the options on its own.
      const c = cmp.regions.find((x) => x.id === r.key)!;
      expect([r.a, r.b]).toEqual([c.a!.population, c.b!.population]);
    }
    const midlands = row(rows, 'midlands');
    const east = row(rows, 'east');
    expect(midlands.b! - midlands.a!).toBe(730_650);
    expect(midlands.endText).toBe('+730,650');
    expect(east.endText).toBe('−730,650');
    expect(row(rows, 'london').endText).toBe('0');
    expect(east.renamedFrom).toBe('Central and East of England');
    expect(east.label).toBe('East of England');
    expect(rows.every((r) => r.status === 'kept' && !r.fill.pattern)).toBe(true);
    expect(east.aText).toBe(east.a!.toLocaleString('en-GB'));
    expect(east.aTitle).toBe(`Initial proposal: ${east.aText}`);
    expect(east.bTitle).toBe(`Revised proposal: ${east.bText}`);
    expect(east.fill.colour).toBe('#44bb99');
  });

  it('STPs: +1 for Midlands, −1 for East of England', () => {
    const rows = chart(option('initial'), option('revised'), 'stps');
    expect(pick(row(rows, 'midlands'))).toMatchObject({endText: '+1'});
    expect(row(rows, 'midlands').b).toBe(row(rows, 'midlands').a! + 1);
    expect(row(rows, 'east').endText).toBe('−1');
  });

  it('before → revised: four regions new in B, two only in A, one point each and words, never a change', () => {
    const rows = chart(option('before'), option('revised'), 'population');
    const status = Object.fromEntries(rows.map((r) => [r.key, r.status]));
    expect(status).toEqual({
      'north-west': 'created',
      'north-east-and-yorkshire': 'created',
      midlands: 'created',
      east: 'created',
      london: 'kept',
      'south-east': 'kept',
      'south-west': 'kept',
      'north-of-england': 'removed',
      'midlands-and-east': 'removed',
    });
    const created = row(rows, 'midlands');
    expect(created.a).toBeNull();
    expect(created.b).toBeGreaterThan(0);
    expect(created.endText).toBe(NEW_IN_B);
    expect(created.aText).toBe(NOT_A_REGION);
    expect(created.aTitle).toBeUndefined();
    const removed = row(rows, 'north-of-england');
    expect(removed.b).toBeNull();
    expect(removed.a).toBeGreaterThan(0);
    expect(removed.endText).toBe(ONLY_IN_A);
    expect(removed.bText).toBe(NOT_A_REGION);
    // A removed region is coloured as A drew it.
    expect(removed.fill.colour).toBe('#eedd88');
  });

  it('before → revised: each successor and predecessor sharing a colour is told apart by a pattern and named', () => {
    const rows = chart(option('before'), option('revised'), 'population');
    const fills = Object.fromEntries(rows.map((r) => [r.key, r.fill.pattern ?? 'plain']));
    expect(fills).toMatchObject({
      midlands: 'plain',
      'midlands-and-east': 'hatch',
      'north-east-and-yorkshire': 'plain',
      'north-of-england': 'hatch',
      east: 'plain',
    });
    expect(row(rows, 'midlands-and-east').sharesColourWith).toEqual(['Midlands']);
    expect(row(rows, 'midlands').sharesColourWith).toEqual(['Midlands and East of England']);
    expect(row(rows, 'london').sharesColourWith).toEqual([]);
    expect(compareChartNotes(rows)).toEqual([
      'North of England (hatched) has the same colour as North East and Yorkshire.',
      'Midlands and East of England (hatched) has the same colour as Midlands.',
    ]);
    expect(rowHeading(row(rows, 'midlands-and-east'))).toBe(
      'Midlands and East of England (only in A; hatched)',
    );
    expect(rowHeading(row(rows, 'east'))).toBe('East of England (new in B)');
  });
});

describe('compareChartRows: flow measures', () => {
  it('without flow data every flow figure is the missing word, never 0, and no change is made up', () => {
    for (const measure of ['containment', 'outbound'] as const) {
      const rows = chart(option('initial'), option('revised'), measure, false, areas, 'loading');
      expect(rows.every((r) => r.a === null && r.b === null)).toBe(true);
      expect(rows.map((r) => r.endText)).toEqual(rows.map(() => 'loading'));
      expect(rows.map((r) => r.aText)).toEqual(rows.map(() => 'loading'));
      expect(compareChartSummary(rows, 'loading')).toBe('The figures are loading.');
    }
    const oneSided = chart(
      option('before'),
      option('revised'),
      'containment',
      false,
      areas,
      'not known',
    );
    expect(row(oneSided, 'midlands').endText).toBe('new in B, not known');
    expect(row(oneSided, 'north-of-england').endText).toBe('only in A, not known');
    expect(row(oneSided, 'north-of-england').aText).toBe('not known');
  });

  it('with the flow data: containment from the flows, its change in points; outbound as a signed count', () => {
    const rows = chart(option('initial'), option('revised'), 'containment', true);
    const totalsB = regionFlowTotals(option('revised'), flows);
    const totalsA = regionFlowTotals(option('initial'), flows);
    const midlands = row(rows, 'midlands');
    expect(midlands.a).toBe(totalsA.get('midlands')!.containment);
    expect(midlands.b).toBe(totalsB.get('midlands')!.containment);
    expect(midlands.endText).toMatch(/^[+−]\d+\.\d pts$/);
    expect(row(rows, 'london').endText).toBe('0 pts');
    expect(midlands.bText).toMatch(/^\d+\.\d%$/);
    const out = chart(option('initial'), option('revised'), 'outbound', true);
    const east = row(out, 'east');
    expect(east.b).toBe(totalsB.get('east')!.outbound);
    const delta = east.b! - east.a!;
    expect(east.endText).toBe(`${delta > 0 ? '+' : '−'}${Math.abs(delta).toLocaleString('en-GB')}`);
  });

  it('a region with no residents in the flows has no containment: the missing word, not 0%', () => {
    const rows = compareChartRows(
      compareOptions(option('initial'), option('revised'), areas, {
        a: optionRows(
          option('initial'),
          areas,
          flows.filter((f) => option('initial').assignments[f.origin] !== 'london'),
        ),
        b: optionRows(option('revised'), areas, flows),
      }),
      measureById('containment'),
      'not known',
    );
    expect(pick(row(rows, 'london'))).toMatchObject({a: null, endText: 'not known'});
    expect(row(rows, 'london').b).not.toBeNull();
  });
});

describe('compareChartRows: patterns and renames on a toy geography', () => {
  it('rows of one colour after the first get hatch, dots, cross in chart order', () => {
    // Every toy region is #000000: west (kept), north and south (new), east (only in A).
    const rows = chart(TOY_A, TOY_C, 'population', false, TOY_AREAS);
    expect(rows.map((r) => [r.key, r.fill.pattern ?? 'plain'])).toEqual([
      ['west', 'plain'],
      ['north', 'hatch'],
      ['south', 'dots'],
      ['east', 'cross'],
    ]);
    expect(row(rows, 'north').sharesColourWith).toEqual(['West', 'South', 'East']);
  });

  it('matches colours whatever their case', () => {
    const recolour = (o: BoundaryOption, colours: string[]): BoundaryOption => ({
      ...o,
      regions: o.regions.map((r, i) => ({...r, colour: colours[i]!})),
    });
    const rows = chart(
      recolour(TOY_A, ['#AABBCC', '#112233']),
      recolour(TOY_B, ['#aabbcc', '#445566']),
      'population',
      false,
      TOY_AREAS,
    );
    expect(rows.map((r) => r.fill.pattern ?? 'plain')).toEqual(['plain', 'plain']);
    const shared = chart(
      TOY_A,
      recolour(TOY_C, ['#ABCDEF', '#abcdef', '#123456']),
      'population',
      false,
      TOY_AREAS,
    );
    expect(shared.map((r) => r.fill.pattern ?? 'plain')).toEqual([
      'plain',
      'hatch',
      'plain',
      'plain',
    ]);
  });

  it('a rename is a note, the summary names the largest change and the one-sided regions', () => {
    const rows = chart(TOY_A, TOY_B, 'population', false, TOY_AREAS);
    expect(rows.map(pick)).toEqual([
      {status: 'kept', a: 3000, b: 1000, endText: '−2,000'},
      {status: 'kept', a: 7500, b: 9500, endText: '+2,000'},
    ]);
    expect(compareChartNotes(rows).slice(0, 1)).toEqual(['Central and East was East in A.']);
    expect(compareChartSummary(rows, 'loading')).toBe(
      '2 of 2 regions in both options change; the largest change is West, −2,000.',
    );
    const split = chart(TOY_A, TOY_C, 'population', false, TOY_AREAS);
    expect(compareChartSummary(split, 'loading')).toBe(
      'No region in both options changes. North and South are new in B; East is only in A.',
    );
    const one = chart(TOY_B, TOY_C, 'population', false, TOY_AREAS);
    expect(compareChartSummary(one, 'loading')).toBe(
      '1 of 1 region in both options changes; the largest change is West, +2,000. North and South are new in B; Central and East is only in A.',
    );
    expect(compareChartSummary(chart(TOY_A, TOY_A, 'stps', false, TOY_AREAS), 'loading')).toBe(
      'No region in both options changes.',
    );
  });
});
