// The preview and validation of a part move (issue 19) on the real data.
import {describe, expect, it} from 'vitest';
import {previewPartMove} from '../../src/domain/builder/part-preview';
import {previewEdit} from '../../src/domain/builder/preview';
import {checkOption} from '../../src/domain/builder/validation';
import {applyEdit} from '../../src/domain/builder/edit';
import {areaNeighbours} from '../../src/domain/adjacency';
import {mine, unitName} from './builder-fixtures';
import {PARTS, PARTS_CONTEXT, TAMESIDE, TAMESIDE_PEOPLE} from './builder-part-fixtures';
import {areas, areaTopology} from './real-data';

const revisedCopy = mine('revised');

describe('previewing a part move on the real data', () => {
  const rows = previewPartMove(
    revisedCopy,
    {kind: 'move-part', part: TAMESIDE, to: 'midlands'},
    areas,
    PARTS,
  );

  it('Tameside and Glossop CCG to the Midlands: North West −258,613 people, Midlands +258,613', () => {
    expect(
      rows.map((r) => [r.region.name, r.role, r.change.population, r.change.parts, r.change.units]),
    ).toEqual([
      ['North West', 'losing', -TAMESIDE_PEOPLE, -1, 0],
      ['Midlands', 'gaining', TAMESIDE_PEOPLE, 1, 1],
    ]);
    expect(rows[1]!.change.areaKm2).toBeCloseTo(229.1);
  });

  it('agrees with the STP preview before any part moves (the same before figures)', () => {
    const areaRows = previewEdit(
      revisedCopy,
      {kind: 'move', unit: 'E54000007', to: 'midlands'},
      areas,
      null,
    );
    expect(rows.map((r) => [r.before.population, r.before.parts, r.before.units])).toEqual(
      areaRows.map((r) => [r.before.population, r.before.parts, r.before.units]),
    );
  });

  it('gives [] for a move to the region the part is in, and throws on an unknown part or region', () => {
    expect(
      previewPartMove(
        revisedCopy,
        {kind: 'move-part', part: TAMESIDE, to: 'north-west'},
        areas,
        PARTS,
      ),
    ).toEqual([]);
    expect(() =>
      previewPartMove(
        revisedCopy,
        {kind: 'move-part', part: 'E38999999', to: 'midlands'},
        areas,
        PARTS,
      ),
    ).toThrow(RangeError);
    expect(() =>
      previewPartMove(
        revisedCopy,
        {kind: 'move-part', part: TAMESIDE, to: 'atlantis'},
        areas,
        PARTS,
      ),
    ).toThrow(RangeError);
  });
});

describe('validation at part granularity', () => {
  const adjacency = areaNeighbours(areaTopology);
  const withNew = applyEdit(revisedCopy, {
    kind: 'add-region',
    region: {id: 'new-1', code: null, name: 'Peaks', colour: '#aa3377'},
  }).option!;
  const peaks = applyEdit(
    withNew,
    {kind: 'move-part', part: TAMESIDE, to: 'new-1'},
    unitName,
    PARTS_CONTEXT,
  ).option!;

  it('a region holding only a moved part is not empty, and is weighed by that part’s people', () => {
    const check = checkOption(peaks, areas, adjacency, undefined, PARTS);
    expect(check.problems.filter((p) => p.kind === 'empty-region')).toEqual([]);
    const row = check.balance.regions.find((r) => r.region.id === 'new-1');
    expect(row?.population).toBe(TAMESIDE_PEOPLE);
    expect(
      check.problems.find((p) => p.kind === 'imbalance' && p.regionId === 'new-1')?.units,
    ).toEqual(['E54000007']);
  });

  it('without the parts, the part moves are not looked at (area level, as before)', () => {
    const check = checkOption(peaks, areas, adjacency);
    expect(check.problems.some((p) => p.kind === 'empty-region' && p.regionId === 'new-1')).toBe(
      true,
    );
  });

  it('the North West’s people drop by the part’s', () => {
    const before = checkOption(
      revisedCopy,
      areas,
      adjacency,
      undefined,
      PARTS,
    ).balance.regions.find((r) => r.region.id === 'north-west')!.population;
    const after = checkOption(peaks, areas, adjacency, undefined, PARTS).balance.regions.find(
      (r) => r.region.id === 'north-west',
    )!.population;
    expect(before - after).toBe(TAMESIDE_PEOPLE);
  });
});
