// The built app's files split by geography, one rule for npm run size and npm run bench: the
// default view's files (all of dist/ but the other built-in geographies' data and prerendered
// maps, which are fetched only when a link or the page chooses that geography) and each other
// geography's files. The catalogue is data/geographies.json.
import {readFileSync} from 'node:fs';
import {allFiles, geographyFiles, sizeOf, type FileSize} from './dist-sizes';

export interface GeographySizes {
  /** Every file the default view can be sent, largest gzip first. */
  defaultView: FileSize[];
  /** Each other built-in geography's data files (data/<id>/ in Vite's manifest). */
  others: {id: string; files: FileSize[]}[];
  /** Each other geography's prerendered map (dist/prerendered/<id>.html). */
  earlyMaps: {id: string; file: FileSize}[];
}

/** Throws when dist/ lacks Vite's manifest or a prerendered map (build, then prerender, first). */
export function geographySizes(
  dist: string,
  catalogueFile = 'data/geographies.json',
): GeographySizes {
  const catalogue = JSON.parse(readFileSync(catalogueFile, 'utf8')) as {
    default: string;
    geographies: {id: string}[];
  };
  const others = catalogue.geographies
    .filter((g) => g.id !== catalogue.default)
    .map((g) => ({id: g.id, files: geographyFiles(dist, g.id)}));
  // A file the default geography uses too (Vite keeps one copy of identical files) stays in the
  // default view's total.
  const defaultFiles = new Set(geographyFiles(dist, catalogue.default).map((f) => f.file));
  const otherFiles = new Set(
    others.flatMap((o) => o.files.map((f) => f.file)).filter((f) => !defaultFiles.has(f)),
  );
  const earlyMaps = others.map((o) => ({id: o.id, file: sizeOf(dist, `prerendered/${o.id}.html`)}));
  for (const m of earlyMaps) otherFiles.add(m.file.file);
  return {defaultView: allFiles(dist).filter((f) => !otherFiles.has(f.file)), others, earlyMaps};
}
