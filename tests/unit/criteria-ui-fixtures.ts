// Hand-made OptionCriteria for the scorecard's tests (the domain's optionCriteria is built
// separately): three options whose values differ criterion by criterion.
import type {DistrictSplit, OptionCriteria} from '../../src/domain/criteria/types';
import type {ScorecardOption} from '../../src/ui/scorecard/row-format';
import {criterionRow} from '../../src/domain/criteria/rows';
import {MANIFEST_2018} from '../../scripts/lib/manifest';

/** The 2018 geography's rows, as its manifest lists them (with their `{token}`s unfilled). */
export const ROWS_2018 = MANIFEST_2018.criteria.rows.map(criterionRow);

const split = (code: string, name: string, minority: number): DistrictSplit => ({
  code,
  name,
  regions: [
    {regionId: 'a', residents: 90_000},
    {regionId: 'b', residents: minority},
  ],
  minorityResidents: minority,
});

export function criteria(optionId: string, patch: Partial<OptionCriteria> = {}): OptionCriteria {
  return {
    optionId,
    populationRatio: 1.5,
    lowestContainment: {regionId: 'a', value: 0.92},
    outsideRegion: 100_000,
    mostAreas: 10,
    fewestAreas: 4,
    mostParts: 40,
    fewestParts: 10,
    largestAreaKm2: 40_000,
    splitDistricts: [],
    minorityResidents: 0,
    splitAuthorities: null,
    regions: [],
    ...patch,
  };
}

const REGIONS = [
  {id: 'a', name: 'North West'},
  {id: 'b', name: 'Midlands'},
];

export const FIXTURE_OPTIONS: ScorecardOption[] = [
  {id: 'before', title: 'Before', regions: REGIONS},
  {id: 'revised', title: 'Revised proposal', regions: REGIONS},
  {
    id: 'user-1',
    title: 'My option',
    userBuilt: {basedOn: 'revised', baseId: 'revised'},
    regions: REGIONS,
  },
];

export const FIXTURE_CRITERIA: OptionCriteria[] = [
  criteria('before', {
    populationRatio: 2.4,
    lowestContainment: {regionId: 'a', value: 0.86},
    mostAreas: 13,
    splitDistricts: [split('E07000037', 'High Peak', 20_000)],
    minorityResidents: 20_000,
  }),
  criteria('revised', {
    populationRatio: 1.8,
    lowestContainment: {regionId: 'b', value: 0.91},
    splitDistricts: [
      split('E07000037', 'High Peak', 20_000),
      split('E07000100', 'Somewhere', 5_000),
    ],
    minorityResidents: 25_000,
  }),
  criteria('user-1', {populationRatio: 1.9, lowestContainment: null, outsideRegion: null}),
];
