// The manifest of England 2026 (data/england-2026/manifest.json): the 108 local areas that both
// the 2023 and the 2026 sub-ICB locations are made of, grouped by four built-in options.
import type {Geography} from '../../../src/domain/geography';

export const ENGLAND_2026 = 'england-2026';

export const ATTRIBUTION_2026 =
  'Source: Office for National Statistics licensed under the Open Government Licence v.3.0. Contains OS data © Crown copyright and database right 2026. Population: Ministry of Housing, Communities and Local Government, English Indices of Deprivation 2025 (denominators), © Crown copyright, OGL v3.0. Source: Office for National Statistics, Census 2021.';

export const FLOW_CAVEATS_2026 = [
  'Flows are residents attributed to hospital trusts (PHE catchment populations, 2018, moved onto these local areas), not admissions, and they are older than the 2026 boundaries.',
  'Trusts are placed at their headquarters, so a multi-site trust counts where its HQ is. Frimley Health’s HQ is Frimley Park, in Surrey Heath: its patients from Slough, Windsor and Bracknell (mostly seen at Wexham Park, Slough) appear to flow to Surrey Heath, in Surrey and Sussex ICB, not to Thames Valley. Derby and Burton’s Burton patients likewise count in Derbyshire.',
  'Small flows suppressed by PHE are missing (about 2% of residents).',
  'Trust codes are 2021 successors: trusts that merged by 2021 count as one; later mergers are not shown.',
  'Catchment year 2018 is used, not 2019: the 2019 file lacks the Taunton and Somerset trust.',
];

