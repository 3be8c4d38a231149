// How a search ranks places: whole name, then start of the name, then start of a word, then
// anywhere; districts before STPs before CCGs; then by name. Hand-made places, so each rank shows.
import {describe, expect, it} from 'vitest';
import {buildPlaces, describeRegions, normaliseName, searchPlaces} from '../../src/domain/search';
import type {Part, District, Area} from '../../src/domain/types';
import {TOY_A} from './toy-geography';

const area = (code: string, name: string, onsName = name, shortName = name): Area => ({
  code,
  onsName,
  name,
  shortName,
  population: 1,
  partCount: 1,
  areaKm2: 1,
  anchor: [0, 0],
});
const part = (code: string, name: string, odsCode: string): Part => ({
  code,
  odsCode,
  name,
  areaCode: 'E54000901',
  population: 1,
});
const district = (code: string, name: string): District => ({
  code,
  name,
  parts: [{areaCode: 'E54000901', lsoaShare: 1, residents: 1000}],
});

describe('names as searched', () => {
  it('drop "NHS" and "CCG" only at the ends', () => {
    expect(normaliseName('NHS Nene CCG')).toBe('nene');
    expect(normaliseName('Ccg Watchers NHS Trust')).toBe('ccg watchers nhs trust');
    expect(normaliseName('The NHS CCG Unit')).toBe('the nhs ccg unit');
  });
});

describe('building places', () => {
  it('makes an STP a place of its own STP, found by any of its names', () => {
    const [place] = buildPlaces([
      area('E54000901', 'Westshire', 'Westshire and Dales STP', 'West'),
    ]);
    expect(place).toEqual({
      kind: 'area',
      code: 'E54000901',
      name: 'Westshire',
      parts: [{areaCode: 'E54000901', share: 1}],
      key: 'westshire | westshire and dales stp | west',
    });
  });

  it('finds a CCG by its ODS code and a district by name', () => {
    const places = buildPlaces(
      [],
      [part('E38000001', 'NHS Nene CCG', '03V')],
      [district('E07000150', 'Corby')],
    );
    expect(searchPlaces(places, '03v').map((p) => [p.kind, p.code])).toEqual([
      ['part', 'E38000001'],
    ]);
    expect(searchPlaces(places, 'corby').map((p) => [p.kind, p.code])).toEqual([
      ['district', 'E07000150'],
    ]);
  });
});

describe('search ranking', () => {
  const places = buildPlaces(
    [
      area('E54000901', 'Kent Coast'),
      area('E54000902', 'Kentish Town'),
      area('E54000903', 'North Kent'),
      area('E54000904', 'Ukent'),
    ],
    [part('E38000001', 'NHS Kent CCG', '09A')],
    [district('E07000001', 'Kent')],
  );

  it('puts the whole name first (district before CCG), then starts of names, of words, then anywhere', () => {
    expect(searchPlaces(places, 'kent').map((p) => p.name)).toEqual([
      'Kent',
      'NHS Kent CCG',
      'Kent Coast',
      'Kentish Town',
      'North Kent',
      'Ukent',
    ]);
  });

  it('matches two characters but not one, and stops at the limit', () => {
    expect(searchPlaces(places, 'uk').map((p) => p.name)).toEqual(['Ukent']);
    expect(searchPlaces(places, 'u')).toEqual([]);
    expect(searchPlaces(places, 'kent', 2).map((p) => p.name)).toEqual(['Kent', 'NHS Kent CCG']);
  });
});

const REGIONS = {regionNoun: {one: 'region', many: 'regions'}};

describe('the regions sentence', () => {
  it('says "no region" where an option does not assign the STP', () => {
    expect(describeRegions('Nowhere', 'E54000999', [TOY_A], REGIONS)).toBe(
      'Nowhere — Alpha option: no region.',
    );
    expect(describeRegions('Westshire', 'E54000901', [TOY_A], REGIONS)).toBe(
      'Westshire — Alpha option: West.',
    );
  });

  it('says "no" and the option’s own noun where the option has one (England 2026: "no ICB")', () => {
    const icbs = {...TOY_A, groupNoun: {one: 'ICB', many: 'ICBs'}};
    expect(describeRegions('Nowhere', 'E54000999', [icbs], REGIONS)).toBe(
      'Nowhere — Alpha option: no ICB.',
    );
  });
});
