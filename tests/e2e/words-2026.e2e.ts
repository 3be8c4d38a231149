// Issue 20: the England 2026 page, comparing the 2026 ICBs with the 2025 clusters, names groups
// by the options' own nouns in the comparison table and the Regions table (no "region"), and
// tags the unconfirmed clusters. Saves a screenshot of the view to look at.
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {launchBrowser, openPage, waitForMapIdle} from './browser';
import {ARTIFACTS} from './driver';

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
      await regionsTable.scrollIntoViewIfNeeded();
      await page.screenshot({path: `${ARTIFACTS}/words-2026.png`});
    } finally {
      await page.context().close();
    }
  });
});
