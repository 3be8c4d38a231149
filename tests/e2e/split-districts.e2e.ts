// Issue 21, fault 10: the scorecard says which districts each option splits, with the residents
// on each side, on both geographies, in the option's own word for its groups.
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {launchBrowser, openPage, waitForMapIdle} from './browser';
import {driver} from './driver';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function splitsOn(query: string) {
  const opened = await openPage(browser, `${inject('baseUrl')}?${query}`, {
    width: 1280,
    height: 900,
  });
  await waitForMapIdle(opened.page);
  const splits = await driver(opened.page).splitDistricts();
  await opened.page.getByTestId('split-districts').scrollIntoViewIfNeeded();
  return {splits, opened};
}

describe('which districts each option splits', () => {
  it("England 2026: one line per option in its groups' words, and the districts listed with residents on each side", async () => {
    const {splits, opened} = await splitsOn('geography=england-2026&scorecard=1');
    expect(splits.summaries).toHaveLength(4);
    expect(splits.summaries.some((s) => /split between clusters$/.test(s))).toBe(true);
    expect(
      splits.summaries.some(
        (s) => /split between regions/.test(s) && !s.startsWith('NHS England regions'),
      ),
    ).toBe(false);
    expect(splits.firstListed.length).toBeGreaterThan(0);
    for (const line of splits.firstListed)
      expect(line).toMatch(/^[^:]+: .+ [\d,]+(; .+ [\d,]+)+ residents$/);
    await opened.page.screenshot({path: 'test-artifacts/split-districts-2026.png'});
    expect(opened.consoleErrors).toEqual([]);
  }, 90_000);

  it('England 2018: the same list, between regions', async () => {
    const {splits, opened} = await splitsOn('scorecard=1');
    expect(splits.summaries.length).toBeGreaterThanOrEqual(3);
    expect(splits.summaries.every((s) => /districts? split between regions\.?$/.test(s))).toBe(
      true,
    );
    expect(splits.firstListed.length).toBeGreaterThan(0);
    expect(opened.consoleErrors).toEqual([]);
  }, 90_000);
});
