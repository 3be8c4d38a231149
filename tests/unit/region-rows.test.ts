// The one row model per option (issue 13): optionRows on a toy geography, rowsOf's memo, and,
// on the committed data, that the CSV exports hold exactly the rows' figures.
import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import {csvParse} from 'd3-dsv';
import {compareOptions} from '../../src/domain/compare';
import {optionCrossRegionTotal, areaFlowsFromTuples, type AreaFlow} from '../../src/domain/flows';
import {hasFlows, optionRows} from '../../src/domain/region-rows';
import type {FlowDataset} from '../../src/domain/flow-dataset';
import {comparisonCsv, regionsCsv} from '../../src/ui/export/csv';
import {rowsOf} from '../../src/ui/use-option-rows';
import {geography, options, areas} from './real-data';
import {TOY_A, TOY_C, TOY_AREAS} from './toy-geography';

const parse = (text: string) => csvParse(text.replace(/^\ufeff/, ''));
const realFlows = areaFlowsFromTuples(
  (
    JSON.parse(readFileSync('data/england-2018/flows-stp.json', 'utf8')) as {
      flows: [string, string, number][];
    }
  ).flows,
);
const builtIn: FlowDataset = {
  kind: 'builtin',
  measure: 'm',
  unit: 'people',
  period: 'p',
  source: 's',
  flows: realFlows,
};

// West: Westshire (901) + Midshire (902); East: 903, 904, 905. Southshire (905) has no flows.
const TOY_FLOWS: AreaFlow[] = [
  {origin: 'E54000901', destination: 'E54000901', volume: 80},
  {origin: 'E54000901', destination: 'E54000903', volume: 20},
  {origin: 'E54000903', destination: 'E54000904', volume: 50},
  {origin: 'E54000904', destination: 'E54000902', volume: 50},
];

describe('optionRows', () => {
  it('has no flow figures without flow data: null, never zero or −1', () => {
    const {rows, england} = optionRows(TOY_A, TOY_AREAS, null);
    expect(rows.map((r) => r.flows)).toEqual([null, null]);
    expect(england).toMatchObject({
      crossRegion: null,
      containment: null,
      population: 10_500,
      equalShare: 5250,
    });
    expect(rows.map((r) => r.ofEqualShare)).toEqual([3000 / 5250, 7500 / 5250]);
  });

  it('gives each region its flow totals, and null containment to a region with no residents in the flows', () => {
    const {rows, england} = optionRows(TOY_C, TOY_AREAS, TOY_FLOWS);
    const byId = new Map(rows.map((r) => [r.region.id, r.flows]));
    expect(byId.get('west')).toEqual({
      internal: 80,
      outbound: 20,
      inbound: 50,
      total: 100,
      containment: 0.8,
    });
    expect(byId.get('north')).toEqual({
      internal: 0,
      outbound: 50,
      inbound: 50,
      total: 50,
      containment: 0,
    });
    // South (Eastshire, Southshire): its residents in the flows all leave: 0%, a real figure.
    expect(byId.get('south')!.containment).toBe(0);
    // With none of its residents in the flows, South has no containment: null, not 0 or −1.
    expect(
      optionRows(TOY_C, TOY_AREAS, [
        {origin: 'E54000901', destination: 'E54000901', volume: 5},
      ]).rows.find((r) => r.region.id === 'south')!.flows,
    ).toEqual({
      internal: 0,
      outbound: 0,
      inbound: 0,
      total: 0,
      containment: null,
    });
    expect(england.crossRegion).toBe(optionCrossRegionTotal(TOY_C, TOY_FLOWS).total);
    expect(england.containment).toBe(80 / 200);
    expect(hasFlows(optionRows(TOY_C, TOY_AREAS, TOY_FLOWS))).toBe(true);
    expect(hasFlows(optionRows(TOY_C, TOY_AREAS, null))).toBe(false);
  });
});

