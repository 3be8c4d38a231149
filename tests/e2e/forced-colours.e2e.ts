// Windows high-contrast (forced colours): the keys to the map keep the map's colours, labels on
// the map stay readable, and the selected region is still marked; in Chromium.
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {launchBrowser, openPage, waitForMapIdle} from './browser';
import {driver} from './driver';

const MIDLANDS = '#ee8866';
const rgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = (await openPage(browser, `${inject('baseUrl')}?option=revised&compare=initial`)).page;
  await page.emulateMedia({forcedColors: 'active'});
  await waitForMapIdle(page);
});
afterAll(async () => browser?.close());

describe('forced colours', () => {
  it('is what the page is rendered with (the check can fail)', async () => {
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    // An element without the opt-out does lose its colour: proof that the checks below mean something.
    const forced = await page.evaluate((colour) => {
      const probe = document.createElement('span');
      probe.style.background = colour;
      probe.textContent = 'probe';
      document.body.append(probe);
      const bg = getComputedStyle(probe).backgroundColor;
      probe.remove();
      return bg;
    }, MIDLANDS);
    expect(forced).not.toBe(rgb(MIDLANDS));
  });

  it('keeps the legend swatches and the side-by-side maps in the map’s colours', async () => {
    const swatch = page
      .locator('[data-testid="legend"] li', {hasText: 'Midlands'})
      .locator('.fp-swatch');
    expect(await swatch.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(rgb(MIDLANDS));
    // SVG fills given as attributes survive forced colours anyway; the grey sea behind the
    // side maps (a CSS background) would not, so the maps opt out as a whole.
    const map = page.locator('[data-testid="side-map-B"] svg');
    expect(await map.evaluate((el) => getComputedStyle(el).forcedColorAdjust)).toBe('none');
    expect(await map.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      'rgb(232, 237, 238)',
    );
  });

  it('gives map labels a solid box and marks the selected region with an outline', async () => {
    const label = page.locator('.fp-region-label').first();
    expect(await label.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid');
    const midlands = page.locator('[data-testid="legend"]').getByRole('button', {name: /Midlands/});
    await midlands.click();
    await waitForMapIdle(page);
    expect(await midlands.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    await driver(page).screenshot('forced-colours');
  });
});
