// npm run bench [-- --write]: speed and size figures for the built app (dist/) against two peer
// pages (bench/peers/: Leaflet SVG and MapLibre, both drawing the raw STP GeoJSON coloured by
// region), measured in one run, alternating, over BENCH_RUNS (default 7) cold loads each; then
// BENCH_SWITCHES (default 50) option switches in each renderer. Figures, not assertions: the
// targets of issue 9 are printed beside them; then the option builder's reassignment timings
// (scripts/lib/bench-builder.ts). England 2026 (issue 20, scripts/lib/bench-2026.ts): a link's
// first painted map against a Leaflet peer of the same 108 units, and one merge accepted;
// --2026 runs only those. --write adds the tables to bench/results.md.
// FOOTPRINT_RAW_DIR: the raw data folder (default ../shared/data/raw).
import {loadavg} from 'node:os';
import path from 'node:path';
import {launchBrowser} from '../tests/e2e/browser';
import {ROOT} from './lib/args';
import {buildPeers, serve} from './lib/bench-peers';
import {coldLoad, optionSwitches, type LoadFigures} from './lib/bench-measure';
import {PAGES} from './lib/bench-pages';
import {firstPaintFiles, kb, total} from './lib/dist-sizes';
import {geographySizes} from './lib/geography-sizes';
import {BUDGETS, FIRST_PAINT} from './lib/size-budgets';
import {builderBenchTable} from './lib/bench-builder';
import {builderMerges, builderMoves, CCG_MOVE} from './lib/bench-builder-ui';
import {kib, ms, ratio, ratioRange, record, stats} from './lib/bench-format';
import {LINK_2026, mergeRows, PAGES_2026, paint2026Rows} from './lib/bench-2026';
import {ONE_WORD, usableTable} from './lib/bench-usable';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 7));
const SWITCHES = Math.max(1, Number(process.env.BENCH_SWITCHES ?? 50));
/** Cold loads of each page with the CPU slowed (issue 21: an ordinary laptop), and the slowdown. */
const SLOW_RUNS = Math.max(1, Number(process.env.BENCH_SLOW_RUNS ?? 5));
const SLOWDOWN = 4;
/** `--loads`: cold loads only (no option switches or builder timings), a few minutes shorter. */
const LOADS_ONLY = process.argv.includes('--loads');
/** `--2026`: only England 2026's rows (its first painted map against its Leaflet peer, one merge). */
const ONLY_2026 = process.argv.includes('--2026');
/** `--write`: add the run's tables to bench/results.md. */
const WRITE = process.argv.includes('--write');
/** The built app: FOOTPRINT_DIST (as the browser tests), else dist/. */
const DIST = path.resolve(ROOT, process.env.FOOTPRINT_DIST ?? 'dist');

import type {Loads} from './lib/bench-usable';

/** `runs` cold loads of each of `names`, alternating and rotating the order, so no page always
 * goes first on a machine shared with others. */
async function coldLoads(
  browser: Awaited<ReturnType<typeof launchBrowser>>,
  base: string,
  log: Parameters<typeof coldLoad>[2],
  names: string[],
  runs: number,
  slowdown: number,
): Promise<Loads> {
  const loads: Loads = new Map(names.map((k) => [k, []]));
  for (let i = 0; i < runs; i++) {
    for (const name of [...names.slice(i % names.length), ...names.slice(0, i % names.length)]) {
      loads.get(name)!.push(await coldLoad(browser, PAGES[name]!(base), log, slowdown));
    }
    process.stderr.write(`  cold loads, CPU ×${slowdown}: run ${i + 1}/${runs}\n`);
  }
  return loads;
}

