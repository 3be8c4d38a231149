// The row model of an option that moves single parts (issue 19): totalled part by part once the
// parts are given, with flow figures null without the part flows (parts-flows-wired.test.ts has
// them with); without part moves, or without the parts, exactly the area-level rows.
import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import {optionRows} from '../../src/domain/region-rows';
import {stpFlowsFromTuples} from '../../src/domain/flows';
import {option, stps} from './real-data';
import {PARTS, TAMESIDE, TAMESIDE_PEOPLE} from './builder-part-fixtures';

const flows = stpFlowsFromTuples((JSON.parse(readFileSync('data/england-2018/flows-stp.json', 'utf8')) as {flows: [string, string, number][]}).flows);
const revised = option('revised');
const moved = {...revised, partAssignments: {[TAMESIDE]: 'midlands'}};
const GM = 'E54000007';
const row = (rows: ReturnType<typeof optionRows>, id: string) => rows.rows.find((r) => r.region.id === id)!;

describe('optionRows with parts moved', () => {
  it('moves Tameside and Glossop CCG’s people from the North West to the Midlands, Greater Manchester in both', () => {
    const before = optionRows(revised, stps, flows);
    const after = optionRows(moved, stps, flows, PARTS);
    expect(row(after, 'midlands').population - row(before, 'midlands').population).toBe(TAMESIDE_PEOPLE);
    expect(row(after, 'north-west').population - row(before, 'north-west').population).toBe(-TAMESIDE_PEOPLE);
    expect(row(after, 'midlands').ccgs - row(before, 'midlands').ccgs).toBe(1);
    expect(row(after, 'midlands').stpCodes).toContain(GM);
    expect(row(after, 'north-west').stpCodes).toContain(GM);
    expect(after.england.population).toBe(before.england.population);
  });

  it('leaves flow figures null rather than area-level ones that ignore the move', () => {
    const after = optionRows(moved, stps, flows, PARTS);
    expect(after.rows.every((r) => r.flows === null)).toBe(true);
    expect(after.england.crossRegion).toBeNull();
  });

  it('is the area-level rows without part moves, or without the parts', () => {
    expect(optionRows(revised, stps, flows, PARTS)).toEqual(optionRows(revised, stps, flows));
    expect(optionRows(moved, stps, flows).rows.map((r) => r.population)).toEqual(optionRows(revised, stps, flows).rows.map((r) => r.population));
  });
});
