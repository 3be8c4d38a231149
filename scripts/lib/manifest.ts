// The manifest of the 2018 geography (data/england-2018/manifest.json): what its units are
// called and coded, where its data comes from, where the map looks, which option shows first
// and which files to load. The app reads every such fact from here, never from its code.
import type {Geography} from '../../src/domain/geography';

export const ATTRIBUTION =
  'Source: Office for National Statistics licensed under the Open Government Licence v.3.0. Contains OS data © Crown copyright and database right 2018';

/** Shown wherever flows are: what the number is, and what it is not (admissions). */
export const FLOW_CAVEATS = [
  'Flows are residents attributed to hospital trusts (PHE catchment populations, 2018), not admissions: each area’s population is shared among the trusts its patients used.',
  'Trusts are placed at their headquarters, so a multi-site trust counts where its HQ is: Derby and Burton’s Burton site is counted in Derbyshire, which makes Staffordshire’s containment look low.',
  'Small flows suppressed by PHE are missing (about 2% of residents).',
  'Trust codes are 2021 successors: trusts that merged later are counted as one.',
];

/** The folder (and link id) of the 2018 geography, the app's default. */
export const ENGLAND_2018 = 'england-2018';

export const MANIFEST_2018: Geography = {
  id: ENGLAND_2018,
  title: 'England, April 2018: 42 STPs',
  tagline: "NHS England's regions and the 2018 boundary options",
  mapTitle: 'NHS England regions',
  populationVintage: 'mid-2018',
  search: {label: 'STP, CCG or council district', examples: 'Corby, Leicester or Harrogate'},
  about:
    'The map shows England’s 42 sustainability and transformation partnerships (STPs), each coloured by the NHS England region it belongs to under this option. Each STP is made up of clinical commissioning groups (CCGs); patient flows come from Public Health England (PHE).',
  place: 'England',
  vintage: 'April 2018',
  attribution: ATTRIBUTION,
  citations: {
    boundaries: 'ONS STPs, April 2018',
    population: 'ONS mid-2018 estimates',
    flows: 'PHE 2018 trust catchment populations',
    flowsShort: 'PHE 2018',
    options: 'ONS and NHS England board paper, May 2018',
    optionsShort: 'Board paper, May 2018',
    summary:
      'Boundaries: ONS STPs April 2018 (ultra generalised, clipped). Population: ONS mid-2018 estimates. Regions: ONS CCG to NHS England region lookup (April 2018) and the NHS England and NHS Improvement board paper of May 2018.',
  },
  regionNoun: {one: 'region', many: 'regions'},
  regionCodePattern: '^E40\\d{6}$',
  areas: {
    noun: {one: 'STP', many: 'STPs'},
    longNoun: {
      one: 'sustainability and transformation partnership',
      many: 'sustainability and transformation partnerships',
    },
    codePattern: '^E54\\d{6}$',
    codeExample: 'E54000020',
    codeVintage: 'ONS, April 2018',
  },
  parts: {
    noun: {one: 'CCG', many: 'CCGs'},
    longNoun: {one: 'clinical commissioning group', many: 'clinical commissioning groups'},
    codePattern: '^E38\\d{6}$',
    codeExample: 'E38000119',
    codeVintage: 'ONS, April 2018',
  },
  districts: {
    noun: {one: 'district', many: 'districts'},
    longNoun: {one: 'local authority district', many: 'local authority districts'},
    codePattern: '^E0[6-9]\\d{6}$',
    codeExample: 'E07000150',
    codeVintage: 'ONS, April 2018',
    vintage: 'April 2018',
  },
  flowCaveats: FLOW_CAVEATS,
  flowMeasure: 'residents attributed to hospital trusts (PHE catchment populations, 2018)',
  flowSource: 'PHE catchment populations, 2018; trusts counted at their headquarters',
  flowsAbout:
    "Public Health England's estimate of how many residents of each area each acute trust serves, from where the area's patients were admitted. They are not admission counts.",
  // England with a little sea around it; the build checks every STP lies inside.
  bounds: [-6.4, 49.85, 1.8, 55.85],
  // The board's decision: the last official option.
  defaultOption: 'revised',
  files: {
    areas: 'stps.topo.json',
    context: 'context.topo.json',
    options: 'options.json',
    parts: 'ccgs.topo.json',
    districts: 'districts.json',
    areaFlows: 'flows-stp.json',
    partTrustFlows: 'flows-ccg-trust.json',
  },
  // The board paper's criteria (issue 12), in the scorecard's order of 2018.
  criteria: {
    rows: [
      'population-ratio',
      'lowest-containment',
      'outside-region',
      'most-stps',
      'fewest-stps',
      'most-ccgs',
      'fewest-ccgs',
      'largest-area',
      'split-districts',
      'minority-residents',
    ],
  },
  licence: {
    name: 'Open Government Licence v3.0',
    url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
  },
  sources: [
    {
      id: 'stp-boundaries',
      title:
        'Sustainability and Transformation Partnerships (April 2018) Ultra Generalised Clipped Boundaries in England',
      publisher: 'ONS',
      vintage: 'April 2018',
    },
    {
      id: 'ccg-boundaries',
      title: 'Clinical Commissioning Groups (April 2018) boundaries',
      publisher: 'ONS / NHS, via EBM DataLab',
      vintage: 'April 2018',
    },
    {
      id: 'countries',
      title: 'Countries (December 2018) Ultra Generalised Clipped Boundaries GB',
      publisher: 'ONS',
      vintage: 'December 2018',
    },
    {
      id: 'population',
      title: 'Clinical Commissioning Group population estimates, mid-2018',
      publisher: 'ONS',
      vintage: 'mid-2018',
    },
    {
      id: 'lookups',
      title:
        'CCG to STP, CCG to NHS England region, and LSOA to CCG to STP to LAD lookups (April 2018)',
      publisher: 'ONS',
      vintage: 'April 2018',
    },
    {
      id: 'flows',
      title:
        'NHS Acute (Hospital) Trust Catchment Populations, All Admissions, catchment year 2018 (built from HES admitted patient care)',
      publisher: 'Public Health England',
      vintage: '2018',
    },
    {
      id: 'small-area-population',
      title: 'Lower layer super output area population estimates, mid-2019',
      publisher: 'ONS',
      vintage: 'mid-2019',
    },
    {
      id: 'trust-locations',
      title:
        'NHS trusts (ODS etr) headquarters postcodes, located with the ONS National Statistics Postcode Lookup (November 2020)',
      publisher: 'NHS Digital ODS; ONS',
      vintage: '2017 (trusts), 2021 successor codes',
    },
    {
      id: 'board-paper',
      title:
        'Next steps on aligning the work of NHS England and NHS Improvement (board paper, May 2018), paragraphs 2.9–2.17',
      publisher: 'NHS England and NHS Improvement',
      vintage: 'May 2018',
    },
  ],
};