/** Painted map, usable map and MapLibre idle against the peers (issue 21's rows), at one CPU speed. */
async function main(): Promise<void> {
  const peers = buildPeers(DIST);
  const {url, server, log} = await serve(DIST, peers);
  const browser = await launchBrowser();
  const lines: string[] = [];
  const out = (line = '') => {
    console.log(line);
    lines.push(line);
  };
  try {
    const format = {stats, ms, ratioRange};
    const mergeUrl = `${url}${LINK_2026}&option=icbs-2023&renderer=svg`;
    if (ONLY_2026) {
      const loads = await coldLoads(browser, url, log, Object.keys(PAGES_2026), RUNS, 1);
      out(`England 2026 only: ${RUNS} cold loads of each page, alternating.`);
      out();
      for (const line of paint2026Rows(loads, format)) out(line);
      out();
      const merges = await builderMerges(browser, mergeUrl, SWITCHES);
      for (const line of mergeRows(merges, SWITCHES, format)) out(line);
      out();
      out(
        `Load average ${loadavg()
          .map((l) => l.toFixed(1))
          .join(', ')} at the end.`,
      );
      return void (WRITE && record(lines));
    }
    const started = Date.now();
    const loads = await coldLoads(browser, url, log, Object.keys(PAGES), RUNS, 1);
    const slow = await coldLoads(
      browser,
      url,
      log,
      ['Footprint', 'Footprint (webgl)', 'Leaflet peer', 'MapLibre peer', ONE_WORD],
      SLOW_RUNS,
      SLOWDOWN,
    );
    const loadsTook = (Date.now() - started) / 1000;

    const s = (name: string, key: keyof LoadFigures) => stats(loads.get(name)!.map((l) => l[key]));
    const marks = [...new Set(loads.get('Footprint')!.map((l) => l.usedMark))];
    out(
      `Cold loads: ${RUNS} of each page, alternating; Chromium ${browser.version()} headless, software WebGL (SwiftShader), 1280×800, served gzip from 127.0.0.1.`,
    );
    out(
      `Times in ms from navigation start, median (min–max); bytes transferred in KB (1,024 bytes), median.`,
    );
    if (!marks.includes('footprint:first-map-paint')) {
      out(
        `Footprint has no \`footprint:first-map-paint\` mark yet: its first painted map is \`footprint:map-idle\` (MapLibre's first idle).`,
      );
    }
    out();
    out('| page | first painted map | MapLibre idle | KB before first paint | KB in all |');
    out('| --- | --- | --- | --- | --- |');
    for (const name of Object.keys(PAGES)) {
      out(
        `| ${name} | ${ms(s(name, 'firstPaint'))} | ${ms(s(name, 'idle'))} | ${kib(s(name, 'bytesBeforePaint'))} | ${kib(s(name, 'bytesAll'))} |`,
      );
    }
    const fp = s('Footprint', 'firstPaint').median;
    const gz = s('Footprint', 'bytesBeforePaint').median / 1024;
    out();
    out('| ratio | figure | target |');
    out('| --- | --- | --- |');
    out(
      `| Footprint first painted map ÷ Leaflet peer | ${ratio(fp, s('Leaflet peer', 'firstPaint').median)} | ≤ 0.5× |`,
    );
    out(
      `| Footprint first painted map ÷ MapLibre peer | ${ratio(fp, s('MapLibre peer', 'firstPaint').median)} | |`,
    );
    out(
      `| Footprint HTML alone (no script or style) ÷ Leaflet peer: drawing the map's floor | ${ratio(s('Footprint HTML alone', 'firstPaint').median, s('Leaflet peer', 'firstPaint').median)} | |`,
    );
    out(
      `| Footprint (webgl) MapLibre idle ÷ MapLibre peer idle | ${ratio(s('Footprint (webgl)', 'idle').median, s('MapLibre peer', 'idle').median)} | ≤ 1.0× |`,
    );
    out(`| Footprint KB before first paint | ${gz.toFixed(1)} | ≤ 100 |`);
    out(
      `| Footprint ÷ Leaflet peer, KB in all | ${ratio(s('Footprint', 'bytesAll').median, s('Leaflet peer', 'bytesAll').median)} | |`,
    );
    out(
      `| Footprint ÷ MapLibre peer, KB in all | ${ratio(s('Footprint', 'bytesAll').median, s('MapLibre peer', 'bytesAll').median)} | |`,
    );
    out();
    out(
      `The map painted and answering (issue 21), against the peers: ${RUNS} cold loads each at full speed, ${SLOW_RUNS} with the CPU slowed ${SLOWDOWN}× (Chromium's CPU throttling), alternating; the cold loads took ${loadsTook.toFixed(0)} s, load average ${loadavg()[0]!.toFixed(1)}. Usable map: a pointermove sent every 25 ms to an STP's path until the map outlines it (\`[data-focused]\`), timed at the pointermove answered, never before the painted map; the Leaflet peer draws and answers in one task.`,
    );
    out();
    for (const line of paint2026Rows(loads, format)) out(line);
    out();
    for (const line of usableTable(loads, 'full speed')) out(line);
    out();
    for (const line of usableTable(slow, `CPU ${SLOWDOWN}× slower`)) out(line);
    // The early returns (--2026, --loads) skip the line after finally, so they record here.
    if (LOADS_ONLY) {
      out();
      out('`--loads`: cold loads only (no option switch, builder or size rows in this run).');
      return void (WRITE && record(lines));
    }
    const switches = {
      svg: await optionSwitches(browser, `${url}?renderer=svg`, SWITCHES),
      webgl: await optionSwitches(browser, `${url}?renderer=webgl`, SWITCHES),
    };
    const moves = {
      svg: await builderMoves(browser, `${url}?renderer=svg`, SWITCHES),
      webgl: await builderMoves(browser, `${url}?renderer=webgl`, SWITCHES),
    };
    const partMoves = {
      svg: await builderMoves(browser, `${url}?renderer=svg`, SWITCHES, CCG_MOVE),
      webgl: await builderMoves(browser, `${url}?renderer=webgl`, SWITCHES, CCG_MOVE),
    };
    const merges = await builderMerges(browser, mergeUrl, SWITCHES);
    out();
    out(
      `Option switch → repainted map and Regions table, ${SWITCHES} switches, reduced motion, ms median (min–max); target ≤ 16:`,
    );
    out();
    out('| renderer | option switch |');
    out('| --- | --- |');
    for (const [renderer, times] of Object.entries(switches))
      out(`| \`?renderer=${renderer}\` | ${ms(stats(times))} |`);
    out();
    out(
      `Builder: one reassignment (Lincolnshire, Midlands ↔ East of England), ${SWITCHES} of each, ms median (min–max); target ≤ 16:`,
    );
    out();
    out('| renderer | preview shown | accepted → map, Regions table and checks updated |');
    out('| --- | --- | --- |');
    for (const [renderer, m] of Object.entries(moves))
      out(`| \`?renderer=${renderer}\` | ${ms(stats(m.preview))} | ${ms(stats(m.accept))} |`);
    out();
    out(
      `Builder: one CCG moved on its own (Tameside and Glossop CCG, North West ↔ Midlands), ${SWITCHES} of each, ms median (min–max); target ≤ 16 with the SVG map:`,
    );
    out();
    out('| renderer | preview shown | accepted → map, Regions table and checks updated |');
    out('| --- | --- | --- |');
    for (const [renderer, m] of Object.entries(partMoves))
      out(`| \`?renderer=${renderer}\` | ${ms(stats(m.preview))} | ${ms(stats(m.accept))} |`);
    out();
    for (const line of mergeRows(merges, SWITCHES, format)) out(line);
    if (marks.every((m) => m === 'footprint:map-idle'))
      out(`\n(The \`renderer\` parameter may not exist yet: then both rows are MapLibre.)`);
    const first = firstPaintFiles(DIST, FIRST_PAINT);
    const all = geographySizes(DIST).defaultView;
    out();
    out(
      `dist/ by file sizes (gzip -9, KB): before the first painted map ${kb(total(first, 'gzip'))} (budget ${BUDGETS.firstPaintGzipKB}), all of the default view ${kb(total(all, 'gzip'))} (budget ${BUDGETS.allGzipKB}); npm run size lists the files.`,
    );
    // The builder's domain work per reassignment (Node, no browser; also npm run bench:builder).
    out();
    for (const line of builderBenchTable()) out(line);
  } finally {
    await browser.close();
    server.close();
  }
  if (WRITE) record(lines);
}

await main();
