// The map's test hooks exist only under automation: a person's browser (navigator.webdriver
// false) gets no window.__footprint* globals, and the app still works.
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {guardedContext, launchBrowser, waitForMapIdle} from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const hookNames = () => Object.keys(window).filter((k) => k.startsWith('__footprint'));

describe('test hooks', () => {
  it('are there for the tests (under automation)', async () => {
    const page = await (await guardedContext(browser)).newPage();
    await page.goto(`${inject('baseUrl')}?option=revised&compare=initial&flows=1`);
    await waitForMapIdle(page);
    expect(await page.evaluate(() => navigator.webdriver)).toBe(true);
    expect((await page.evaluate(hookNames)).sort()).toEqual([
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
    expect(await page.evaluate(hookNames)).toEqual([]);
    expect(await page.getByTestId('compare-summary').textContent()).toContain('Northamptonshire');
    await page.context().close();
  });
});
