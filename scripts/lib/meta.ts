// What the app shows about where its data comes from. Kept beside the build so the footer,
// exports and data/README.md can never disagree about vintages.
export const ATTRIBUTION =
  'Source: Office for National Statistics licensed under the Open Government Licence v.3.0. Contains OS data © Crown copyright and database right 2018';

export const META = {
  attribution: ATTRIBUTION,
  licence: {name: 'Open Government Licence v3.0', url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/'},
  sources: [
    {id: 'stp-boundaries', title: 'Sustainability and Transformation Partnerships (April 2018) Ultra Generalised Clipped Boundaries in England', publisher: 'ONS', vintage: 'April 2018'},
    {id: 'ccg-boundaries', title: 'Clinical Commissioning Groups (April 2018) boundaries', publisher: 'ONS / NHS, via EBM DataLab', vintage: 'April 2018'},
    {id: 'countries', title: 'Countries (December 2018) Ultra Generalised Clipped Boundaries GB', publisher: 'ONS', vintage: 'December 2018'},
    {id: 'population', title: 'Clinical Commissioning Group population estimates, mid-2018', publisher: 'ONS', vintage: 'mid-2018'},
    {id: 'lookups', title: 'CCG to STP, CCG to NHS England region, and LSOA to CCG to STP to LAD lookups (April 2018)', publisher: 'ONS', vintage: 'April 2018'},
    {id: 'board-paper', title: 'Next steps on aligning the work of NHS England and NHS Improvement (board paper, May 2018), paragraphs 2.9–2.17', publisher: 'NHS England and NHS Improvement', vintage: 'May 2018'},
  ],
};
