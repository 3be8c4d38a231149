// A link to England 2026 paints its map before the app's code (issue 20): first-paint.js adds
// first-paint-geography.js, which fetches the build's fragment of that geography's default map
// (dist/prerendered/<id>.html) and puts it in place of the HTML's 2018 map, which never shows;
// the early map script answers on it; the app then takes the map over. A link to another option
// keeps the app's drawing. The app's code is held (driver.holdAppCode), and every frame is
// watched for a visible 2018 map from navigation start.
import {readFileSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {guardedContext, launchBrowser, waitForMapIdle} from './browser';
import {ARTIFACTS, driver} from './driver';

interface OptionsFile {
  options: {
    id: string;
    regions: {id: string; colour: string}[];
    assignments: Record<string, string>;
  }[];
}
const options = (id: string) =>
  (JSON.parse(readFileSync(`data/${id}/options.json`, 'utf8')) as OptionsFile).options;
const manifest2026 = JSON.parse(readFileSync('data/england-2026/manifest.json', 'utf8')) as {
  defaultOption: string;
  tagline: string;
};
const start2026 = options('england-2026').find((o) => o.id === manifest2026.defaultOption)!;
const other2026 = options('england-2026').find((o) => o !== start2026)!;
const options2018 = options('england-2018').map((o) => o.id);
const units = Object.keys(start2026.assignments);
const LINK = '?geography=england-2026&renderer=svg';

let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(async () => browser?.close());

/** Records, at every frame from navigation start, the option of each visible SVG map (a map
 * with visibility:hidden does not count) into window.__seenMapOptions. */
const WATCH_MAPS = `(() => {
  const seen = (window.__seenMapOptions = new Set());
  const tick = () => {
    for (const svg of document.querySelectorAll('svg.fp-svgmap'))
      if (svg.querySelector('path.fp-svgmap__area') && getComputedStyle(svg).visibility !== 'hidden')
        seen.add(svg.getAttribute('data-option'));
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

/** `path` opened with the app's code held and every frame's visible maps recorded. */
async function openHeld(path: string): Promise<{page: Page; release: () => void}> {
  const base = inject('baseUrl');
  const context = await guardedContext(browser, {viewport: {width: 1280, height: 800}}, [
    new URL(base).origin,
  ]);
  const page = await context.newPage();
  await page.addInitScript(WATCH_MAPS);
  const release = await driver(page).holdAppCode();
  await page.goto(`${base}${path}`, {waitUntil: 'domcontentloaded'});
  return {page, release};
}

const seenOptions = (page: Page) =>
  page.evaluate(() => [...(window as unknown as {__seenMapOptions: Set<string>}).__seenMapOptions]);

describe('a link to England 2026 before the app', () => {
  it('paints the 2026 map from the fragment (108 units, the ICBs’ colours), never the 2018 one, and the app takes it over', async () => {
    const {page, release} = await openHeld(LINK);
    const early = page.locator('.fp-prerender [data-fp-geography="england-2026"] svg.fp-svgmap');
    await early.waitFor();
    const fills = await early
      .locator('path.fp-svgmap__area')
      .evaluateAll((paths) =>
        paths.map((p) => [p.getAttribute('data-code'), p.getAttribute('fill')]),
      );
    expect(fills.map(([code]) => code).sort()).toEqual([...units].sort());
    const colour = new Map(start2026.regions.map((r) => [r.id, r.colour]));
    for (const [code, fill] of fills)
      expect(fill?.toLowerCase(), code!).toBe(
        colour.get(start2026.assignments[code!]!)?.toLowerCase(),
      );
    // Every one of the option's groups is on the map, each unit in its group's colour (a palette
    // of a few colours, touching groups differing, so colours repeat).
    expect(new Set(fills.map(([code]) => start2026.assignments[code!])).size).toBe(
      start2026.regions.length,
    );
    await expect(early.isVisible()).resolves.toBe(true);
    await expect(page.locator('.fp-prerender .fp-header p').textContent()).resolves.toBe(
      manifest2026.tagline,
    );
    expect(await page.locator('[data-testid="map"]').count(), 'the app is held').toBe(0);
    await expect
      .poll(() =>
        page.evaluate(() => performance.getEntriesByName('footprint:first-map-paint').length),
      )
      .toBe(1);
    await page.screenshot({path: `${ARTIFACTS}/first-paint-2026-early.png`});
    // The unit's name, as the fragment's <title> gives it (the browser's hover text until the app).
    const code = units[0]!;
    const name = (await early.locator(`path[data-code="${code}"] title`).textContent())!;
    expect(name).not.toBe(code);
    const boxOf = () =>
      page
        .locator(`svg.fp-svgmap path.fp-svgmap__area[data-code="${code}"]`)
        .evaluate((p) => p.getBoundingClientRect().toJSON() as Record<string, number>);
    const before = await boxOf();
    release();
    await waitForMapIdle(page);
    // The app's map draws the unit where the fragment did: the same size, and no further off
    // than the 2018 map's own takeover moves its areas (~6 px up at 1280 × 800: the app's map box
    // is 11 px shorter than the prerendered one; not this fragment's doing).
    const after = await boxOf();
    for (const side of ['left', 'width', 'height'])
      expect(Math.abs(after[side]! - before[side]!), side).toBeLessThanOrEqual(2);
    expect(Math.abs(after.top! - before.top!)).toBeLessThanOrEqual(8);
    await page.screenshot({path: `${ARTIFACTS}/first-paint-2026-app.png`});
    await driver(page).hoverArea(code);
    await expect.poll(() => page.locator('.fp-tooltip').textContent()).toContain(name);
    expect((await seenOptions(page)).filter((o) => options2018.includes(o))).toEqual([]);
    await page.context().close();
  });

  it('the early map answers on the 2026 map: a clicked unit is outlined at once and selected when the app comes', async () => {
    const {page, release} = await openHeld(LINK);
    const early = page.locator('.fp-prerender [data-fp-geography="england-2026"] svg.fp-svgmap');
    await early.waitFor();
    const code = units[0]!;
    const name = (await early.locator(`path[data-code="${code}"] title`).textContent())!;
    await driver(page).clickArea(code);
    await early.locator(`[data-selected="${code}"]`).waitFor();
    release();
    await waitForMapIdle(page);
    await expect.poll(() => page.getByTestId('details-title').textContent()).toBe(name);
    await page.context().close();
  });

  it('keeps the app’s drawing for a link to another option: no fragment, and still no 2018 map', async () => {
    const {page, release} = await openHeld(`${LINK}&option=${other2026.id}`);
    await page.locator('.fp-prerender svg.fp-svgmap').first().waitFor({state: 'attached'});
    release();
    await waitForMapIdle(page);
    const asked = await page.evaluate(() =>
      performance.getEntriesByType('resource').filter((e) => e.name.includes('/prerendered/')),
    );
    expect(asked).toEqual([]);
    expect(await seenOptions(page)).toEqual([other2026.id]);
    await page.context().close();
  });
});
