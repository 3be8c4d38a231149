import {describe, expect, it} from 'vitest';
import {
  buildPlaces,
  describeRegions,
  normaliseName,
  regionsUnderOptions,
  searchPlaces,
} from '../../src/domain/search';
import {parts, districts, NORTHAMPTONSHIRE, options, areas, GEOGRAPHY_2018} from './real-data';

const places = buildPlaces(areas, parts, districts);

describe('place search', () => {
  it('normalises names', () => {
    expect(normaliseName('NHS Bath & North East Somerset CCG')).toBe(
      'bath and north east somerset',
    );
    expect(normaliseName('  St. Helens ')).toBe('st helens');
  });

  it('finds Corby as a district and a CCG, both in Northamptonshire', () => {
    const found = searchPlaces(places, 'Corby');
    expect(found.map((p) => [p.kind, p.name])).toEqual([
      ['district', 'Corby'],
      ['part', 'NHS Corby CCG'],
    ]);
    expect(found.every((p) => p.parts[0]!.areaCode === NORTHAMPTONSHIRE)).toBe(true);
  });

  it('says which region Corby is in under every option', () => {
    expect(regionsUnderOptions(NORTHAMPTONSHIRE, options).map((x) => x.region?.name)).toEqual([
      'Midlands and East of England',
      'Central and East of England',
      'Midlands',
    ]);
    expect(describeRegions('Corby', NORTHAMPTONSHIRE, options, GEOGRAPHY_2018.geography)).toBe(
      'Corby — Before (five regions): Midlands and East of England; Initial proposal: Central and East of England; Revised proposal: Midlands.',
    );
  });

  it('finds part of a name, puts whole-name matches first, and ignores one letter', () => {
    expect(searchPlaces(places, 'Leicester')[0]!.name).toBe('Leicester');
    expect(searchPlaces(places, 'harro').map((p) => p.name)).toContain('Harrogate');
    expect(searchPlaces(places, 'harrogate').map((p) => p.kind)).toEqual([
      'district',
      'part',
      'area',
    ]);
    expect(searchPlaces(places, 'c')).toEqual([]);
    expect(searchPlaces(places, 'zzzz')).toEqual([]);
  });

  it('lists each part of a district split between STPs, largest first', () => {
    const [hp] = searchPlaces(places, 'High Peak');
    expect(hp!.parts.map((p) => p.areaCode)).toEqual(['E54000012', 'E54000007']);
    expect(hp!.parts[0]!.share).toBeGreaterThan(hp!.parts[1]!.share);
  });
});
