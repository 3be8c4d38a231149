// The builder's preview card at 1280 px leaves the moved area and its neighbours in view (a
// newcomer: it covered about half the map, 47% measured, the moved area's eastern neighbour
// with it).
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {launchBrowser, openPagesClosedAfterEach, waitForMapIdle} from './browser';
import {driver} from './driver';

let browser: Browser;
const openPage = openPagesClosedAfterEach();
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

type Rect = {x: number; y: number; width: number; height: number};
const overlap = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

describe('the preview card', () => {
  it('covers at most a third of the map at 1280 px, and less than half the moved area', async () => {
    const {page} = await openPage(browser, `${inject('baseUrl')}?option=revised&renderer=svg`, {
      width: 1280,
      height: 800,
    });
    await waitForMapIdle(page);
    await page.getByTestId('builder-start').click();
    await driver(page).previewAreaMove('Lincolnshire', 'east');
    await waitForMapIdle(page);
    const map = (await page.getByTestId('map').boundingBox())!;
    const card = (await page.locator('.fp-move-menu').boundingBox())!;
    const area = (await page
      .locator('[data-testid="map"] path[data-code="E54000013"]')
      .first()
      .boundingBox())!;
    await page.getByTestId('map').screenshot({path: 'test-artifacts/preview-card-1280.png'});
    const covered = {
      map: overlap(card, map) / (map.width * map.height),
      area: overlap(card, area) / (area.width * area.height),
    };
    // Measured: 47% of the map and 63% of Lincolnshire's box before; 31% and 41% now.
    expect(covered.map, JSON.stringify(covered)).toBeLessThanOrEqual(1 / 3);
    expect(covered.area, JSON.stringify(covered)).toBeLessThan(0.5);
  });
});
