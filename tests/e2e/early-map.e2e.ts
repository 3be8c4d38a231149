// The prerendered map answers before the app's code arrives (issue 21): a hover outlines the
// area, a click selects it, the map's keys are kept, and all of it is applied when the app takes
// over. The app's code is held back (driver.holdAppCode) until the early input is done.
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {guardedContext, launchBrowser, openPage, waitForMapIdle} from './browser';
import {driver} from './driver';

const LINCOLNSHIRE = 'E54000013';
let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(async () => browser?.close());

/** `path` opened with the app's code held; resolves once the prerendered map is on the page. */
async function openHeld(
  path: string,
  viewport = {width: 1280, height: 800},
): Promise<{page: Page; release: () => void}> {
  const base = inject('baseUrl');
  const context = await guardedContext(browser, {viewport}, [new URL(base).origin]);
  const page = await context.newPage();
  const release = await driver(page).holdAppCode();
  await page.goto(`${base}${path}`, {waitUntil: 'domcontentloaded'});
  await page.locator('.fp-prerender svg.fp-svgmap').waitFor();
  return {page, release};
}

describe('the map before the app', () => {
  it('outlines a hovered area and selects a clicked one before the app code arrives, and the app applies the click', async () => {
    const {page, release} = await openHeld('?renderer=svg');
    await driver(page).clickArea(LINCOLNSHIRE);
    const early = page.locator('.fp-prerender svg.fp-svgmap');
    await early.locator(`[data-focused="${LINCOLNSHIRE}"]`).waitFor();
    await early.locator(`[data-selected="${LINCOLNSHIRE}"]`).waitFor();
    expect(
      await page.locator('[data-testid="map"]').count(),
      'the app has not taken over yet',
    ).toBe(0);
    release();
    await waitForMapIdle(page);
    // The app's selection (the details panel; the map's outline may be MapLibre's).
    await expect
      .poll(() => page.getByTestId('details-title').textContent())
      .toMatch(/Lincolnshire/);
    await page.context().close();
  });

  it("keeps the map's keys pressed before the app code arrives: the app gets the focus and the keys (Shift+arrow, Enter selects)", async () => {
    const {page, release} = await openHeld('?renderer=svg');
    await page.locator('.fp-prerender .fp-map').focus();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.fp-early-status').textContent())
      .toMatch(/still loading/);
    release();
    await waitForMapIdle(page);
    await page.getByTestId('details-title').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'map',
    );
    await page.context().close();
  });
});

describe('moving and choosing on the map before the app', () => {
  it('moves between areas with Shift+arrow before the app code arrives, as the app would, and the app keeps that area', async () => {
    const {page, release} = await openHeld('?renderer=svg');
    const d = driver(page);
    await page.locator('.fp-prerender .fp-map').focus();
    await page.keyboard.press('Shift+ArrowDown');
    const first = await d.earlyFocusedArea();
    await page.keyboard.press('Shift+ArrowRight');
    const reached = await d.earlyFocusedArea(first.code);
    expect(reached.name, 'the area has its name').not.toBe('');
    expect(await d.earlyStatus(), 'the move is read out').toContain(reached.name);
    release();
    await waitForMapIdle(page);
    // The app starts where the early map left off: that area is focused, and Enter selects it.
    await d.waitForMapFocus(reached.code);
    await page.keyboard.press('Enter');
    await expect.poll(() => d.detailsTitle()).toContain(reached.name);
    await page.context().close();
  });

  it("drops keys pressed on the hidden map of a link to another geography: its areas are not that page's", async () => {
    const base = inject('baseUrl');
    const context = await guardedContext(browser, {viewport: {width: 1280, height: 800}}, [
      new URL(base).origin,
    ]);
    const page = await context.newPage();
    const d = driver(page);
    const release = await d.holdAppCode();
    // Not the 2026 default option, so no early 2026 map: the HTML's 2018 map is hidden.
    await page.goto(`${base}?geography=england-2026&option=icbs-2023&renderer=svg`, {
      waitUntil: 'domcontentloaded',
    });
    await page.locator('.fp-prerender .fp-map').focus();
    await page.keyboard.press('Shift+ArrowDown');
    const early = await d.earlyFocusedArea();
    await page.keyboard.press('Enter');
    release();
    await waitForMapIdle(page);
    await page.getByText('Legend: 42 ICBs').waitFor();
    // A 2018 area selected on the 2026 page would show in the details panel and the link.
    await expect(page.getByTestId('details-title').count()).resolves.toBe(0);
    expect(page.url()).not.toContain(early.code);
    await page.context().close();
  });

  it('selects a region whose name was clicked before the app code arrived', async () => {
    const {page, release} = await openHeld('?renderer=svg');
    const d = driver(page);
    const [name] = await d.earlyRegionNames();
    await d.clickEarlyRegionLabel(name!);
    await expect.poll(() => d.earlyStatus()).toMatch(/still loading/);
    release();
    await waitForMapIdle(page);
    await expect.poll(() => d.detailsTitle()).toContain(name);
    expect(await d.isLegendRegionChosen(name!)).toBe(true);
    await page.context().close();
  });
});

describe("the map's place (fault 9)", () => {
  it.each([
    {width: 700, height: 600},
    {width: 1280, height: 800},
  ])("the embed's map keeps its place when the app takes over, at $width px", async (viewport) => {
    const {page, release} = await openHeld('embed.html?renderer=svg', viewport);
    const topOf = (selector: string) =>
      page.locator(selector).evaluate((el) => el.getBoundingClientRect().top);
    const before = await topOf('.fp-prerender .fp-map');
    release();
    await waitForMapIdle(page);
    expect(Math.abs((await topOf('[data-testid="map"]')) - before)).toBeLessThanOrEqual(2);
    await page.context().close();
  });

  it('the no-WebGL note covers no area of the map (it hid the tip of Cornwall)', async () => {
    const noGl = await launchBrowser(['--disable-webgl', '--disable-webgl2']);
    try {
      const {page} = await openPage(noGl, inject('baseUrl'));
      await waitForMapIdle(page);
      const overlaps = await page.getByTestId('map-note').evaluate((note) => {
        const n = note.getBoundingClientRect();
        return [...document.querySelectorAll('[data-testid="map"] path.fp-svgmap__area')]
          .filter((area) => {
            const a = area.getBoundingClientRect();
            return a.left < n.right && n.left < a.right && a.top < n.bottom && n.top < a.bottom;
          })
          .map((area) => area.getAttribute('data-code'));
      });
      expect(overlaps).toEqual([]);
    } finally {
      await noGl.close();
    }
  });
});
