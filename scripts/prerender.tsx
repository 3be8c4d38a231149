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
import {renderToStaticMarkup} from 'react-dom/server';
import type {BoundaryOption} from '../src/domain/types';
import {toWorld} from '../src/domain/projection';
import {countOf} from '../src/domain/geography';
import {prerenderFrame} from '../src/map/svg/SvgScene';
import {RegionLabels} from '../src/map/svg/SvgOverlays';
import {COLOURS, LINE_WIDTH} from '../src/map/draw-spec';
import {withSteps} from './prerender-steps';
import {EMBED_ATTRIBUTES, embedCss, optionMark, swatchCss} from './lib/prerender-marks';
import {createServer} from 'vite';
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
function optionCss(): string {
  const rules = [
    `html[data-fp-option] .fp-prerender [data-prerender-start]{display:none}`,
    ...embedCss(),
    ...swatchCss(data.options),
    // The early script's outlines (src/map/early/early-map.ts), drawn as the live map's are.
    `.fp-early-focused{fill:none;stroke:${COLOURS.focus};stroke-width:${LINE_WIDTH.focus}px}`,
    `.fp-early-selected{fill:none;stroke:${COLOURS.selected};stroke-width:${LINE_WIDTH.selected}px;paint-order:stroke}`,
    // A link to another geography: this geography's map must not show, not even for a frame;
    // that geography's own fragment (data-fp-geography), put in its place by first-paint.js, shows.
    `html[data-fp-geography-other] .fp-prerender .fp-svgmap-host:not([data-fp-geography]) .fp-svgmap{visibility:hidden}`,
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

/** Sets <html data-fp-option> from ?option= (or ?compare's option B, which is ?option too), and
 * the embed's settings (EMBED_ATTRIBUTES) from fixed=, controls= and autoheight=. A
 * link to another geography hides this map and adds that geography's early map script
 * (EARLY_MAP_SCRIPT, async, high priority): only such a link loads it, so the default view's
 * first paint carries none of it. */
function optionScript(embed: boolean): string {
  const ids = JSON.stringify(others.map((o) => o.id));
  const {noSwitch, static: fixedLegend, auto} = EMBED_ATTRIBUTES;
  // Only embed.html reads the embed's settings: the app's page does without their bytes.
  const embedLines = `
    var noControls = params.get('controls') === '0';
    on('${noSwitch}', noControls || params.get('fixed') === '1');
    on('${fixedLegend}', noControls);
    on('${auto}', params.get('autoheight') === '1');`;
  return `// Written by scripts/prerender.tsx: the prerendered map's option${embed ? ' and frame' : ''}, before first paint.
(function () {
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
    var asked = (params.get('option') || '').trim().toLowerCase();
    if (${ids}.indexOf(asked) >= 0) html.setAttribute('data-fp-option', asked);
  } catch (e) {}
})();
`;
}

/** The first-paint script of each prerendered page (optionScript), in its <head>. */
const FIRST_PAINT_SCRIPT = {'index.html': 'first-paint.js', 'embed.html': 'first-paint-embed.js'};
const head = (page: keyof typeof FIRST_PAINT_SCRIPT) =>
  `<script src="./${FIRST_PAINT_SCRIPT[page]}"></script><link rel="stylesheet" href="./first-paint.css">`;

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

/** prerender-embed.tsx, loaded by Vite (its components import styles and use import.meta.glob,
 * which plain Node cannot run); the server is closed before this returns. */
async function embedFrameModule(): Promise<typeof EmbedFrameModule> {
  const vite = await createServer({
    server: {middlewareMode: true, hmr: false, ws: false},
    appType: 'custom',
    logLevel: 'error',
    optimizeDeps: {noDiscovery: true, include: []},
  });
  try {
    return (await vite.ssrLoadModule('/scripts/lib/prerender-embed.tsx')) as never;
  } finally {
    await vite.close();
  }
}

function inject(page: keyof typeof FIRST_PAINT_SCRIPT, body: string): void {
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

const map = mapMarkup();
const fragments = writeFragments(DIST, otherGeographies);
writeFileSync(`${DIST}/${EARLY_MAP_SCRIPT}`, earlyMapScript(fragments));
// Without their indentation: every byte comes before the first paint (first-paint.e2e.ts).
for (const [page, script] of Object.entries(FIRST_PAINT_SCRIPT))
  writeFileSync(`${DIST}/${script}`, optionScript(page === 'embed.html').replace(/^ +/gm, ''));
writeFileSync(`${DIST}/first-paint.css`, optionCss());
inject('index.html', app(map));
inject('embed.html', (await embedFrameModule()).embedFrame(builtIn, mapBox(map)));
for (const [id, f] of Object.entries(fragments))
  console.log(
    `prerendered ${id}'s ${f.option} map into ${DIST}/${FRAGMENTS}/${id}.html (${f.kb.toFixed(0)} KB)`,
  );
console.log(
  `prerendered the ${start.title} map (${countOf(data.areas.length, geography.areas.noun)}, ${(map.length / 1024).toFixed(0)} KB of SVG) into ${DIST}/index.html and ${DIST}/embed.html`,
);
