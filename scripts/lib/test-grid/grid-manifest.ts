// The test grid's manifest: every word, file and scorecard row the app reads about this
// geography, as a real geography's data/<id>/manifest.json gives them.
import type {Geography} from '../../../src/domain/geography';
import {GRID_BOUNDS, GRID_ID} from './grid';

export const GRID_MANIFEST: Geography = {
  id: GRID_ID,
  title: 'Test grid: 196 cells',
  tagline: 'A made-up grid of cells for the tests',
  mapTitle: 'Test grid regions',
  populationVintage: 'made-up',
  search: {label: 'Cell or ward', examples: 'Cell A1 or District 3'},
  about:
    'The map shows 196 made-up cells, each coloured by the region it belongs to under this option. Populations and flows are made up for the tests.',
  place: 'Gridland',
  vintage: 'test data',
  attribution: 'Source: made-up test data',
  citations: {
    boundaries: 'test grid',
    population: 'made-up figures',
    flows: 'made-up flows',
    flowsShort: 'made up',
    options: 'test options',
    optionsShort: 'Test options',
    summary: 'Made-up cells, populations, districts and flows, generated for the tests.',
  },
  regionNoun: {one: 'region', many: 'regions'},
  regionCodePattern: null,
  areas: {
    noun: {one: 'cell', many: 'cells'},
    longNoun: {one: 'grid cell', many: 'grid cells'},
    codePattern: '^T01\\d{4}$',
    codeExample: 'T010042',
    codeVintage: 'test grid',
  },
  parts: null,
  districts: {
    noun: {one: 'ward', many: 'wards'},
    longNoun: {one: 'test ward', many: 'test wards'},
    codePattern: '^TD\\d{4}$',
    codeExample: 'TD0001',
    codeVintage: 'test grid',
    vintage: 'test data',
  },
  flowCaveats: ['These flows are made up for the tests.'],
  flowMeasure: 'made-up residents treated (test data)',
  flowsAbout: 'Made up for the tests: 85% of each cell stays, the rest goes east and south.',
  bounds: GRID_BOUNDS,
  defaultOption: 'bands',
  files: {
    areas: 'cells.topo.json',
    context: 'context.topo.json',
    options: 'options.json',
    districts: 'wards.json',
    areaFlows: 'flows.json',
  },
  criteria: {
    rows: [
      'population-ratio',
      'lowest-containment',
      'outside-region',
      'most-stps',
      'fewest-stps',
      'largest-area',
      'split-districts',
      'minority-residents',
    ],
  },
  licence: {
    name: 'Open Government Licence v3.0',
    url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
  },
  sources: [{id: 'grid', title: 'Test grid', publisher: 'Footprint tests', vintage: 'test data'}],
};
