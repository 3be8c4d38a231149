// The map's test hooks exist only under automation: a person's browser (navigator.webdriver
// false) gets no test-hook globals (named by src/map/window-names.ts), and the app still works.
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {guardedContext, launchBrowser, waitForMapIdle} from './browser';
import {EARLY_QUEUE, TEST_HOOK_PREFIX} from '../../src/map/window-names';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** The page's globals named as test hooks are (the one rule, window-names.ts). */
const hookNames = (page: Page) =>
  page.evaluate(
    (prefix) => Object.keys(window).filter((k) => k.startsWith(prefix)),
    TEST_HOOK_PREFIX,
  );

describe('test hooks', () => {
  it('are there for the tests (under automation)', async () => {
    const page = await (await guardedContext(browser)).newPage();
    await page.goto(`${inject('baseUrl')}?option=revised&compare=initial&flows=1`);
    await waitForMapIdle(page);
    expect(await page.evaluate(() => navigator.webdriver)).toBe(true);
    expect((await hookNames(page)).sort()).toEqual([
      '__footprintChanges',
      '__footprintFlows',
      '__footprintMap',
      '__footprintSplit',
    ]);
    await page.context().close();
  });

  it('are absent in a browser that is not automated, which still draws the map', async () => {
    const page = await (await guardedContext(browser)).newPage();
    await page.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'webdriver', {get: () => false}),
    );
    await page.goto(`${inject('baseUrl')}?option=revised&compare=initial&flows=1`);
    await waitForMapIdle(page);
    expect(await page.evaluate(() => navigator.webdriver)).toBe(false);
    expect(await hookNames(page)).toEqual([]);
    // The early map's queue is on every page: a global of the app's, not a test hook.
    expect(await page.evaluate((name) => name in window, EARLY_QUEUE)).toBe(true);
    expect(await page.getByTestId('compare-summary').textContent()).toContain('Northamptonshire');
    await page.context().close();
  });
});
