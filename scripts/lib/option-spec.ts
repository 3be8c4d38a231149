// The boundary options as the board paper states them (shared/docs/001_bf922592b78160c3.txt,
// "Regional geographies", 2.9–2.16). STPs are listed by ONS code; the paper's names differ
// from ONS's for six of them (see stp-names.ts). The "before" option is not written here: the
// build derives it from the ONS April 2018 CCG → NHS England region lookup.
import type {Region} from '../../src/domain/types';

/** Region identities and colours, stable across options so a region keeps its colour.
 * Paul Tol's "light" palette: designed for filled areas under dark labels, colour-blind safe.
 * A split region passes its colour to its larger successor (Midlands and East → Midlands,
 * North of England → North East and Yorkshire), never to a look-alike of another region's
 * (olive beside the South West's pear read as one colour in the legend). */
export const REGIONS: Record<string, Region> = {
  'north-of-england': {
    id: 'north-of-england',
    code: 'E40000001',
    name: 'North of England',
    colour: '#eedd88',
  },
  'midlands-and-east': {
    id: 'midlands-and-east',
    code: 'E40000002',
    name: 'Midlands and East of England',
    colour: '#ee8866',
  },
  london: {id: 'london', code: 'E40000003', name: 'London', colour: '#ffaabb'},
  'south-east': {id: 'south-east', code: 'E40000005', name: 'South East', colour: '#99ddff'},
  'south-west': {id: 'south-west', code: 'E40000006', name: 'South West', colour: '#bbcc33'},
  east: {id: 'east', code: 'E40000007', name: 'East of England', colour: '#44bb99'},
  midlands: {id: 'midlands', code: 'E40000008', name: 'Midlands', colour: '#ee8866'},
  'north-east-and-yorkshire': {
    id: 'north-east-and-yorkshire',
    code: 'E40000009',
    name: 'North East and Yorkshire',
    colour: '#eedd88',
  },
  'north-west': {id: 'north-west', code: 'E40000010', name: 'North West', colour: '#77aadd'},
};

/** ONS April 2018 region code → region id, for deriving the "before" option. */
export const BEFORE_REGION_IDS: Record<string, string> = {
  E40000001: 'north-of-england',
  E40000002: 'midlands-and-east',
  E40000003: 'london',
  E40000005: 'south-east',
  E40000006: 'south-west',
};

const NORTH_WEST = ['E54000048', 'E54000007', 'E54000008'];
const NORTH_EAST_AND_YORKSHIRE = ['E54000049', 'E54000005', 'E54000006', 'E54000009'];
const MIDLANDS_INITIAL = [
  'E54000010',
  'E54000011',
  'E54000012',
  'E54000013',
  'E54000014',
  'E54000015',
  'E54000016',
  'E54000017',
  'E54000018',
  'E54000019',
];
const NORTHAMPTONSHIRE = 'E54000020';
const EAST = ['E54000021', 'E54000022', 'E54000023', 'E54000024', 'E54000025', 'E54000026'];
const LONDON = ['E54000027', 'E54000028', 'E54000029', 'E54000030', 'E54000031'];
const SOUTH_EAST = ['E54000032', 'E54000033', 'E54000034', 'E54000035', 'E54000044', 'E54000042'];
const SOUTH_WEST = [
  'E54000036',
  'E54000037',
  'E54000038',
  'E54000039',
  'E54000040',
  'E54000043',
  'E54000041',
];

export interface OptionSpec {
  id: string;
  title: string;
  phrase?: string;
  date: string;
  description: string;
  source: {document: string; paragraphs: string};
  reasons?: {areas: string[]; title: string; quotes: string[]; paragraphs: string}[];
  regions: {id: string; name?: string; code?: string | null; stps: string[]}[];
}

const PAPER = '001_bf922592b78160c3.txt';

/** Regions unchanged between the proposals and from 2018 keep their ONS codes. */
const shared = [
  {id: 'north-west', stps: NORTH_WEST},
  {id: 'north-east-and-yorkshire', stps: NORTH_EAST_AND_YORKSHIRE},
  {id: 'london', stps: LONDON},
  {id: 'south-east', stps: SOUTH_EAST},
  {id: 'south-west', stps: SOUTH_WEST},
];

export const PROPOSALS: OptionSpec[] = [
  {
    id: 'initial',
    title: 'Initial proposal',
    phrase: 'the initial proposal',
    date: '2018-05',
    description:
      'Seven regions; Northamptonshire joins Cambridgeshire, Norfolk, Suffolk, Bedfordshire, Hertfordshire and Essex in Central and East of England.',
    source: {document: PAPER, paragraphs: '2.10–2.11'},
    regions: [
      shared[0]!,
      shared[1]!,
      // A proposal's new regions had no ONS code yet.
      {id: 'midlands', code: null, stps: MIDLANDS_INITIAL},
      {
        id: 'east',
        code: null,
        name: 'Central and East of England',
        stps: [NORTHAMPTONSHIRE, ...EAST],
      },
      ...shared.slice(2),
    ],
  },
  {
    id: 'revised',
    title: 'Revised proposal',
    phrase: 'the revised proposal',
    date: '2018-05',
    description:
      'Seven regions; after feedback about its patient flows with Leicester and Warwickshire, Northamptonshire moves to the Midlands. These are the regions NHS England used from 2019/20.',
    source: {document: PAPER, paragraphs: '2.14–2.16'},
    reasons: [
      {
        areas: [NORTHAMPTONSHIRE],
        title: 'Why the revised proposal puts Northamptonshire in the Midlands',
        // Word for word from the paper (a unit test checks them against it).
        quotes: [
          'concerns were raised about the Midlands and East proposal. It appears that this would significantly impact ' +
            'Northamptonshire’s patient flows with Leicester and Warwickshire, especially direct commissioning of primary ' +
            'care and public health.',
          'Taking into account feedback from staff and system partners, for the Midlands and East, we propose that ' +
            'Northamptonshire should become part of the Midlands.',
        ],
        paragraphs: '2.13, 2.15',
      },
    ],
    regions: [
      shared[0]!,
      shared[1]!,
      {id: 'midlands', stps: [...MIDLANDS_INITIAL, NORTHAMPTONSHIRE]},
      {id: 'east', stps: EAST},
      ...shared.slice(2),
    ],
  },
];

export const BEFORE: Omit<OptionSpec, 'regions'> = {
  id: 'before',
  title: 'Before (five regions)',
  phrase: 'the five regions of April 2018',
  date: '2018-04',
  description:
    'The five NHS England regions of April 2018, before the North and the Midlands and East were each split in two.',
  source: {document: PAPER, paragraphs: '2.9'},
};

export interface OptionsSpec {
  regions: Record<string, Region>;
  beforeRegionIds: Record<string, string>;
  before: Omit<OptionSpec, 'regions'>;
  proposals: OptionSpec[];
  /** The option that must agree with NHS England's 2019/20 STP → region lookup. */
  matches2019Lookup: string;
}

export const OPTION_SPEC: OptionsSpec = {
  regions: REGIONS,
  beforeRegionIds: BEFORE_REGION_IDS,
  before: BEFORE,
  proposals: PROPOSALS,
  matches2019Lookup: 'revised',
};
