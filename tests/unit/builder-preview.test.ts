import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {readFileSync} from 'node:fs';
import {regionAggregates} from '../../src/domain/aggregates';
import {regionFlowTotals, areaFlowsFromTuples} from '../../src/domain/flows';
import {previewEdit} from '../../src/domain/builder/preview';
import {moveUnit} from '../../src/domain/builder/units';
import {LINCOLNSHIRE, randomGridOption, region} from './builder-geo-fixtures';
import {option, areas} from './real-data';

const flows = areaFlowsFromTuples(
  JSON.parse(readFileSync('data/england-2018/flows-stp.json', 'utf8')).flows,
);
const revised = option('revised');

describe('previewing a move on the real data', () => {
  const rows = previewEdit(revised, {kind: 'move', unit: LINCOLNSHIRE, to: 'east'}, areas, flows);

  it('Lincolnshire to East of England: Midlands −1 STP and −755,833 people, East of England +1 and +755,833', () => {
    expect(
      rows.map((r) => [r.region.name, r.role, r.change.units, r.change.population, r.change.parts]),
    ).toEqual([
      ['Midlands', 'losing', -1, -755_833, -4],
      ['East of England', 'gaining', 1, 755_833, 4],
    ]);
    expect(rows[1]!.change.areaKm2).toBeCloseTo(
      areas.find((s) => s.code === LINCOLNSHIRE)!.areaKm2,
    );
  });

  it('gives before and after as the Regions table and the flow totals give them', () => {
    const after = moveUnit(revised, LINCOLNSHIRE, 'east');
    for (const [o, key] of [
      [revised, 'before'],
      [after, 'after'],
    ] as const) {
      const agg = regionAggregates(o, areas);
      const totals = regionFlowTotals(o, flows);
      for (const row of rows) {
        const a = agg.find((x) => x.region.id === row.region.id)!;
        const f = totals.get(row.region.id)!;
        expect(row[key]).toEqual({
          units: a.areas,
          parts: a.parts,
          population: a.population,
          areaKm2: a.areaKm2,
          containment: f.containment,
          outsideRegion: f.outbound,
        });
      }
    }
    const east = rows[1]!;
    expect(east.change.containmentPoints).toBeCloseTo(
      (east.after.containment! - east.before.containment!) * 100,
      10,
    );
    expect(east.change.outsideRegion).toBe(east.after.outsideRegion! - east.before.outsideRegion!);
  });

  it('without flows, gives counts and null flow figures', () => {
    const [midlands] = previewEdit(
      revised,
      {kind: 'move', unit: LINCOLNSHIRE, to: 'east'},
      areas,
      null,
    );
    expect(midlands!.before.containment).toBeNull();
    expect(midlands!.after.outsideRegion).toBeNull();
    expect(midlands!.change).toMatchObject({
      units: -1,
      population: -755_833,
      containmentPoints: null,
      outsideRegion: null,
    });
  });

  it('into a region just added: all zeros before, containment null, then the unit', () => {
    const withNew = {
      ...revised,
      regions: [...revised.regions, region('lincs', 'Lincolnshire and the Wash')],
    };
    const [, gaining] = previewEdit(
      withNew,
      {kind: 'move', unit: LINCOLNSHIRE, to: 'lincs'},
      areas,
      flows,
    );
    expect(gaining!.before).toEqual({
      units: 0,
      parts: 0,
      population: 0,
      areaKm2: 0,
      containment: null,
      outsideRegion: 0,
    });
    expect(gaining!.after).toMatchObject({units: 1, parts: 4, population: 755_833});
    expect(gaining!.after.containment).toBeGreaterThan(0.5);
  });

  it('a move to the same region changes nothing; an unassigned unit has no losing row', () => {
    expect(
      previewEdit(revised, {kind: 'move', unit: LINCOLNSHIRE, to: 'midlands'}, areas, flows),
    ).toEqual([]);
    const rest = Object.fromEntries(
      Object.entries(revised.assignments).filter(([code]) => code !== LINCOLNSHIRE),
    );
    const rows = previewEdit(
      {...revised, assignments: rest},
      {kind: 'move', unit: LINCOLNSHIRE, to: 'east'},
      areas,
      flows,
    );
    expect(rows.map((r) => r.role)).toEqual(['gaining']);
  });

  it('says what is wrong with a move it cannot preview', () => {
    expect(() =>
      previewEdit(revised, {kind: 'move', unit: 'E99999999', to: 'east'}, areas, flows),
    ).toThrow('There is no unit with code “E99999999” to move.');
    expect(() =>
      previewEdit(revised, {kind: 'move', unit: LINCOLNSHIRE, to: 'wessex'}, areas, flows),
    ).toThrow(/no region “wessex”; add the region/);
  });
});

describe('previews, properties over random moves on grids', () => {
  it('what one region loses the other gains, and after matches the moved option', () => {
    fc.assert(
      fc.property(
        randomGridOption,
        fc.nat(),
        fc.nat(),
        ({units, option: o, flows: f}, pickUnit, pickRegion) => {
          const unit = units[pickUnit % units.length]!;
          const to = o.regions[pickRegion % o.regions.length]!.id;
          const rows = previewEdit(o, {kind: 'move', unit: unit.code, to}, units, f);
          if (o.assignments[unit.code] === to) {
            expect(rows).toEqual([]);
            return;
          }
          const [losing, gaining] = rows;
          for (const k of ['units', 'parts', 'population', 'areaKm2'] as const)
            expect(losing!.change[k] + gaining!.change[k]).toBeCloseTo(0, 6);
          expect(gaining!.change.population).toBe(unit.population);
          const agg = regionAggregates(moveUnit(o, unit.code, to), units).find(
            (r) => r.region.id === to,
          )!;
          expect(gaining!.after.population).toBe(agg.population);
        },
      ),
      {seed: 20180517, numRuns: 150},
    );
  });
});
