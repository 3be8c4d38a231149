// npm run bench: prints speed and size figures for the built app (dist/). Figures, not
// assertions: compare them against the targets in README.md and against earlier runs.
import {readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {preview} from 'vite';
import {launchBrowser} from '../tests/e2e/browser';

const RUNS = Number(process.env.BENCH_RUNS ?? 6);

function sizes(): void {
  const dir = 'dist/assets';
  const rows = readdirSync(dir)
    .map((f) => {
      const buf = readFileSync(path.join(dir, f));
      return {file: f.replace(/-[\w-]{8}\./, '.'), kb: statSync(path.join(dir, f)).size / 1024, gz: gzipSync(buf).length / 1024};
    })
    .sort((a, b) => b.kb - a.kb);
  console.log('\nAsset sizes (KB, raw / gzip)');
  for (const r of rows) console.log(`  ${r.file.padEnd(34)} ${r.kb.toFixed(1).padStart(8)} ${r.gz.toFixed(1).padStart(8)}`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timings(url: string): Promise<void> {
  const browser = await launchBrowser();
  const firstIdle: number[] = [];
  const fcp: number[] = [];
  const switchMs: number[] = [];
  const switchReducedMs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    // Odd runs ask for reduced motion: option switches then skip the 1.1 s colour fade, so the
    // figure is the work itself rather than the animation.
    const reduced = i % 2 === 1;
    const context = await browser.newContext({viewport: {width: 1280, height: 800}, reducedMotion: reduced ? 'reduce' : 'no-preference'});
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('[data-testid="map"][data-map-state="idle"]', {timeout: 60000});
    const t = await page.evaluate(() => ({
      idle: performance.getEntriesByName('footprint:map-idle')[0]?.startTime ?? NaN,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    }));
    firstIdle.push(t.idle);
    fcp.push(t.fcp);
    const start = Date.now();
    await page.getByRole('radio', {name: 'Initial proposal'}).check();
    await page.waitForSelector('[data-testid="map"][data-map-state="idle"]');
    (reduced ? switchReducedMs : switchMs).push(Date.now() - start);
    await context.close();
  }
  await browser.close();
  console.log(`\nTimings over ${RUNS} cold page loads (median, ms; software WebGL on this machine)`);
  console.log(`  first contentful paint          ${median(fcp).toFixed(0).padStart(6)}`);
  console.log(`  map drawn (first idle)           ${median(firstIdle).toFixed(0).padStart(6)}   peers: Leaflet ~260, MapLibre ~1,230`);
  console.log(`  option switch to idle (with fade) ${median(switchMs).toFixed(0).padStart(6)}`);
  if (switchReducedMs.length) console.log(`  option switch, reduced motion     ${median(switchReducedMs).toFixed(0).padStart(6)}`);
}

const server = await preview({preview: {port: 0, host: '127.0.0.1'}, logLevel: 'warn'});
try {
  sizes();
  await timings(server.resolvedUrls!.local[0]!);
} finally {
  await server.close();
}
