// One rounding for shares everywhere (review of issue 13): the tables and charts
// (formatPercent), the CSVs (percentOf) and the scorecard (shownValue) must never write the
// same share two ways, e.g. 23/80 as 28.7% on the page and 28.8 in the file.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {shownValue} from '../../src/domain/criteria/shown';
import {formatPercent, percentOf} from '../../src/domain/format';
import {regionsCsv} from '../../src/ui/export/csv';
import {optionRows} from '../../src/domain/region-rows';
import {TOY_A, TOY_AREAS} from './toy-geography';
import {geography} from './real-data';
import type {FlowDataset} from '../../src/domain/flow-dataset';

describe('percentages', () => {
  it('rounds 23/80 (28.75%) up in the table, the CSV and the scorecard alike', () => {
    expect(formatPercent(23 / 80)).toBe('28.8%');
    expect(percentOf(23 / 80)).toBe(28.8);
    expect(formatPercent(shownValue('share', 23 / 80))).toBe('28.8%');
  });

  it('writes every fraction the same way in all three', () => {
    fc.assert(
      fc.property(fc.integer({min: 1, max: 5000}), fc.integer({min: 0, max: 5000}), (d, n) => {
        const share = Math.min(n, d) / d;
        const page = formatPercent(share);
        expect(`${percentOf(share).toFixed(1)}%`).toBe(page);
        expect(formatPercent(shownValue('share', share))).toBe(page);
      }),
      {numRuns: 3000},
    );
  });

  it('puts the table’s containment in the regions CSV', () => {
    // West: 23 of its 80 residents treated at home, the rest in East.
    const flows = [
      {origin: 'E54000901', destination: 'E54000902', volume: 23},
      {origin: 'E54000901', destination: 'E54000903', volume: 57},
    ];
    const dataset: FlowDataset = {
      kind: 'file',
      measure: 'Admissions',
      unit: 'admissions',
      period: '',
      source: 'toy.csv',
      flows,
    };
    const rows = optionRows(TOY_A, TOY_AREAS, flows);
    const csv = regionsCsv(rows, geography, dataset, [TOY_A]);
    const west = csv.split('\r\n').find((line) => line.includes(',west,'))!;
    expect(west.split(',')).toContain('28.8');
    expect(formatPercent(rows.rows[0]!.flows!.containment!)).toBe('28.8%');
  });
});
