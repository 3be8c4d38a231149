// Where a geography's files are. Built-in geographies (data/<id>/, built by `npm run data`) are
// bundled as fingerprinted assets; any other id is looked for beside the page, in
// geographies/<id>/ (a host can add a geography by copying its built folder there, and the
// browser tests serve their test geography that way), with its files beside its manifest.
import catalogue from '../../data/geographies.json';
import {geographyIdSchema} from './manifest-schema';
import {withArticle} from '../domain/geography';
import {BUILT_IN_URLS, DEFAULT_GEOGRAPHY_ID} from './built-in-geographies';

export {DEFAULT_GEOGRAPHY_ID};

/** A geography the page can load: its id and the URL of each of its files by name. */
export interface GeographyLocation {
  id: string;
  builtIn: boolean;
  manifestUrl: string;
  /** The URL of a file named in the manifest (a name inside the geography's folder). */
  fileUrl(name: string): string;
}


/** The built-in geographies, in the order a chooser lists them, with their levels' codes. */
export const BUILT_IN_GEOGRAPHIES: readonly {id: string; title: string; codes: readonly {noun: string; pattern: string}[]}[] = catalogue.geographies;

/** Where a code that is not one of the page's areas comes from, in words, e.g. "a part code of
 * England, April 2018" (another level of this geography or another built-in geography), or
 * null when no built-in geography has such codes. `ownId`: the page's geography. */
export function codeOrigin(code: string, own: {id: string; areaNoun: string}): string | null {
  for (const g of BUILT_IN_GEOGRAPHIES) {
    for (const level of g.codes) {
      if (g.id === own.id && level.noun === own.areaNoun) continue;
      if (new RegExp(level.pattern).test(code)) return `${withArticle(level.noun)} code of ${g.title}`;
    }
  }
  return null;
}

/** Where the geography `id` is, or null when the id cannot be one (not lower-case words
 * joined by hyphens: nothing is fetched for it). `base`: the page's base URL. */
export function locateGeography(id: string, base: string = import.meta.env.BASE_URL): GeographyLocation | null {
  if (!geographyIdSchema.safeParse(id).success) return null;
  const builtIn = BUILT_IN_URLS[`../../data/${id}/manifest.json`];
  if (builtIn) return {id, builtIn: true, manifestUrl: builtIn, fileUrl: (name) => BUILT_IN_URLS[`../../data/${id}/${name}`] ?? missing(id, name)};
  const folder = `${base}geographies/${id}/`;
  return {id, builtIn: false, manifestUrl: `${folder}manifest.json`, fileUrl: (name) => `${folder}${name}`};
}

/** A built-in manifest naming a file its folder lacks: the build never writes one, so this is
 * a URL that answers 404 and the loader's message names the file. */
function missing(id: string, name: string): string {
  return `${import.meta.env.BASE_URL}data/${id}/${name}`;
}
