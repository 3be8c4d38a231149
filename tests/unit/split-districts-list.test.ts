// Issue 21, fault 10: "6 districts split" says which — each split district with the residents on
// each side, named by the option's groups, in words for the page and board pack and as a row of
// the criteria CSV under each option.
import {readFileSync} from 'node:fs';
import {csvParse} from 'd3-dsv';
import {describe, expect, it} from 'vitest';
import {splitInWords, splitSides} from '../../src/domain/criteria/split-list';
import {criterionRowsIn} from '../../src/domain/criteria/rows';
import {DEFAULT_THRESHOLDS, type DistrictSplit} from '../../src/domain/criteria/types';
import type {BoundaryOption} from '../../src/domain/types';
import {criteriaCsv} from '../../src/ui/export/criteria-csv';
import {criteria} from './criteria-ui-fixtures';
import {geography} from './real-data';

const options = JSON.parse(readFileSync('data/england-2018/options.json', 'utf8'))
  .options as BoundaryOption[];
const [before, , revised] = options as [BoundaryOption, BoundaryOption, BoundaryOption];
const CHERWELL: DistrictSplit = {
  code: 'E07000177',
  name: 'Cherwell',
  regions: [
    {regionId: 'south-east', residents: 149_000},
    {regionId: 'midlands', residents: 2_300},
  ],
  minorityResidents: 2_300,
};
const KETTERING: DistrictSplit = {
  code: 'E07000153',
  name: 'Kettering',
  regions: [
    {regionId: 'midlands', residents: 101_000},
    {regionId: 'east', residents: 40},
  ],
  minorityResidents: 40,
};

describe('which districts an option splits', () => {
  it("names each side by the option's group and says its residents", () => {
    const sides = splitSides([CHERWELL, KETTERING], revised.regions);
    expect(sides.map((s) => splitInWords(s))).toEqual([
      'Cherwell: South East 149,000; Midlands 2,300',
      'Kettering: Midlands 101,000; East of England 40',
    ]);
  });

  it("keeps an unconfirmed group's mark and names a group the option lacks by its id", () => {
    const regions = [
      {id: 'c1', name: 'Kent and Medway (not confirmed)'},
      {id: 'c2', name: 'Sussex'},
    ];
    const split: DistrictSplit = {
      code: 'X',
      name: 'Tunbridge Wells',
      regions: [
        {regionId: 'c1', residents: 10},
        {regionId: 'gone', residents: 5},
      ],
      minorityResidents: 5,
    };
    expect(splitInWords(splitSides([split], regions)[0]!)).toBe(
      'Tunbridge Wells: Kent and Medway (not confirmed) 10; gone 5',
    );
  });

  it('lists them in the criteria CSV, in the row after the count, under each option, in plain digits', () => {
    const c = [
      criteria('before', {splitDistricts: []}),
      criteria('revised', {splitDistricts: [CHERWELL, KETTERING]}),
    ];
    const rows = csvParse(
      criteriaCsv(
        c,
        [before, revised],
        DEFAULT_THRESHOLDS,
        [before, revised],
        criterionRowsIn(geography),
      ).replace(/^\ufeff/, ''),
    );
    const index = rows.findIndex(
      (r) => r.criterion === 'Local authority districts split between regions',
    );
    expect(index).toBeGreaterThanOrEqual(0);
    const which = rows[index + 1]!;
    expect(which.criterion).toBe(
      'Local authority districts split between regions: which, with residents on each side',
    );
    expect(which[before.title]).toBe('');
    expect(which[revised.title]).toBe(
      'Cherwell: South East 149000; Midlands 2300 | Kettering: Midlands 101000; East of England 40',
    );
  });
});
