// npx tsx scripts/bench-idle.ts DIST [DIST…]: only issue 21's rows of npm run bench (painted map and
// usable map against the Leaflet peer, MapLibre idle against the MapLibre peer), for one or more
// built apps, alternating between them and the peers in each run (the order rotating), so a
// loaded machine weighs on each alike. BENCH_SLOW_RUNS loads of each page with the CPU slowed 4×
// (default 5), then BENCH_RUNS at full speed (default 5). Prints medians (min–max), the ratios
// and the load average before and after; for the WebGL page also when the app's map box was drawn
// (`footprint:app-map`) and when the WebGL map replaced the SVG map on screen
// (`footprint:map-shown`; a build without that mark swaps at its first idle).
import {loadavg} from 'node:os';
import path from 'node:path';
import {launchBrowser} from '../tests/e2e/browser';
import {ROOT} from './lib/args';
import {buildPeers, serve} from './lib/bench-peers';
import {coldLoad, type LoadFigures, type PageSpec} from './lib/bench-measure';
import {ms, ratioRange, stats} from './lib/bench-format';
import {idleFloor} from './lib/bench-usable';

const SLOW_RUNS = Math.max(1, Number(process.env.BENCH_SLOW_RUNS ?? 5));
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const PAINT = ['footprint:first-map-paint', 'footprint:map-idle'];
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(', ');

type Page = {name: string; spec: PageSpec};

async function main(): Promise<void> {
  const dists = process.argv.slice(2);
  if (dists.length === 0) throw new Error('usage: bench-idle.ts DIST [DIST…]');
  const peers = buildPeers(path.resolve(ROOT, dists[0]!));
  const servers = await Promise.all(dists.map((d) => serve(path.resolve(ROOT, d), peers)));
  const pages: (Page & {log: (typeof servers)[number]['log']})[] = [
    {
      name: 'Leaflet peer',
      spec: {url: `${servers[0]!.url}peers/leaflet.html`, paintMarks: ['peer:first-map-paint']},
      log: servers[0]!.log,
    },
    {
      name: 'MapLibre peer',
      spec: {
        url: `${servers[0]!.url}peers/maplibre.html`,
        paintMarks: ['peer:first-map-paint'],
        idleMark: 'peer:map-idle',
        createdMark: 'peer:map-created',
      },
      log: servers[0]!.log,
    },
    ...dists.flatMap((d, i) => [
      {
        name: `${d} usable`,
        spec: {url: servers[i]!.url, paintMarks: PAINT, probeArea: 'E54000013'},
        log: servers[i]!.log,
      },
      {
        name: `${d} webgl`,
        spec: {
          url: `${servers[i]!.url}?renderer=webgl`,
          paintMarks: PAINT,
          idleMark: 'footprint:map-idle',
          createdMark: 'footprint:map-created',
          extraMarks: ['footprint:map-shown', 'footprint:app-map'],
        },
        log: servers[i]!.log,
      },
    ]),
  ];
  const browser = await launchBrowser();
  console.log(`Load average ${load()} at the start.`);
  try {
    for (const [slowdown, runs] of [
      [4, SLOW_RUNS],
      [1, RUNS],
    ] as const) {
      const loads = new Map<string, (LoadFigures & {extra: Record<string, number>})[]>(
        pages.map((p) => [p.name, []]),
      );
      for (let r = 0; r < runs; r++) {
        const order = pages.map((_, i) => pages[(i + r) % pages.length]!);
        for (const p of order)
          loads.get(p.name)!.push(await coldLoad(browser, p.spec, p.log, slowdown));
        process.stderr.write(`  CPU ×${slowdown} run ${r + 1}/${runs}, load ${load()}\n`);
      }
      const s = (name: string, key: keyof LoadFigures) =>
        stats(loads.get(name)!.map((l) => l[key]));
      const leaflet = s('Leaflet peer', 'firstPaint');
      const x = (d: string, mark: string) =>
        stats(loads.get(`${d} webgl`)!.map((l) => l.extra?.[mark] ?? NaN));
      // A build without the mark swaps its WebGL map in at its first idle.
      const shown = (d: string) =>
        stats(
          loads
            .get(`${d} webgl`)!
            .map((l) =>
              Number.isNaN(l.extra?.['footprint:map-shown'] ?? NaN)
                ? l.idle
                : l.extra!['footprint:map-shown']!,
            ),
        );
      const peerIdle = s('MapLibre peer', 'idle');
      console.log(
        `\nCPU ×${slowdown}, ${runs} cold loads each, ms median (min–max); load ${load()}`,
      );
      console.log(
        `Leaflet drawn ${ms(leaflet)}; MapLibre peer constructed ${ms(s('MapLibre peer', 'created'))}, idle ${ms(peerIdle)}`,
      );
      console.log(
        '| build | painted | ÷ Leaflet | usable | ÷ Leaflet | constructed | idle | ÷ peer idle | floor | app drawn | WebGL map shown | shown ÷ peer idle |',
      );
      console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
      for (const d of dists) {
        const painted = s(`${d} usable`, 'firstPaint');
        const usable = s(`${d} usable`, 'usable');
        const idle = s(`${d} webgl`, 'idle');
        const floor = idleFloor(loads.get(`${d} webgl`)!, loads.get('MapLibre peer')!);
        console.log(
          `| ${d} | ${ms(painted)} | ${ratioRange(painted, leaflet)} | ${ms(usable)} | ${ratioRange(usable, leaflet)} | ${ms(s(`${d} webgl`, 'created'))} | ${ms(idle)} | ${ratioRange(idle, peerIdle)} | ${floor ? ratioRange(floor.idle, peerIdle) : '—'} | ${ms(x(d, 'footprint:app-map'))} | ${ms(shown(d))} | ${ratioRange(shown(d), peerIdle)} |`,
        );
      }
    }
  } finally {
    await browser.close();
    for (const s of servers) s.server.close();
  }
  console.log(`\nLoad average ${load()} at the end.`);
}

await main();
