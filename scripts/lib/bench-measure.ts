// npm run bench's measurements in headless Chromium: one cold page load (a new browser context,
// so an empty cache), and option switches. Times are from the page's own clock.
import type {Browser, Page} from 'playwright-core';
import type {Sent} from './bench-peers';

export interface LoadFigures {
  /** ms from navigation start to the first painted map (a performance mark). */
  firstPaint: number;
  /** ms to MapLibre's first `idle`, NaN where the page has none. */
  idle: number;
  /** ms to the MapLibre map's construction (`createdMark`), NaN where the page has none. */
  created: number;
  /** Bytes sent by the server (headers and gzip bodies) in responses finished before the first painted map. */
  bytesBeforePaint: number;
  /** Bytes transferred until the network was quiet after the map was drawn. */
  bytesAll: number;
  /** ms to the map answering a hover (USABLE_PROBE), never before the first painted map; for a
   * page without the probe (the peers draw and answer in the same task), the first painted map. */
  usable: number;
}

export interface PageSpec {
  url: string;
  /** Marks to try for the first painted map, first found wins. */
  paintMarks: string[];
  idleMark?: string;
  /** Marked just before the page constructs its MapLibre map. */
  createdMark?: string;
  /** An area code the usable-map probe hovers (Footprint's SVG map); none: usable = painted. */
  probeArea?: string;
  /** Further marks to read after the idle (bench-idle.ts: `extra`, ms; NaN where missing). */
  extraMarks?: string[];
  /** Run LIVE_MAP_PROBE in the page (its mark `bench:live-map-paint` can then be a paint mark). */
  liveMapProbe?: boolean;
}

/**
 * The live-map probe, run in the page from navigation start: at each animation frame it looks
 * for a visible SVG map (an area path in an svg.fp-svgmap that is not visibility:hidden: the
 * app's own, or the linked geography's prerendered fragment that first-paint.js puts in place)
 * and marks `bench:live-map-paint` in the first frame that has one: the frame that puts it on
 * screen, timed as the Leaflet peer times its own (a mark in the frame after the polygons are in
 * the page). For a link to another geography, whose HTML hides its prerendered default map, this
 * is the first painted map, whatever the page marks.
 */
