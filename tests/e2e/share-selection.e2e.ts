// Regression: a view zoomed to a chosen region must survive Copy link: the zoom to the
// selection is saved as the view, so the link opens exactly where the user was looking.
import {afterAll, beforeAll, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {launchBrowser, openPage, waitForMapIdle} from './browser';

type MapProbe = {__footprintMap: {zoom(): number; center(): [number, number]}};
const view = (p: Page) =>
  p.evaluate(() => {
    const m = (window as never as MapProbe).__footprintMap;
    return {zoom: m.zoom(), center: m.center()};
  });

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

it('a link copied after choosing a region (having panned before) opens on that region', async () => {
  const {page} = await openPage(browser, inject('baseUrl'));
  await waitForMapIdle(page);
  const england = await view(page);
  // Pan first, so the store holds a user view that would otherwise travel in the link.
  const box = (await page.getByTestId('map').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 60, {steps: 5});
  await page.mouse.up();
  await page.waitForFunction(() => location.search.includes('view='));
  await waitForMapIdle(page);

  await page
    .locator('[data-testid="legend"]')
    .getByRole('button', {name: /Midlands/})
    .click();
  await waitForMapIdle(page);
  const seen = await view(page);
  expect(seen.zoom).toBeGreaterThan(england.zoom + 0.5);
  await page.getByRole('button', {name: 'Copy link'}).click();
  const link = await page.getByTestId('share-link').inputValue();
  expect(link).toContain('region=midlands');
  expect(link).toMatch(/view=[\d.]+%2C-?[\d.]+%2C[\d.]+/);

  const other = await openPage(browser, link);
  await waitForMapIdle(other.page);
  const opened = await view(other.page);
  expect(Math.abs(opened.zoom - seen.zoom)).toBeLessThan(0.05);
  expect(Math.abs(opened.center[0] - seen.center[0])).toBeLessThan(0.01);
  expect(Math.abs(opened.center[1] - seen.center[1])).toBeLessThan(0.01);
  await other.page.context().close();
  await page.context().close();
});
