// The prerendered maps of the built-in geographies (scripts/prerender.tsx): the default one goes
// into the HTML; every other one becomes a fragment file, dist/prerendered/<id>.html, that the
// page's first-paint.js fetches at once for a link to that geography, so its map paints before
// the app's code has loaded (issue 20). Each is the live SVG renderer's own component
// (SvgScene), so the app takes it over as it takes over the HTML's map.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {renderToStaticMarkup} from 'react-dom/server';
import {assembleData} from '../../src/data/assemble';
import {areaTopologySchema, contextTopologySchema, optionsFileSchema} from '../../src/data/schemas';
import {geographyCatalogueSchema, geographyManifestSchema} from '../../src/data/manifest-schema';
import type {Geography} from '../../src/domain/geography';
import type {BoundaryOption} from '../../src/domain/types';
import type {FootprintData} from '../../src/data/assemble';
import {mapLabel} from '../../src/domain/geography';
import {EMPTY_SCENE} from '../../src/map/svg/scene';
import {SvgScene} from '../../src/map/svg/SvgScene';
import {USER_OPTION_PARAMS} from '../../src/domain/builder/option-link';

const read = (file: string) => JSON.parse(readFileSync(`data/${file}`, 'utf8')) as unknown;

/** A built-in geography's data, as the app assembles it from data/<id>/, and its default option. */
export interface BuiltIn {
  geography: Geography;
  data: FootprintData;
  start: BoundaryOption;
}

/** The catalogue's geography ids (data/geographies.json): the default first, then the others. */
export function catalogue(): {defaultId: string; others: string[]; titles: string[]} {
  const c = geographyCatalogueSchema.parse(read('geographies.json'));
  return {
    defaultId: c.default,
    others: c.geographies.map((g) => g.id).filter((id) => id !== c.default),
    titles: c.geographies.map((g) => g.title),
  };
}

/** Loads data/<id>/ (its manifest, areas, context and options). Throws (zod's message) on a bad file. */
export function loadBuiltIn(id: string): BuiltIn {
  const geography = geographyManifestSchema.parse(read(`${id}/manifest.json`));
  const inFolder = (name: string) => read(`${id}/${name}`);
  const data = assembleData(
    geography,
    areaTopologySchema(geography).parse(inFolder(geography.files.areas)),
    contextTopologySchema.parse(inFolder(geography.files.context)),
    optionsFileSchema(geography).parse(inFolder(geography.files.options)),
  );
  const start = data.options.find((o) => o.id === geography.defaultOption);
  if (!start) throw new Error(`data/${id}: no default option "${geography.defaultOption}".`);
  return {geography, data, start};
}

/**
 * The SVG map of a geography's default option. With `names`, each area's path carries its name
 * as a <title>: the browser shows it on hover before any script runs (the live map has its own
 * tooltip). The default geography's HTML map has none (issue 20 keeps its first paint's bytes;
 * its regex never matched React's `></path>`, so it never had them).
 */
export function defaultMapSvg({geography, data, start}: BuiltIn, names: boolean): string {
  const svg = renderToStaticMarkup(
    <SvgScene
      data={data}
      scene={{...EMPTY_SCENE, option: start}}
      label={mapLabel(geography, start.title)}
    />,
  );
  return names ? withNames(svg, data) : svg;
}

