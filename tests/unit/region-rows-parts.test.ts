// The row model of an option that moves single parts (issue 19): totalled part by part once the
// parts are given, with flow figures null without the part flows (parts-flows-wired.test.ts has
// them with); without part moves, or without the parts, exactly the area-level rows.
import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import {optionRows} from '../../src/domain/region-rows';
import {areaFlowsFromTuples} from '../../src/domain/flows';
import {option, areas} from './real-data';
import {PARTS, TAMESIDE, TAMESIDE_PEOPLE} from './builder-part-fixtures';

const flows = areaFlowsFromTuples(
  (
    JSON.parse(readFileSync('data/england-2018/flows-stp.json', 'utf8')) as {
      flows: [string, string, number][];
    }
  ).flows,
);
const revised = option('revised');
const moved = {...revised, partAssignments: {[TAMESIDE]: 'midlands'}};
const GM = 'E54000007';
const row = (rows: ReturnType<typeof optionRows>, id: string) =>
  rows.rows.find((r) => r.region.id === id)!;

describe('optionRows with parts moved', () => {
  it('moves Tameside and Glossop CCG’s people from the North West to the Midlands, Greater Manchester in both', () => {
    const before = optionRows(revised, areas, flows);
    const after = optionRows(moved, areas, flows, PARTS);
    expect(row(after, 'midlands').population - row(before, 'midlands').population).toBe(
      TAMESIDE_PEOPLE,
    );
    expect(row(after, 'north-west').population - row(before, 'north-west').population).toBe(
      -TAMESIDE_PEOPLE,
    );
    expect(row(after, 'midlands').parts - row(before, 'midlands').parts).toBe(1);
    expect(row(after, 'midlands').areaCodes).toContain(GM);
    expect(row(after, 'north-west').areaCodes).toContain(GM);
    expect(after.england.population).toBe(before.england.population);
  });

  it('leaves flow figures null rather than area-level ones that ignore the move', () => {
    const after = optionRows(moved, areas, flows, PARTS);
    expect(after.rows.every((r) => r.flows === null)).toBe(true);
    expect(after.england.crossRegion).toBeNull();
  });

  it('is the area-level rows without part moves, or without the parts', () => {
    expect(optionRows(revised, areas, flows, PARTS)).toEqual(optionRows(revised, areas, flows));
    expect(optionRows(moved, areas, flows).rows.map((r) => r.population)).toEqual(
      optionRows(revised, areas, flows).rows.map((r) => r.population),
    );
  });
});