describe('rowsOf', () => {
  it('returns the identical object for the same option, units and flows', () => {
    const option = {...TOY_A};
    const first = rowsOf(option, TOY_AREAS, null);
    expect(rowsOf(option, TOY_AREAS, null)).toBe(first);
    expect(rowsOf(option, TOY_AREAS, TOY_FLOWS)).toBe(rowsOf(option, TOY_AREAS, TOY_FLOWS));
  });

  it('keeps the rows without flows and those with flows loaded later as different cached objects', () => {
    const option = {...TOY_A};
    const without = rowsOf(option, TOY_AREAS, null);
    const withFlows = rowsOf(option, TOY_AREAS, TOY_FLOWS);
    expect(withFlows).not.toBe(without);
    expect(without.rows[0]!.flows).toBeNull();
    expect(withFlows.rows[0]!.flows).not.toBeNull();
    // Both stay cached: going back to either gives the same object again.
    expect(rowsOf(option, TOY_AREAS, null)).toBe(without);
    expect(rowsOf(option, TOY_AREAS, TOY_FLOWS)).toBe(withFlows);
  });

  it('recomputes for an edited option (a new object), other units or another flow list', () => {
    const option = {...TOY_A};
    const rows = rowsOf(option, TOY_AREAS, TOY_FLOWS);
    expect(rowsOf({...option}, TOY_AREAS, TOY_FLOWS)).not.toBe(rows);
    expect(rowsOf(option, [...TOY_AREAS], TOY_FLOWS)).not.toBe(rows);
    expect(rowsOf(option, TOY_AREAS, [...TOY_FLOWS])).not.toBe(rows);
  });
});

describe('the CSV exports hold the rows’ figures (committed data, every option)', () => {
  it.each(options.map((o) => [o.id, o] as const))(
    '%s: regions CSV population and containment cells equal the rows',
    (_id, option) => {
      const rows = rowsOf(option, areas, builtIn.flows);
      const csv = parse(regionsCsv(rows, geography, builtIn));
      expect(csv.map((c) => c.region_id)).toEqual(rows.rows.map((r) => r.region.id));
      rows.rows.forEach((r, i) => {
        expect(Number(csv[i]!.population_mid_2018)).toBe(r.population);
        expect(r.flows!.containment).not.toBeNull();
        expect(Number(csv[i]!.flow_containment_pct)).toBe(
          Math.round(r.flows!.containment! * 1000) / 10,
        );
        expect(Number(csv[i]!.flow_to_other_regions)).toBe(r.flows!.outbound);
      });
      expect(csv.reduce((n, c) => n + Number(c.flow_to_other_regions), 0)).toBe(
        rows.england.crossRegion,
      );
    },
  );

  it('comparison CSV cells equal the two options’ rows', () => {
    const [a, b] = [
      rowsOf(options[1]!, areas, builtIn.flows),
      rowsOf(options[2]!, areas, builtIn.flows),
    ];
    const csv = parse(comparisonCsv(a, b, areas, geography, builtIn));
    for (const r of compareOptions(a.option, b.option, areas, {a, b}).regions) {
      const line = csv.find((c) => c.region_id === r.id)!;
      expect(Number(line[`population_${a.option.id}`])).toBe(r.a!.population);
      expect(Number(line[`flow_containment_pct_${b.option.id}`])).toBe(
        Math.round(r.b!.flows!.containment! * 1000) / 10,
      );
    }
  });

  it('refuses rows and a flow dataset that do not go together, rather than print the wrong unit', () => {
    const option = options[2]!;
    expect(() => regionsCsv(rowsOf(option, areas, null), geography, builtIn)).toThrow(
      /built without flows/,
    );
    expect(() => regionsCsv(rowsOf(option, areas, builtIn.flows), geography)).toThrow(
      /built with flows/,
    );
  });
});

describe('compareOptions with rows', () => {
  it('reads each region’s figures from the rows given, the very objects', () => {
    const [a, b] = [rowsOf(options[1]!, areas, realFlows), rowsOf(options[2]!, areas, realFlows)];
    const cmp = compareOptions(a.option, b.option, areas, {a, b});
    const midlands = cmp.regions.find((r) => r.id === 'midlands')!;
    expect(midlands.a).toBe(a.rows.find((r) => r.region.id === 'midlands'));
    expect(midlands.b).toBe(b.rows.find((r) => r.region.id === 'midlands'));
    // Without rows: the same figures, without flows.
    const plain = compareOptions(a.option, b.option, areas).regions.find(
      (r) => r.id === 'midlands',
    )!;
    expect({...plain.b, flows: midlands.b!.flows}).toEqual(midlands.b);
    expect(plain.b!.flows).toBeNull();
    expect(() => compareOptions(a.option, b.option, areas, {a: b, b: a})).toThrow(
      /rows of revised and initial given for initial and revised/,
    );
  });
});