function withNames(svg: string, data: FootprintData): string {
  const named = new Map(data.areas.map((a) => [a.code, a.name]));
  return svg.replace(
    /(<path class="fp-svgmap__area[^"]*" data-code="([^"]+)"[^>]*?)(?:\/>|><\/path>)/g,
    (_, open: string, code: string) =>
      `${open}><title>${escapeHtml(named.get(code) ?? code)}</title></path>`,
  );
}

export const escapeHtml = (t: string) =>
  t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** What first-paint.js needs to show a geography's fragment: its default option (a link naming
 * another option keeps the app's drawing) and the map box's accessible name while loading. */
export interface EarlyMapEntry {
  option: string;
  label: string;
  /** The header's line under the name (the HTML's is the default geography's). */
  tagline: string;
}

/** The fragments' folder in the build, relative to its pages. */
export const FRAGMENTS = 'prerendered';

/**
 * Writes `<dist>/prerendered/<id>.html` for every built-in geography but the default: the map
 * box's contents (`<div class="fp-svgmap-host" data-fp-geography="<id>">` around the SVG map of
 * its default option). Returns, by geography id, what first-paint.js needs, and the sizes (KB).
 */
export function writeFragments(
  dist: string,
  ids: string[],
): Record<string, EarlyMapEntry & {kb: number}> {
  mkdirSync(`${dist}/${FRAGMENTS}`, {recursive: true});
  const out: Record<string, EarlyMapEntry & {kb: number}> = {};
  for (const id of ids) {
    const builtIn = loadBuiltIn(id);
    const html = `<div class="fp-svgmap-host" data-fp-geography="${id}">${defaultMapSvg(builtIn, true)}</div>`;
    writeFileSync(`${dist}/${FRAGMENTS}/${id}.html`, html);
    const noun = builtIn.geography.areas.noun.many;
    out[id] = {
      option: builtIn.start.id,
      label: `Map of ${noun}, still loading.`,
      tagline: builtIn.geography.tagline,
      kb: html.length / 1024,
    };
  }
  return out;
}

/** The script first-paint.js adds to the page for a link to another geography. */
export const EARLY_MAP_SCRIPT = 'first-paint-geography.js';

/**
 * The text of first-paint-geography.js, which first-paint.js adds (async, high priority) only
 * for a link naming a geography other than the default, so the default view's first paint loads
 * none of it. For a geography in `entries`, linked with no option or its default one and no user
 * option, it fetches that geography's fragment at once (high priority) and, once the page is
 * parsed, puts it in place of the hidden default map, if the app has not drawn yet; the frame
 * that shows it is marked as the first map paint. Otherwise (unknown geography, another option,
 * a failed fetch) nothing changes: the app draws, or says what is wrong.
 */
export function earlyMapScript(entries: Record<string, EarlyMapEntry>): string {
  const table = JSON.stringify(
    Object.fromEntries(
      Object.entries(entries).map(([id, e]) => [
        id,
        {option: e.option, label: e.label, tagline: e.tagline},
      ]),
    ),
  );
  // A user option in the link (the builder's base=, move=, …) is not the default option either.
  const userOption = JSON.stringify(USER_OPTION_PARAMS.filter((p) => !p.startsWith('compare-')));
  return `// Generated by scripts/prerender.tsx: paints a linked geography's map before the app.
(function () {
  var params = new URLSearchParams(location.search);
  var geography = (params.get('geography') || '').trim().toLowerCase();
  var asked = (params.get('option') || '').trim().toLowerCase();
  var table = ${table};
  var early = Object.prototype.hasOwnProperty.call(table, geography) ? table[geography] : null;
  if (!early || (asked && asked !== early.option) || typeof fetch !== 'function') return;
  if (${userOption}.some(function (p) { return params.has(p); })) return;
  var text = fetch('./${FRAGMENTS}/' + geography + '.html', {priority: 'high', credentials: 'same-origin'}).then(function (r) {
    if (!r.ok) throw new Error(r.status);
    return r.text();
  });
  var parsed = new Promise(function (done) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', done);
    else done();
  });
  Promise.all([text, parsed]).then(function (got) {
    var old = document.querySelector('.fp-prerender .fp-map .fp-svgmap-host:not([data-fp-geography])');
    if (!old) return;
    var holder = document.createElement('div');
    holder.innerHTML = got[0];
    var fragment = holder.firstElementChild;
    if (!fragment || fragment.getAttribute('data-fp-geography') !== geography) return;
    old.replaceWith(fragment);
    fragment.parentElement.setAttribute('aria-label', early.label);
    var tagline = document.querySelector('.fp-prerender .fp-header p');
    if (tagline) tagline.textContent = early.tagline;
    document.documentElement.setAttribute('data-fp-geography-early', geography);
    requestAnimationFrame(function () {
      if (fragment.isConnected && !performance.getEntriesByName('footprint:first-map-paint').length) performance.mark('footprint:first-map-paint');
    });
  }).catch(function (e) {
    console.warn("Footprint: the linked geography's early map did not load; the app will draw it.", e);
  });
})();
`;
}
