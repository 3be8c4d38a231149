// A five-STP toy geography with options that exercise one move, many moves, a rename, and
// regions created and removed.
import type {BoundaryOption, Region, Area} from '../../src/domain/types';

const area = (
  code: string,
  name: string,
  population: number,
  partCount: number,
  areaKm2: number,
): Area => ({
  code,
  onsName: name,
  name,
  shortName: name,
  population,
  partCount,
  areaKm2,
  anchor: [0, 0],
});
export const TOY_AREAS: Area[] = [
  area('E54000901', 'Westshire', 1000, 2, 100),
  area('E54000902', 'Midshire', 2000, 3, 200),
  area('E54000903', 'Eastshire', 3000, 1, 300),
  area('E54000904', 'Northshire', 4000, 4, 400),
  area('E54000905', 'Southshire', 500, 1, 50),
];
const region = (id: string, name: string): Region => ({id, code: null, name, colour: '#000000'});
const option = (
  id: string,
  regions: Region[],
  assignments: Record<string, string>,
): BoundaryOption => ({
  id,
  title: `${id[0]!.toUpperCase()}${id.slice(1)} option`,
  date: '2018-05',
  description: id,
  source: {document: 'd', paragraphs: '1'},
  regions,
  assignments,
});

/** Two regions: West (Westshire, Midshire), East (Eastshire, Northshire, Southshire). */
export const TOY_A = option('alpha', [region('west', 'West'), region('east', 'East')], {
  E54000901: 'west',
  E54000902: 'west',
  E54000903: 'east',
  E54000904: 'east',
  E54000905: 'east',
});
/** Midshire moves to East, which is renamed "Central and East". */
export const TOY_B = option('beta', [region('west', 'West'), region('east', 'Central and East')], {
  E54000901: 'west',
  E54000902: 'east',
  E54000903: 'east',
  E54000904: 'east',
  E54000905: 'east',
});
/** East is removed and split into North (new) and South (new); Westshire stays. */
export const TOY_C = option(
  'gamma',
  [region('west', 'West'), region('north', 'North'), region('south', 'South')],
  {
    E54000901: 'west',
    E54000902: 'west',
    E54000903: 'south',
    E54000904: 'north',
    E54000905: 'south',
  },
);
