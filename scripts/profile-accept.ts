// npx tsx scripts/profile-accept.ts DIST [stp|ccg|merge] [COUNT]: where the builder's accept
// spends its time. Runs the bench's accepts (scripts/lib/bench-builder-ui.ts, SVG map) with
// Chromium's sampling profiler on during each accept only, and prints the functions with the
// most time, inclusive (the function and what it calls) and self. Build DIST with
// `--minify false` for readable names (component names are the function names).
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {Page} from 'playwright-core';
import {launchBrowser} from '../tests/e2e/browser';
import {ROOT} from './lib/args';
import {serve} from './lib/bench-peers';
import {ACCEPT_ONCE, CCG_MOVE, MERGE, PREVIEW_ONCE, STP_MOVE} from './lib/bench-builder-ui';
import {LINK_2026} from './lib/bench-2026';

interface Node {
  id: number;
  callFrame: {functionName: string; url: string; lineNumber: number};
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const inclusive = new Map<string, number>();
const self = new Map<string, number>();
let total = 0;

/** Adds one profile's samples: each sample's time to its own function (self) and, once, to
 * every function on its stack (inclusive). */
function add(p: Profile): void {
  const parent = new Map<number, number>();
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: Node) =>
    `${n.callFrame.functionName || '(anon)'} ${path.basename(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
  p.samples.forEach((id, i) => {
    const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
    total += dt;
    const leaf = byId.get(id)!;
    self.set(name(leaf), (self.get(name(leaf)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const k = name(byId.get(n)!);
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + dt);
    }
  });
}

// The bench's accept with the profiler on from the click until the bench's timer stops
// (console.profile in the page, so exactly the measured span); AFTER=1 keeps it on until the
// next frame has been drawn, to see the work that follows.
const AFTER = process.env.AFTER === '1';
const PROFILED_ACCEPT = ACCEPT_ONCE.replace(
  'start = performance.now();',
  "console.profile('accept'); window.__prof = {}; start = performance.now();",
)
  .replace(
    'changed[key] = true;',
    "if (!changed[key]) (window.__first = window.__first || []).push(key + ' ' + (performance.now() - start).toFixed(1)); changed[key] = true;",
  )
  .replace(
    'resolve(ms);',
    AFTER
      ? "window.__acc = window.__acc || []; window.__acc.push(window.__prof); requestAnimationFrame(() => setTimeout(() => { console.profileEnd('accept'); resolve(ms); }, 0));"
      : "window.__acc = window.__acc || []; window.__acc.push({...window.__prof}); const p = window.__prof; setTimeout(() => (window.__after = window.__after || []).push(p), 300); console.profileEnd('accept'); resolve(ms);",
  );

async function profiled(page: Page, cdp: Awaited<ReturnType<typeof cdpOf>>): Promise<number> {
  const finished = new Promise<Profile>((resolve) =>
    cdp.once('Profiler.consoleProfileFinished', (e) => resolve(e.profile as unknown as Profile)),
  );
  const ms = (await page.evaluate(PROFILED_ACCEPT)) as number;
  add(await finished);
  return ms;
}
const cdpOf = (page: Page) => page.context().newCDPSession(page);

async function main(): Promise<void> {
  const [dist, kind = 'ccg', countText = '20'] = process.argv.slice(2);
  if (!dist) throw new Error('usage: profile-accept.ts DIST [stp|ccg|merge] [COUNT]');
  const count = Number(countText);
  const browser = await launchBrowser();
  const {url, server} = await serve(
    path.resolve(ROOT, dist),
    mkdtempSync(path.join(tmpdir(), 'p-')),
  );
  const page = await (
    await browser.newContext({viewport: {width: 1280, height: 800}, reducedMotion: 'reduce'})
  ).newPage();
  const cdp = await cdpOf(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', {interval: 100});
  const times: number[] = [];
  try {
    await page.goto(
      kind === 'merge' ? `${url}${LINK_2026}&option=icbs-2023&renderer=svg` : `${url}?renderer=svg`,
    );
    await page.waitForSelector('[data-testid="map"][data-map-state="idle"]', {timeout: 60000});
    await page.getByTestId('builder-start').click();
    const move = kind === 'stp' ? STP_MOVE : CCG_MOVE;
    for (let i = 0; i < count; i++) {
      if (kind === 'merge') {
        for (const id of MERGE.ids) await page.getByTestId(`merge-${id}`).check();
        await page.getByTestId('merge-name').fill(MERGE.name);
        await page.getByTestId('merge-preview').click();
        await page.getByTestId('move-preview').locator('table').first().waitFor();
        times.push(await profiled(page, cdp));
        await page.getByTestId('builder-undo').click();
        await page.getByTestId(`merge-${MERGE.ids[1]}`).waitFor();
        await page.waitForSelector('[data-testid="map"][data-map-state="idle"]');
      } else {
        await page.getByTestId('move-area').selectOption(move.area);
        if (move.part) await page.getByTestId('move-part').selectOption(move.part);
        await page.evaluate(`(${PREVIEW_ONCE})(${JSON.stringify(move.regions[i % 2])})`);
        times.push(await profiled(page, cdp));
      }
    }
    // React's own render times (a build with react-dom/profiling and <Profiler>s), per accept.
    const acc = (await page.evaluate('window.__acc')) as Record<string, number>[] | undefined;
    const sum = new Map<string, number>();
    for (const a of acc ?? [])
      for (const [k, v] of Object.entries(a ?? {})) sum.set(k, (sum.get(k) ?? 0) + v);
    await page.waitForTimeout(400);
    const after = (await page.evaluate('window.__after')) as Record<string, number>[];
    const sumAfter = new Map<string, number>();
    for (const a of after ?? [])
      for (const [k, v] of Object.entries(a ?? {})) sumAfter.set(k, (sumAfter.get(k) ?? 0) + v);
    console.log(
      'React, the accept and what followed within 300 ms:',
      [...sumAfter]
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `${k} ${(v / count).toFixed(2)}`)
        .join(', '),
    );
    console.log(
      'first changes:',
      ((await page.evaluate('window.__first')) as string[]).slice(0, 12).join(' | '),
    );
    if (sum.size)
      console.log(
        'React <Profiler> actualDuration, ms per accept:',
        [...sum]
          .sort((a, b) => b[1] - a[1])
          .map(([k, v]) => `${k} ${(v / count).toFixed(2)}`)
          .join(', '),
      );
  } finally {
    await browser.close();
    server.close();
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    `${kind}: ${count} accepts, median ${sorted[Math.floor(count / 2)]!.toFixed(1)} ms; profiled ${(total / count).toFixed(1)} ms per accept`,
  );
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${(v / count).toFixed(2).padStart(7)} ms  ${k}`);
  console.log('\nInclusive, ms per accept:');
  top(inclusive, Number(process.env.TOP ?? 70)).forEach((l) => console.log(l));
  console.log('\nSelf, ms per accept:');
  top(self, 30).forEach((l) => console.log(l));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