export const LIVE_MAP_PROBE = `(() => {
  const tick = () => {
    const live = Array.from(document.querySelectorAll('svg.fp-svgmap')).some((s) => s.querySelector('path.fp-svgmap__area') && getComputedStyle(s).visibility !== 'hidden');
    if (live) return void performance.mark('bench:live-map-paint');
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

/**
 * The usable-map probe, run in the page from navigation start (a string: tsx's name helpers
 * must not leak into the page). Every 25 ms it checks whether the map shows the hover outline
 * (`[data-focused=code]` in the SVG map: what the app, and the prerendered map's early script,
 * draw for a hovered area); if not, it sends a pointermove to the area's path (the first one
 * in the page) and notes the time. The mark `bench:map-usable` is the time of the pointermove
 * that was answered: the map answered within one 25 ms step of it.
 */
const USABLE_PROBE = (code: string) => `(() => {
  let sent = NaN;
  const tick = () => {
    if (document.querySelector('svg.fp-svgmap [data-focused="${code}"]')) return void performance.mark('bench:map-usable', {startTime: sent});
    const area = document.querySelector('svg.fp-svgmap path.fp-svgmap__area[data-code="${code}"]');
    if (area) {
      sent = performance.now();
      area.dispatchEvent(new PointerEvent('pointermove', {bubbles: true, pointerType: 'mouse'}));
    }
    setTimeout(tick, 25);
  };
  setTimeout(tick, 0);
})()`;

/** Waits for the first of `names` to be marked; returns its name and wall-clock time (ms since epoch) and page time. */
async function waitForMark(
  page: Page,
  names: string[],
  timeout: number,
): Promise<{name: string; at: number; wall: number}> {
  const found = await page.waitForFunction(
    (marks) => {
      for (const name of marks) {
        // A mark, or a paint entry ('first-contentful-paint') for a page with no script.
        const entry = performance
          .getEntriesByName(name)
          .find((e) => e.entryType === 'mark' || e.entryType === 'paint');
        if (entry)
          return {name, at: entry.startTime, wall: performance.timeOrigin + entry.startTime};
      }
      return null;
    },
    names,
    {timeout, polling: 50},
  );
  return (await found.jsonValue())!;
}

/**
 * One cold load of `spec.url`; `usedMark` says which paint mark the page had. `sent` is the
 * server's log of responses (bench-peers.ts serve()), emptied here: loads must not overlap.
 */
export async function coldLoad(
  browser: Browser,
  spec: PageSpec,
  sent: Sent[],
  cpuSlowdown = 1,
): Promise<LoadFigures & {usedMark: string; extra: Record<string, number>}> {
  const context = await browser.newContext({
    viewport: {width: 1280, height: 800},
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  sent.length = 0;
  try {
    // Chromium's CPU throttling: every task in the page runs `cpuSlowdown` times slower.
    if (cpuSlowdown > 1)
      await (
        await context.newCDPSession(page)
      ).send('Emulation.setCPUThrottlingRate', {rate: cpuSlowdown});
    if (spec.probeArea) await page.addInitScript(USABLE_PROBE(spec.probeArea));
    if (spec.liveMapProbe) await page.addInitScript(LIVE_MAP_PROBE);
    await page.goto(spec.url);
    const paint = await waitForMark(page, spec.paintMarks, 60000);
    const idle = spec.idleMark ? (await waitForMark(page, [spec.idleMark], 60000)).at : NaN;
    const created = spec.createdMark
      ? (await waitForMark(page, [spec.createdMark], 60000)).at
      : NaN;
    const usable = spec.probeArea
      ? Math.max(paint.at, (await waitForMark(page, ['bench:map-usable'], 60000)).at)
      : paint.at;
    const extra: Record<string, number> = {};
    for (const name of spec.extraMarks ?? [])
      extra[name] = await waitForMark(page, [name], 30000).then(
        (m) => m.at,
        () => NaN,
      );
    await page.waitForLoadState('networkidle');
    const sum = (ts: Sent[]) => ts.reduce((s, t) => s + t.bytes, 0);
    return {
      firstPaint: paint.at,
      idle,
      created,
      extra,
      bytesBeforePaint: sum(sent.filter((t) => t.end <= paint.wall)),
      bytesAll: sum(sent),
      usable,
      usedMark: paint.name,
    };
  } finally {
    await context.close();
  }
}

/**
 * Option switches on Footprint (reduced motion): each click on the next option's radio, timed
 * in the page from the click until the map's element and the Regions table have both changed
 * and the map reports data-map-state="idle" (MapLibre: its `idle`, i.e. repainted). Returns ms.
 */
export async function optionSwitches(
  browser: Browser,
  url: string,
  count: number,
): Promise<number[]> {
  const context = await browser.newContext({
    viewport: {width: 1280, height: 800},
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForSelector('[data-testid="map"][data-map-state="idle"]', {timeout: 60000});
    await page.waitForSelector('[data-testid="regions-table"]', {timeout: 60000});
    const times: number[] = [];
    for (let i = 0; i < count; i++) times.push(await page.evaluate(SWITCH_ONCE));
    return times;
  } finally {
    await context.close();
  }
}

// A string, not a function: tsx's name helpers must not leak into the page.
const SWITCH_ONCE = `new Promise((resolve, reject) => {
  const map = document.querySelector('[data-testid="map"]');
  const table = document.querySelector('[data-testid="regions-table"]');
  const radios = Array.from(document.querySelectorAll('input[name="fp-option"]'));
  const next = radios[(radios.findIndex((r) => r.checked) + 1) % radios.length];
  let mapChanged = false, tableChanged = false, start = 0;
  const done = () => {
    if (!(mapChanged && tableChanged && map.dataset.mapState === 'idle')) return;
    const ms = performance.now() - start;
    observers.forEach((o) => o.disconnect());
    clearTimeout(timer);
    resolve(ms);
  };
  const watch = (el, flag) => { const o = new MutationObserver(() => { flag(); done(); }); o.observe(el, {subtree: true, childList: true, attributes: true, characterData: true}); return o; };
  const observers = [watch(map, () => (mapChanged = true)), watch(table, () => (tableChanged = true))];
  const timer = setTimeout(() => { observers.forEach((o) => o.disconnect()); reject(new Error('option switch: no repaint within 10 s')); }, 10000);
  start = performance.now();
  next.click();
})`;
