// Data files are bundled as fingerprinted assets (?url), fetched at run time from our own origin.
import stps from '../../data/stps.topo.json?url';
import context from '../../data/context.topo.json?url';
import options from '../../data/options.json?url';
import ccgs from '../../data/ccgs.topo.json?url';
import districts from '../../data/districts.json?url';
import meta from '../../data/meta.json?url';
import flowsStp from '../../data/flows-stp.json?url';
import flowsCcgTrust from '../../data/flows-ccg-trust.json?url';

export const DATA_URLS = {
  'stps.topo.json': stps,
  'context.topo.json': context,
  'options.json': options,
  'ccgs.topo.json': ccgs,
  'districts.json': districts,
  'meta.json': meta,
  'flows-stp.json': flowsStp,
  'flows-ccg-trust.json': flowsCcgTrust,
} as const;

export type DataFileName = keyof typeof DATA_URLS;
