// The link that opens another geography from the page's chooser: the same page, with the
// choices that belong to the geography on screen left out (its option and region ids, area
// codes, part layer and user options mean nothing in another one).
import {USER_OPTION_PARAMS} from '../domain/builder/option-link';
import {GEOGRAPHY_PARAM} from './link-params';
import {PUBLISHED_WORDS} from '../domain/published-words';

/** The parameters whose values are one geography's ids or codes. Others (flows, view,
 * renderer, thresholds) are settings that read the same in any geography, so they are kept. */
export const GEOGRAPHY_BOUND_PARAMS: readonly string[] = [
  'option',
  'compare',
  PUBLISHED_WORDS.areaParam,
  'region',
  'layers',
  ...USER_OPTION_PARAMS,
  GEOGRAPHY_PARAM,
];

/**
 * `href` (the page's address) opening geography `id`: `geography=<id>`, or no parameter at all
 * for `defaultId`, so a link to the default geography reads as links always have. Any hash is
 * dropped: it points into the page on screen.
 */
export function geographyHref(href: string, id: string, defaultId: string): string {
  const url = new URL(href);
  const params = new URLSearchParams(url.search);
  for (const name of GEOGRAPHY_BOUND_PARAMS) params.delete(name);
  if (id !== defaultId) params.set(GEOGRAPHY_PARAM, id);
  url.search = params.toString();
  url.hash = '';
  return url.toString();
}
