// The CSV exports of options that move single parts (issue 19): column names from the geography,
// the regions totalled part by part, the part moves named in the comparison and the assignments;
// options that move no part export byte for byte as before issue 19 (the SHA-256 of each file
// as the exports wrote it then, with the parts given now).
import {createHash} from 'node:crypto';
import {csvParse} from 'd3-dsv';
import {describe, expect, it} from 'vitest';
import {comparisonCsv, csvNames, regionsCsv} from '../../src/ui/export/csv';
import {assignmentsCsv} from '../../src/ui/export/assignments-csv';
import {optionRows} from '../../src/domain/region-rows';
import {geography, option, options, areas} from './real-data';
import {PARTS, PARTS_CONTEXT, TAMESIDE, TAMESIDE_PEOPLE} from './builder-part-fixtures';

const REAL = {list: PARTS, name: PARTS_CONTEXT.name};
const revised = option('revised');
const moved = {...revised, id: 'my-option-1', partAssignments: {[TAMESIDE]: 'midlands'}};
const parse = (text: string) => csvParse(text.replace(/^\ufeff/, ''));
const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const rows = (o: typeof revised) => optionRows(o, areas, null, o.partAssignments ? PARTS : null);

describe('CSV exports with part moves', () => {
  it('names the columns from the geography: the 2018 names as before, another geography its own', () => {
    expect(csvNames(geography)).toEqual({
      area: 'stp',
      areas: 'stps',
      parts: 'ccgs',
      population: 'population_mid_2018',
    });
    const other = {
      ...geography,
      populationVintage: 'mid-2024',
      areas: {...geography.areas, noun: {one: 'ICB', many: 'ICBs'}},
      parts: {...geography.parts!, noun: {one: 'Sub-ICB location', many: 'Sub-ICB locations'}},
    };
    expect(csvNames(other)).toEqual({
      area: 'icb',
      areas: 'icbs',
      parts: 'sub_icb_locations',
      population: 'population_mid_2024',
    });
    expect(regionsCsv(rows(revised), other).split('\n')[0]).toBe(
      '\ufeffoption,region_id,region_code,region,icbs,sub_icb_locations,population_mid_2024,population_share_pct,area_km2',
    );
  });

  it('totals the regions part by part', () => {
    const before = parse(regionsCsv(rows(revised), geography));
    const after = parse(regionsCsv(rows(moved), geography));
    const pop = (file: typeof before, id: string) =>
      Number(file.find((r) => r.region_id === id)!.population_mid_2018);
    expect(pop(after, 'midlands') - pop(before, 'midlands')).toBe(TAMESIDE_PEOPLE);
    expect(pop(after, 'north-west') - pop(before, 'north-west')).toBe(-TAMESIDE_PEOPLE);
  });

  it('names the part gained and lost in the comparison', () => {
    const file = parse(comparisonCsv(rows(revised), rows(moved), areas, geography, null, [], REAL));
    const midlands = file.find((r) => r.region_id === 'midlands')!;
    expect([
      midlands.ccgs_gained,
      midlands.ccgs_lost,
      midlands.stps_gained,
      midlands.population_change,
    ]).toEqual([TAMESIDE, '', '', String(TAMESIDE_PEOPLE)]);
    expect(file.find((r) => r.region_id === 'north-west')!.ccgs_lost).toBe(TAMESIDE);
  });

  it('names the parts of a split area placed in another region in the assignments', () => {
    const file = parse(assignmentsCsv(moved, areas, geography, [], REAL));
    const gm = file.find((r) => r.stp === 'Greater Manchester')!;
    expect([gm.region_id, gm.ccgs_in_another_region]).toEqual([
      'north-west',
      `Tameside and Glossop CCG (${TAMESIDE}): Midlands`,
    ]);
    expect(file.filter((r) => r.ccgs_in_another_region !== '')).toHaveLength(1);
  });

  it('writes options that move no part byte for byte as before', () => {
    const hashes: Record<string, [string, string]> = {
      before: [
        '53255e42f4f7ee4b94d06fecae92b97ac6753bb04b487f0b8691e276c446442b',
        'd3eb07bca921dfb0620ea00befa60c86ab9b42cb2d67e89eb85458c92f6be428',
      ],
      initial: [
        'e3206257a7b43a1676b3e88d61115216c191257f7712d050729901095690c5d8',
        '11bfff66a1bbd76f9f0f6148288968999cd057686cc299784db222c117a5b1dc',
      ],
      revised: [
        'c4835880e4c901518c35c3eb8020a4bf3d5606b5b8ac6ee9602b06112a595568',
        'd67142d21e6a9b7989993e3c7647b91a9839a243c4f48e3d6dc9ccc2efaa531f',
      ],
    };
    for (const o of options) {
      expect([
        sha(regionsCsv(rows(o), geography)),
        sha(assignmentsCsv(o, areas, geography, [], REAL)),
      ]).toEqual(hashes[o.id]);
    }
    const cmp = comparisonCsv(
      rows(option('initial')),
      rows(revised),
      areas,
      geography,
      null,
      [],
      REAL,
    );
    expect(sha(cmp)).toBe('e439ef69eb36bc7d3e713593a94a28d4525b8900f0ebb534368404fa239c451f');
  });
});
