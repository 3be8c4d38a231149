// What the app shows about where its data comes from. Kept beside the build so the footer,
// exports and data/README.md can never disagree about vintages.
export const ATTRIBUTION =
  'Source: Office for National Statistics licensed under the Open Government Licence v.3.0. Contains OS data © Crown copyright and database right 2018';

/** Shown wherever flows are: what the number is, and what it is not (admissions). */
export const FLOW_CAVEATS = [
  'Flows are residents attributed to hospital trusts (PHE catchment populations, 2018), not admissions: each area’s population is shared among the trusts its patients used.',
  'Trusts are placed at their headquarters, so a multi-site trust counts where its HQ is: Derby and Burton’s Burton site is counted in Derbyshire, which makes Staffordshire’s containment look low.',
  'Small flows suppressed by PHE are missing (about 2% of residents).',
  'Trust codes are 2021 successors: trusts that merged later are counted as one.',
];

export const META = {
  attribution: ATTRIBUTION,
  flowCaveats: FLOW_CAVEATS,
  licence: {name: 'Open Government Licence v3.0', url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/'},
  sources: [
    {id: 'stp-boundaries', title: 'Sustainability and Transformation Partnerships (April 2018) Ultra Generalised Clipped Boundaries in England', publisher: 'ONS', vintage: 'April 2018'},
    {id: 'ccg-boundaries', title: 'Clinical Commissioning Groups (April 2018) boundaries', publisher: 'ONS / NHS, via EBM DataLab', vintage: 'April 2018'},
    {id: 'countries', title: 'Countries (December 2018) Ultra Generalised Clipped Boundaries GB', publisher: 'ONS', vintage: 'December 2018'},
    {id: 'population', title: 'Clinical Commissioning Group population estimates, mid-2018', publisher: 'ONS', vintage: 'mid-2018'},
    {id: 'lookups', title: 'CCG to STP, CCG to NHS England region, and LSOA to CCG to STP to LAD lookups (April 2018)', publisher: 'ONS', vintage: 'April 2018'},
    {id: 'flows', title: 'NHS Acute (Hospital) Trust Catchment Populations, All Admissions, catchment year 2018 (built from HES admitted patient care)', publisher: 'Public Health England', vintage: '2018'},
    {id: 'small-area-population', title: 'Lower layer super output area population estimates, mid-2019', publisher: 'ONS', vintage: 'mid-2019'},
    {id: 'trust-locations', title: 'NHS trusts (ODS etr) headquarters postcodes, located with the ONS National Statistics Postcode Lookup (November 2020)', publisher: 'NHS Digital ODS; ONS', vintage: '2017 (trusts), 2021 successor codes'},
    {id: 'board-paper', title: 'Next steps on aligning the work of NHS England and NHS Improvement (board paper, May 2018), paragraphs 2.9–2.17', publisher: 'NHS England and NHS Improvement', vintage: 'May 2018'},
  ],
};
