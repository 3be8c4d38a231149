// A toy geography for the criteria tests (issue 12): the five toy STPs of toy-geography.ts,
// hand-made flows and districts whose splits are easy to work out by hand.
import type {DistrictResidents} from '../../src/domain/criteria/types';
import type {AreaFlow} from '../../src/domain/flows';
import {areaFlowsFromTuples} from '../../src/domain/flows';

/** West/Mid/East/North/South-shire are E54000901…905. */
export const TOY_FLOWS: AreaFlow[] = areaFlowsFromTuples([
  ['E54000901', 'E54000901', 900],
  ['E54000901', 'E54000902', 100],
  ['E54000902', 'E54000902', 800],
  ['E54000902', 'E54000903', 200],
  ['E54000903', 'E54000903', 1000],
  ['E54000904', 'E54000904', 700],
  ['E54000904', 'E54000901', 300],
  ['E54000905', 'E54000905', 500],
]);

export const TOY_DISTRICTS: DistrictResidents[] = [
  // Westshire and Midshire: split when Midshire leaves West (TOY_B).
  {
    code: 'E07000901',
    name: 'Borderton',
    parts: [
      {areaCode: 'E54000901', residents: 600},
      {areaCode: 'E54000902', residents: 400},
    ],
  },
  // Eastshire, Northshire, Southshire: split 300/300 (a tie) under TOY_C's North and South.
  {
    code: 'E07000902',
    name: 'Tri',
    parts: [
      {areaCode: 'E54000903', residents: 100},
      {areaCode: 'E54000904', residents: 300},
      {areaCode: 'E54000905', residents: 200},
    ],
  },
  {code: 'E07000903', name: 'Whole', parts: [{areaCode: 'E54000904', residents: 1000}]},
  // Partly in an STP no option assigns: never split because of it.
  {
    code: 'E07000904',
    name: 'Edge',
    parts: [
      {areaCode: 'E54000901', residents: 50},
      {areaCode: 'E54000999', residents: 500},
    ],
  },
];
