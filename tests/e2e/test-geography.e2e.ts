// The seam of issue 19: a geography is data. The tests' own made-up geography (a grid of 196
// cells in five regions, built by `npm run data` into tests/fixtures/geographies/test-grid/ and
// served beside the page) opens from a link and works through the whole app; nothing in src/
// names it. Its words ("cell", "ward", "Gridland") come from its manifest.
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {launchBrowser, openPagesClosedAfterEach, waitForMapIdle} from './browser';

let browser: Browser;
const openPage = openPagesClosedAfterEach();
const base = () => inject('baseUrl');

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function openGrid(query = ''): Promise<Page> {
  const {page} = await openPage(browser, `${base()}?geography=test-grid${query}`);
  await waitForMapIdle(page);
  return page;
}

describe('the test geography', () => {
  it('opens from its link with its own words, options and regions', async () => {
    const page = await openGrid();
    await page.screenshot({path: 'test-artifacts/test-geography.png'});
    expect(await page.locator('.fp-header p').textContent()).toBe('A made-up grid of cells for the tests');
    expect(await page.getByTestId('map').getAttribute('aria-label')).toMatch(/cells coloured by region, Five bands/);
  });
});
