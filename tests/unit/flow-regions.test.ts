import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import {regionAggregates} from '../../src/domain/aggregates';
import {flowTotalsOfAreas, pointsChange} from '../../src/domain/flow-regions';
import {regionFlowTotals, areaFlowsFromTuples} from '../../src/domain/flows';
import {option, areas, geography} from './real-data';

const flows = areaFlowsFromTuples(
  (
    JSON.parse(readFileSync('data/england-2018/flows-stp.json', 'utf8')) as {
      flows: [string, string, number][];
    }
  ).flows,
);

describe('flowTotalsOfAreas', () => {
  it('gives every region of every option the same totals as regionFlowTotals', () => {
    for (const id of ['before', 'initial', 'revised']) {
      const o = option(id);
      const byRegion = regionFlowTotals(o, flows);
      for (const r of regionAggregates(o, areas))
        expect(flowTotalsOfAreas(r.areaCodes, flows)).toEqual(byRegion.get(r.region.id));
    }
  });

  it('shows the board paper argument: the Midlands and the East, initial → revised', () => {
    const containment = (optionId: string, regionId: string) => {
      const r = regionAggregates(option(optionId), areas).find((x) => x.region.id === regionId)!;
      return flowTotalsOfAreas(r.areaCodes, flows).containment!;
    };
    expect(containment('initial', 'midlands')).toBeCloseTo(0.955, 3);
    expect(containment('revised', 'midlands')).toBeCloseTo(0.954, 3);
    expect(containment('initial', 'east')).toBeCloseTo(0.911, 3);
    expect(containment('revised', 'east')).toBeCloseTo(0.913, 3);
  });

  it('is null for a set with no residents in the flows', () => {
    expect(flowTotalsOfAreas(['E54999999'], flows)).toEqual({
      internal: 0,
      outbound: 0,
      inbound: 0,
      total: 0,
      containment: null,
    });
  });
});

describe('pointsChange', () => {
  it('writes containment changes in percentage points with a real minus sign', () => {
    expect(pointsChange(0.911, 0.913)).toBe('+0.2 pts');
    expect(pointsChange(0.955, 0.954)).toBe('−0.1 pts');
    expect(pointsChange(0.5, 0.5)).toBe('0 pts');
  });
});

describe('CSV exports with flows', () => {
  it('add containment and the volumes across the boundary to the Regions and comparison CSVs', async () => {
    const {regionsCsv, comparisonCsv} = await import('../../src/ui/export/csv');
    const {rowsOf} = await import('../../src/ui/use-option-rows');
    const rows = (id: string, withFlows = true) =>
      rowsOf(option(id), areas, withFlows ? flows : null);
    const {csvParse} = await import('d3-dsv');
    const dataset = {
      kind: 'builtin' as const,
      measure: 'm',
      unit: 'people',
      period: 'p',
      source: 's',
      label: geography.flowMeasure,
      flows,
    };
    const regions = csvParse(regionsCsv(rows('revised'), geography, dataset).slice(1));
    const midlands = regions.find((r) => r.region_id === 'midlands')!;
    expect(midlands.flow_containment_pct).toBe('95.4');
    expect(regions.reduce((n, r) => n + Number(r.flow_to_other_regions), 0)).toBe(2_131_457);
    expect(midlands.flow_unit).toBe(
      'residents attributed to hospital trusts (PHE catchment populations, 2018)',
    );
    const cmp = csvParse(
      comparisonCsv(rows('initial'), rows('revised'), areas, geography, dataset).slice(1),
    );
    const east = cmp.find((r) => r.region_id === 'east')!;
    expect([east.flow_containment_pct_initial, east.flow_containment_pct_revised]).toEqual([
      '91.1',
      '91.3',
    ]);
    // Without flows the files are exactly as before.
    expect(regionsCsv(rows('revised', false), geography).split('\r\n')[0]).not.toContain('flow');
  });
});
