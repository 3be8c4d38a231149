// Build step after `vite build`: draws the starting map into dist/index.html and dist/embed.html,
// so the browser paints a coloured map from the HTML alone, before any JavaScript runs.
//
// - The SVG is the live SVG renderer's own component (SvgScene) rendered with react-dom/server,
//   for the default option, inside the page's own layout boxes, so when React draws the app the
//   map stays where it was.
// - A link to another option must not flash the default first: first-paint.js (same origin, no
//   inline script, so it works under a strict Content-Security-Policy) reads ?option= in <head>
//   and marks <html data-fp-option>; first-paint.css recolours the STPs and shows that option's
//   region names (its region outlines come with React a moment later).
// - A link to another built-in geography (issue 20) must not show this map at all: first-paint.js
//   hides it and adds first-paint-geography.js, which fetches that geography's own prerendered
//   map (dist/prerendered/<id>.html, written here from the catalogue for every geography but the
//   default) and puts it in this map's place, so it paints before the app, which takes it over.
import {readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {renderToStaticMarkup} from 'react-dom/server';
import type {BoundaryOption} from '../src/domain/types';
import {toWorld} from '../src/domain/projection';
import {countOf} from '../src/domain/geography';
import {prerenderFrame} from '../src/map/svg/SvgScene';
import {RegionLabels} from '../src/map/svg/SvgOverlays';
import {COLOURS, LINE_WIDTH} from '../src/map/draw-spec';
import {withSteps} from './prerender-steps';
import {EMBED_ATTRIBUTES, embedCss, optionMark, swatchCss} from './lib/prerender-marks';
import {createServer, minifySync} from 'vite';
import type * as EmbedFrameModule from './lib/prerender-embed';
import {
  catalogue,
  defaultMapSvg,
  EARLY_MAP_SCRIPT,
  earlyMapScript,
  escapeHtml,
  FRAGMENTS,
  loadBuiltIn,
  writeFragments,
} from './lib/prerender-geographies';

const DIST = process.argv[2] ?? 'dist';
// The page is prerendered for the default geography and its default option; each other
// built-in geography's default map is a fragment file that first-paint.js fetches at once for a
// link to it (else the HTML hides this map: a link to another geography must not show it).
const {defaultId, others: otherGeographies, titles} = catalogue();
const builtIn = loadBuiltIn(defaultId);
const {geography, data, start} = builtIn;
const others = data.options.filter((o) => o !== start);
const {transform: T, size: frameSize} = prerenderFrame(geography.bounds);
const toScreen = (p: [number, number]): [number, number] => {
  const [x, y] = toWorld(p);
  return [x * T.k + T.x, y * T.k + T.y];
};

/** The map for the default option, with the other options' region names hidden beside it. */
function mapMarkup(): string {
  const centre: [number, number] = [
    (frameSize.width / 2 - T.x) / T.k,
    (frameSize.height / 2 - T.y) / T.k,
  ];
  const svg = defaultMapSvg(builtIn, true);
  // As keyboard.ts: the schema keys the topology's objects by any name; "areas" is the one.
  const stepped = withSteps(svg, data.areas, data.areaTopology as never, centre);
  const labels = others
    .map(
      (o) =>
        `<g ${optionMark(o, start)}>${renderToStaticMarkup(<RegionLabels areas={data.areas} shapes={data.areaShapes.features} option={o} toScreen={toScreen} frame={`${T.k},${T.x},${T.y}`} px={1} size={frameSize} />)}</g>`,
    )
    .join('');
  return `<div class="fp-svgmap-host">${stepped.replace('</svg>', `${labels}</svg>`)}</div>`;
}

/** Per option: STP fills and which names and pieces of the frame show, keyed on <html
 * data-fp-option>; the embed's own cases (embedCss). A piece drawn for one option is marked
 * (optionMark): the default's hides when a link asks for another option, another's unless asked. */
function optionCss(embed: boolean): string {
  const rules = [
    `html[data-fp-option] .fp-prerender [data-prerender-start]{display:none}`,
    ...(embed ? [...embedCss(), ...swatchCss(data.options)] : []),
    // The early script's outlines (src/map/early/early-map.ts), drawn as the live map's are.
    `.fp-early-focused{fill:none;stroke:${COLOURS.focus};stroke-width:${LINE_WIDTH.focus}px}`,
    `.fp-early-selected{fill:none;stroke:${COLOURS.selected};stroke-width:${LINE_WIDTH.selected}px;paint-order:stroke}`,
    // A link to another geography: this geography's map must not show, not even for a frame;
    // that geography's own fragment (data-fp-geography), put in its place by first-paint.js, shows.
    // Nor for an option the HTML does not draw (a user-built one): the app draws it.
    `html:is([data-fp-geography-other],[data-fp-option-other]) .fp-prerender .fp-svgmap-host:not([data-fp-geography]) .fp-svgmap{visibility:hidden}`,
  ];
  for (const o of others) {
    const on = `html[data-fp-option="${o.id}"] .fp-prerender`;
    rules.push(
      `${on} .fp-svgmap>g[data-layer="region-labels"],${on} .fp-svgmap__outline{display:none}`,
    );
    rules.push(
      `html:not([data-fp-option="${o.id}"]) .fp-prerender [data-prerender-option="${o.id}"]{display:none}`,
    );
    for (const [code, region] of Object.entries(o.assignments)) {
      const colour = o.regions.find((r) => r.id === region)?.colour;
      if (colour && colour !== colourIn(start, code))
        rules.push(`${on} path[data-code="${code}"]{fill:${colour}}`);
    }
  }
  return rules.join('\n') + '\n';
}

const colourIn = (o: BoundaryOption, code: string) =>
  o.regions.find((r) => r.id === o.assignments[code])?.colour;

/** Sets <html data-fp-option> from ?option= (or ?compare's option B, which is ?option too) when
 * it names another built-in option, or data-fp-option-other when it names one the HTML does not
 * draw (a user-built option, or an unknown one: the app says which); read as the app reads it
 * (link-decode.ts: in any case, not trimmed). On embed.html also the embed's settings
 * (EMBED_ATTRIBUTES) from fixed=, controls=, autoheight= and chart=. A link to another geography hides
 * this map and adds that geography's early map script (EARLY_MAP_SCRIPT, async, high priority):
 * only such a link loads it, so the default view's first paint carries none of it. */
function optionScript(embedCharts: readonly string[] | null): string {
  const embed = embedCharts !== null;
  const ids = JSON.stringify(others.map((o) => o.id));
  const {noSwitch, staticLegend, auto, charts} = EMBED_ATTRIBUTES;
  // Only embed.html reads the embed's settings: the app's page does without their bytes.
  const embedLines = `
    var noControls = params.get('controls') === '0';
    on('${noSwitch}', noControls || params.get('fixed') === '1');
    on('${staticLegend}', noControls);
    on('${auto}', params.get('autoheight') === '1');
    // As embed-charts.ts reads chart=: a comma list, in any case, spaces forgiven.
    on('${charts}', (params.get('chart') || '').toLowerCase().split(',').some(function (name) {
      return ${JSON.stringify(embedCharts)}.indexOf(name.trim()) >= 0;
    }));`;
  return `(function () {
  try {
    var params = new URLSearchParams(location.search), html = document.documentElement;
    var on = function (name, yes) { if (yes) html.setAttribute(name, ''); };${embed ? embedLines : ''}
    var geography = (params.get('geography') || '').trim().toLowerCase();
    if (geography && geography !== ${JSON.stringify(geography.id)}) {
      on('data-fp-geography-other', 1);
      var s = document.createElement('script');
      s.src = './${EARLY_MAP_SCRIPT}';
      s.fetchPriority = 'high';
      return document.head.appendChild(s);
    }
    var asked = (params.get('option') || '').toLowerCase();
    // base= starts a user-built option (option-link-read.ts), with or without option=.
    if (params.has('base') || (asked && asked !== ${JSON.stringify(start.id)})) html.setAttribute(${ids}.indexOf(asked) < 0 ? 'data-fp-option-other' : 'data-fp-option', asked);
  } catch (e) {}
})();
`;
}

/** Each prerendered page's first-paint script (optionScript) and style sheet (optionCss), in its
 * <head>: the embed's are its own, so the app's page does without the embed's rules. */
const FIRST_PAINT = {
  'index.html': {script: 'first-paint.js', css: 'first-paint.css'},
  'embed.html': {script: 'first-paint-embed.js', css: 'first-paint-embed.css'},
};
type Page = keyof typeof FIRST_PAINT;
const head = (page: Page) =>
  `<script src="./${FIRST_PAINT[page].script}"></script><link rel="stylesheet" href="./${FIRST_PAINT[page].css}">`;

/** The map's box: one focus stop, as the live map's (its keys are kept until the app comes:
 * early-map.ts), with a status line the early script fills. The rest of the page is a picture. */
function mapBox(map: string): string {
  return `<section class="fp-map-area"><div class="fp-map" tabindex="0" role="application" aria-roledescription="map" aria-label="Map of ${geography.areas.noun.many}, still loading.">${map}</div><p class="fp-visually-hidden fp-early-status" role="status"></p></section>`;
}

/** The header's geography chooser (GeographyChooser.tsx) as a space kept for it, not shown
 * (app.scss): on a narrow screen it wraps onto a row of its own, and without it the map moved
 * down when the app took over. Its list has every built-in title, as the app's, so it is as
 * wide (a hosted geography adds its title to the app's list, but its page hides this map). */
function chooserSpace(): string {
  const options = titles.map((t) => `<option>${escapeHtml(t)}</option>`).join('');
  return `<form class="fp-geography-chooser"><label>Geography</label><select disabled>${options}</select><button type="button" disabled>Open</button></form>`;
}

function app(map: string): string {
  return `<div class="fp-app fp-prerender"><header class="fp-header" aria-hidden="true"><h1>Footprint</h1><p>${geography.tagline}</p>${chooserSpace()}</header><main class="fp-main"><section class="fp-controls" aria-hidden="true"></section>${mapBox(map)}<section class="fp-details" aria-hidden="true"></section></main></div>`;
}

/** embed.html's body (prerender-embed.tsx's frame around `mapBox`) and the chart names a link
 * can ask for, loaded by Vite (those modules import styles and use import.meta.glob, which plain
 * Node cannot run). The server is closed before this returns, drawn or not. */
async function embedParts(mapBox: string): Promise<{html: string; charts: readonly string[]}> {
  const vite = await createServer({
    root: fileURLToPath(new URL('..', import.meta.url)),
    server: {middlewareMode: true, hmr: false, ws: false, watch: null},
    appType: 'custom',
    logLevel: 'error',
    optimizeDeps: {noDiscovery: true, include: []},
  });
  try {
    const frame = (await vite.ssrLoadModule(
      '/scripts/lib/prerender-embed.tsx',
    )) as never as typeof EmbedFrameModule;
    return {html: frame.embedFrame(builtIn, mapBox), charts: frame.EMBED_CHARTS};
  } finally {
    await vite.close();
  }
}

function inject(page: Page, body: string): void {
  const file = `${DIST}/${page}`;
  const html = readFileSync(file, 'utf8');
  if (!html.includes('<div id="root"></div>'))
    throw new Error(`${file}: no empty <div id="root"> to prerender into`);
  const out = html
    .replace('<html lang="en-GB">', '<html lang="en-GB" data-fp-prerendered="">')
    .replace('</title>', `</title>\n    ${head(page)}`)
    .replace('<div id="root"></div>', `<div id="root">${body}</div>`);
  writeFileSync(file, out);
}

// Everything is drawn before anything is written, so a failed draw leaves dist/ as Vite wrote it.
const map = mapMarkup();
const embed = await embedParts(mapBox(map));
const fragments = writeFragments(DIST, otherGeographies);
writeFileSync(`${DIST}/${EARLY_MAP_SCRIPT}`, earlyMapScript(fragments));
for (const [page, {script, css}] of Object.entries(FIRST_PAINT)) {
  const isEmbed = page === 'embed.html';
  // Minified (Vite's own minifier): every byte comes before the first paint (first-paint.e2e.ts).
  const {code, errors} = minifySync(script, optionScript(isEmbed ? embed.charts : null));
  if (errors.length) throw new Error(`${script}: ${errors.map((e) => e.message).join('; ')}`);
  writeFileSync(`${DIST}/${script}`, `// scripts/prerender.tsx optionScript()\n${code}`);
  writeFileSync(`${DIST}/${css}`, optionCss(isEmbed));
}
inject('index.html', app(map));
inject('embed.html', embed.html);
for (const [id, f] of Object.entries(fragments))
  console.log(
    `prerendered ${id}'s ${f.option} map into ${DIST}/${FRAGMENTS}/${id}.html (${f.kb.toFixed(0)} KB)`,
  );
console.log(
  `prerendered the ${start.title} map (${countOf(data.areas.length, geography.areas.noun)}, ${(map.length / 1024).toFixed(0)} KB of SVG) into ${DIST}/index.html and ${DIST}/embed.html`,
);
