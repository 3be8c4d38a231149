// Parts (CCGs) for the five-STP toy geography (toy-geography.ts): each STP's parts add up to its
// population, CCG count and area, as the data build guarantees for the real data.
import type {Part, PartDestination, PartDestinationFlow} from '../../src/domain/parts/part-types';
import type {PartWords} from '../../src/domain/parts/split-words';
import {TOY_A, TOY_AREAS} from './toy-geography';

const part = (code: string, areaCode: string, population: number): Part => ({
  code,
  areaCode,
  population,
  areaKm2: population / 10,
});
const [W, M, E, N, S] = TOY_AREAS.map((s) => s.code) as [string, string, string, string, string];

export const TOY_PARTS: Part[] = [
  part('E38000911', W, 600),
  part('E38000912', W, 400),
  part('E38000921', M, 1000),
  part('E38000922', M, 700),
  part('E38000923', M, 300),
  part('E38000931', E, 3000),
  part('E38000941', N, 1000),
  part('E38000942', N, 1000),
  part('E38000943', N, 1000),
  part('E38000944', N, 1000),
  part('E38000951', S, 500),
];

export const PART_NAMES: Record<string, string> = {
  E38000911: 'West One CCG',
  E38000912: 'West Two CCG',
  E38000921: 'Mid One CCG',
  E38000922: 'Mid Two CCG',
  E38000923: 'Mid Three CCG',
  E38000931: 'East CCG',
  E38000941: 'North One CCG',
  E38000942: 'North Two CCG',
  E38000943: 'North Three CCG',
  E38000944: 'North Four CCG',
  E38000951: 'South CCG',
};

const REGION_NAMES: Record<string, string> = {
  west: 'the West',
  east: 'the East',
  north: 'the North',
  south: 'the South',
};

export const TOY_WORDS: PartWords = {
  part: 'CCG',
  parts: 'CCGs',
  areaName: (code) => TOY_AREAS.find((s) => s.code === code)!.name,
  partName: (code) => PART_NAMES[code]!,
  regionName: (id) => (id === undefined ? 'no region' : REGION_NAMES[id]!),
};

/** TOY_A with Mid Three CCG moved from West to East. */
export const TOY_A_MID_THREE_EAST = {
  ...TOY_A,
  id: 'alpha-mid-three',
  partAssignments: {E38000923: 'east'},
};

/** Trusts with their HQ's area and part: two in Midshire, in different parts. */
export const TOY_TRUSTS: PartDestination[] = [
  {code: 'RT1', areaCode: W, partCode: 'E38000911'},
  {code: 'RT2', areaCode: M, partCode: 'E38000921'},
  {code: 'RT3', areaCode: M, partCode: 'E38000923'},
  {code: 'RT4', areaCode: E, partCode: 'E38000931'},
  {code: 'RT5', areaCode: N, partCode: 'E38000941'},
  {code: 'RT6', areaCode: S, partCode: 'E38000951'},
];
/** Part → trust flows adding up to criteria-fixtures.ts's TOY_FLOWS, area pair by area pair. */
export const TOY_FINER = [
  ['E38000911', 'RT1', 500],
  ['E38000912', 'RT1', 400],
  ['E38000911', 'RT2', 100],
  ['E38000921', 'RT2', 500],
  ['E38000922', 'RT3', 300],
  ['E38000923', 'RT4', 200],
  ['E38000931', 'RT4', 1000],
  ['E38000941', 'RT5', 700],
  ['E38000942', 'RT1', 300],
  ['E38000951', 'RT6', 500],
].map(([part, destination, volume]): PartDestinationFlow => ({
  part: part as string,
  destination: destination as string,
  volume: volume as number,
}));
