// npx tsx scripts/bench-accept.ts DIST [DIST…]: only the builder's accept rows of npm run bench
// (SVG map: STP move, CCG move, England 2026 merge), for one or more built apps, alternating
// between them in rounds so that a loaded machine weighs on each alike. BENCH_SWITCHES accepts
// per row in all (default 50), split over BENCH_ROUNDS rounds (default 5). Prints the medians
// (min–max), the ratio of each build to the first, and the load average before and after.
import {mkdtempSync} from 'node:fs';
import {loadavg, tmpdir} from 'node:os';
import path from 'node:path';
import {launchBrowser} from '../tests/e2e/browser';
import {ROOT} from './lib/args';
import {serve} from './lib/bench-peers';
import {builderMerges, builderMoves, CCG_MOVE, STP_MOVE} from './lib/bench-builder-ui';
import {ms, stats} from './lib/bench-format';
import {LINK_2026} from './lib/bench-2026';

const SWITCHES = Math.max(1, Number(process.env.BENCH_SWITCHES ?? 50));
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 5));
const ROWS = ['STP move', 'CCG move', '2026 merge'] as const;

const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(', ');

async function main(): Promise<void> {
  const dists = process.argv.slice(2);
  if (dists.length === 0) throw new Error('usage: bench-accept.ts DIST [DIST…]');
  const browser = await launchBrowser();
  const empty = mkdtempSync(path.join(tmpdir(), 'bench-accept-'));
  const servers = await Promise.all(dists.map((d) => serve(path.resolve(ROOT, d), empty)));
  const times = dists.map(() => ROWS.map((): number[] => []));
  const per = Math.ceil(SWITCHES / ROUNDS);
  console.log(`Load average ${load()} at the start.`);
  try {
    for (let r = 0; r < ROUNDS; r++) {
      // Rotate the order each round so no build always goes first.
      const order = dists.map((_, i) => (i + r) % dists.length);
      for (const i of order) {
        const url = `${servers[i]!.url}?renderer=svg`;
        const [stp, ccg] = [
          await builderMoves(browser, url, per, STP_MOVE),
          await builderMoves(browser, url, per, CCG_MOVE),
        ];
        const merge = await builderMerges(
          browser,
          `${servers[i]!.url}${LINK_2026}&option=icbs-2023&renderer=svg`,
          per,
        );
        times[i]![0]!.push(...stp.accept);
        times[i]![1]!.push(...ccg.accept);
        times[i]![2]!.push(...merge);
      }
      process.stderr.write(`  round ${r + 1}/${ROUNDS}, load ${load()}\n`);
    }
  } finally {
    await browser.close();
    for (const s of servers) s.server.close();
  }
  console.log(`\nAccept, SVG map, ${per * ROUNDS} per row, ms median (min–max):\n`);
  console.log(`| build | ${ROWS.join(' | ')} |`);
  console.log(`| --- | ${ROWS.map(() => '---').join(' | ')} |`);
  dists.forEach((d, i) => {
    const cells = ROWS.map((_, k) => {
      const s = stats(times[i]![k]!);
      const base = stats(times[0]![k]!).median;
      return i === 0 ? ms(s) : `${ms(s)} (${(s.median / base).toFixed(2)}×)`;
    });
    console.log(`| ${d} | ${cells.join(' | ')} |`);
  });
  console.log(`\nLoad average ${load()} at the end.`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
