// Issue 20: the England 2026 page, comparing the 2026 ICBs with the 2025 clusters, names groups
// by the options' own nouns in the comparison table and the Regions table (no "region"), and
// tags the unconfirmed clusters. Saves a screenshot of the view to look at.
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {launchBrowser, openPage, waitForMapIdle} from './browser';
import {ARTIFACTS, driver} from './driver';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('England 2026 words', () => {
  it('comparing ICBs 2026 with the clusters: ICB or cluster, never region, unconfirmed clusters tagged', async () => {
    const {page} = await openPage(
      browser,
      `${inject('baseUrl')}?geography=england-2026&option=clusters-2025&compare=icbs-2026&renderer=svg`,
      {width: 1280, height: 900},
    );
    try {
      await waitForMapIdle(page);
      const table = page.getByTestId('comparison-table');
      await table.waitFor();
      const caption = await table.locator('caption').textContent();
      expect(caption).toMatch(/^ICBs or clusters: /);
      const regionsTable = page.getByTestId('regions-table');
      const text = await regionsTable.evaluate((el) => el.textContent ?? '');
      expect(text).toMatch(/Cluster/);
      expect(await regionsTable.getByTestId('uncertain-tag').count()).toBeGreaterThan(0);
      // The analysis headings and the comparison chart: the options' nouns, never "region".
      expect(await page.locator('#fp-analysis-title').textContent()).toBe(
        'ICBs or clusters in numbers',
      );
      expect(await page.locator('#fp-region-charts').textContent()).toBe('Clusters in charts');
      const chart = page.getByTestId('compare-chart');
      expect(await chart.locator('h3').first().textContent()).toBe(
        'ICB or cluster by ICB or cluster',
      );
      expect(await chart.textContent()).toContain('in the ICB or cluster’s colour');
      expect(await chart.textContent()).not.toMatch(/\bregions?\b/i);
      await regionsTable.scrollIntoViewIfNeeded();
      await page.screenshot({path: `${ARTIFACTS}/words-2026.png`});
    } finally {
      await page.context().close();
    }
  });

  it('the builder and the board pack on the clusters: "cluster", and the unconfirmed ones tagged', async () => {
    const {page} = await openPage(
      browser,
      `${inject('baseUrl')}?geography=england-2026&option=clusters-2025&renderer=svg`,
      {width: 1280, height: 900},
    );
    try {
      await waitForMapIdle(page);
      await driver(page).startBuilder();
      const builder = page.getByTestId('builder');
      await builder.getByRole('button', {name: 'Add cluster'}).waitFor();
      await builder.getByLabel('New cluster', {exact: true}).waitFor();
      expect(await page.getByTestId('builder-balance').textContent()).toMatch(
        /^The largest cluster, /,
      );
      await builder.screenshot({path: `${ARTIFACTS}/words-2026-builder.png`});
      await driver(page).copyLink();
      const pack = await page.getByTestId('board-pack-link').getAttribute('href');
      await page.goto(new URL(pack!, page.url()).toString());
      const clusters = page
        .getByTestId('board-pack-page')
        .filter({has: page.getByRole('heading', {name: /2025 leadership clusters/})});
      await clusters.waitFor();
      expect(await clusters.locator('thead th').first().textContent()).toBe('Cluster');
      expect(await clusters.getByTestId('uncertain-tag').count()).toBeGreaterThan(0);
      expect(
        await page.getByTestId('board-pack-charts').first().locator('h2').textContent(),
      ).toMatch(/^ICBs, clusters or regions at a glance/);
      await clusters.screenshot({path: `${ARTIFACTS}/words-2026-board-pack.png`});
    } finally {
      await page.context().close();
    }
  }, 120_000);
});