export const MANIFEST_2026: Geography = {
  id: ENGLAND_2026,
  title: 'England, April 2026: 36 ICBs',
  tagline: 'Integrated care boards in 2023 and 2026, the 2025 clusters and merger options',
  mapTitle: 'Integrated care boards',
  populationVintage: 'mid-2022',
  search: {label: 'Local area or council district', examples: 'Slough, Leeds or Cornwall'},
  about:
    'The map shows England’s 108 local NHS areas: the sub-ICB locations of 2023 and 2026, with the three pieces Frimley was split into on 1 April 2026. Each option groups them into integrated care boards (ICBs), clusters or regions. Populations are ONS mid-2022 estimates; patient flows come from Public Health England (PHE), 2018.',
  place: 'England',
  vintage: 'April 2026',
  attribution: ATTRIBUTION_2026,
  citations: {
    boundaries: 'ONS sub-ICB locations, April 2023 and April 2026',
    population: 'ONS mid-2022 estimates',
    flows: 'PHE 2018 trust catchment populations',
    flowsShort: 'PHE 2018',
    options: 'ONS lookups (April 2024 and April 2026) and public statements on the 2025 clusters',
    optionsShort: 'ONS lookups and 2025 statements',
    summary:
      'Boundaries: ONS LSOA 2021 boundaries (generalised, clipped) dissolved into sub-ICB locations of April 2023 and April 2026, checked against the ONS sub-ICB location and ICB boundaries. Population: ONS mid-2022 estimates (as used by the English Indices of Deprivation 2025); districts’ residents: Census 2021. ICBs and regions: ONS lookups; 2025 clusters: compiled from public statements, not an official list.',
  },
  regionNoun: {one: 'ICB', many: 'ICBs'},
  regionCodePattern: '^E(40|54)\\d{6}$',
  areas: {
    noun: {one: 'local area', many: 'local areas'},
    longNoun: {
      one: 'local NHS area (a sub-ICB location, or the piece of one that moved in April 2026)',
      many: 'local NHS areas (sub-ICB locations, and the pieces of Frimley that moved in April 2026)',
    },
    // A whole 2023 sub-ICB location keeps its code; a piece is "<2023 code>-<2026 code>".
    codePattern: '^E38\\d{6}(-E38\\d{6})?$',
    codeExample: 'E38000006',
    codeVintage: 'ONS, April 2023 (pieces: April 2023 and April 2026)',
  },
  parts: null,
  districts: {
    noun: {one: 'district', many: 'districts'},
    longNoun: {one: 'local authority district', many: 'local authority districts'},
    codePattern: '^E0[6-9]\\d{6}$',
    codeExample: 'E07000214',
    codeVintage: 'ONS, 2024',
    vintage: 'April 2024',
  },
  flowCaveats: FLOW_CAVEATS_2026,
  flowMeasure: 'residents attributed to hospital trusts (PHE catchment populations, 2018)',
  // The 2018 catchments (not 2019: that file lacks the Somerset trust; data/README.md), moved
  // onto the 2026 areas, with the headquarters distortion FLOW_CAVEATS_2026 describes.
  flowSource:
    'PHE catchment populations, 2018, moved onto these local areas; trusts counted at their headquarters, so Frimley Health’s patients from Slough, Windsor and Bracknell appear to flow to Surrey Heath',
  flowsAbout:
    "Public Health England's estimate of how many residents of each area each acute trust serves, from where the area's patients were admitted in 2018, moved onto the 2026 local areas. They are not admission counts.",
  bounds: [-6.4, 49.85, 1.8, 55.85],
  defaultOption: 'icbs-2026',
  files: {
    areas: 'areas.topo.json',
    context: 'context.topo.json',
    options: 'options.json',
    districts: 'districts.json',
    areaFlows: 'flows.json',
    combinedAuthorities: 'combined-authorities.json',
    trusts: 'trusts.json',
  },
  // The aims the boards are judged by in 2025-26 (issue 20): about a million people or more per
  // ICB, councils and strategic authorities with one ICB, more than one acute trust, flows kept.
  criteria: {
    rows: [
      'smallest-population',
      'largest-population',
      'regions-below-population',
      'split-districts',
      'minority-residents',
      'split-authorities',
      'fewest-trusts',
      'regions-few-trusts',
      'lowest-containment',
      'outside-region',
      'largest-area',
    ],
    thresholds: {minRegionPopulation: 1_000_000, minTrustsPerRegion: 2},
  },
  licence: {
    name: 'Open Government Licence v3.0',
    url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
  },
  sources: [
    {
      id: 'lsoa-boundaries',
      title:
        'Lower layer Super Output Areas (December 2021) Boundaries EW BSC V4, dissolved into sub-ICB locations (via the geographr package)',
      publisher: 'ONS',
      vintage: 'December 2021',
    },
    {
      id: 'sicbl-boundaries',
      title:
        'Sub Integrated Care Board Locations (April 2023) EN BSC; Integrated Care Boards (April 2023) EN BSC; Integrated Care Boards (April 2026) Boundaries EN BSC (checks)',
      publisher: 'ONS',
      vintage: 'April 2023, April 2026',
    },
    {
      id: 'countries',
      title: 'Countries (December 2018) Ultra Generalised Clipped Boundaries GB',
      publisher: 'ONS',
      vintage: 'December 2018',
    },
    {
      id: 'lookups',
      title:
        'LSOA (2021) to Sub ICB Location to ICB (April 2024) lookup; Sub ICB Locations to ICBs to NHS England (Region) (April 2026) lookup; LSOA (2021) to Ward to LAD (2024) lookup',
      publisher: 'ONS',
      vintage: 'April 2024, April 2026',
    },
    {
      id: 'population',
      title:
        'English Indices of Deprivation 2025, population denominators (ONS mid-2022 LSOA estimates), summed by sub-ICB location',
      publisher: 'MHCLG; ONS',
      vintage: 'mid-2022',
    },
    {
      id: 'combined-authorities',
      title:
        'Local Authority District to Combined Authority (May 2025) Lookup in EN; the Greater London Authority added as the 33 London boroughs',
      publisher: 'ONS',
      vintage: 'May 2025',
    },
    {
      id: 'census',
      title: 'Census 2021, TS021, usual residents by LSOA',
      publisher: 'ONS',
      vintage: 'March 2021',
    },
    {
      id: 'flows',
      title:
        'NHS Acute (Hospital) Trust Catchment Populations, All Admissions, catchment year 2018, moved onto the local areas',
      publisher: 'Public Health England',
      vintage: '2018',
    },
    {
      id: 'trust-locations',
      title:
        'NHS trusts (ODS etr) headquarters postcodes, located with the ONS National Statistics Postcode Lookup (November 2020)',
      publisher: 'NHS Digital ODS; ONS',
      vintage: '2021 successor codes',
    },
    {
      id: 'clusters',
      title:
        'ICB leadership clusters 2025/26, compiled by hand from public statements (NHS Confederation, NHS bodies, trade press); each row cites its pages. Not official.',
      publisher: 'Footprint (compiled)',
      vintage: 'September 2025',
    },
  ],
};
