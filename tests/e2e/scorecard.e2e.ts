// The criteria scorecard in the built app (issue 12): opened from the analysis area, a changed
// threshold changes the flags at once and goes in the address, axe clean at 1280 and 360 px.
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {launchBrowser, openPage, waitForMapIdle} from './browser';
import {axeViolations} from './axe';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Opens the app, opens the scorecard by its summary, and waits for the table or the error. */
async function openScorecard(viewport?: {width: number; height: number}): Promise<Page> {
  const {page} = await openPage(browser, `${inject('baseUrl')}?option=revised`, viewport);
  await waitForMapIdle(page);
  await page.getByText('Scorecard: every option against the criteria').click();
  await page.locator('[data-testid=scorecard-table], [data-testid=scorecard-error]').first().waitFor();
  // Either is on screen now: read the error only if it is there (textContent would wait for it).
  const error = (await page.getByTestId('scorecard-error').count()) ? await page.getByTestId('scorecard-error').textContent() : null;
  expect(error, 'the scorecard was computed').toBeNull();
  return page;
}

const ratioFlags = (page: Page) => page.getByTestId('scorecard-row-population-ratio').getByTestId('scorecard-flag').count();

describe('scorecard', () => {
  it('lists every option, marks a best value per row, and re-flags at once when a threshold changes', async () => {
    const page = await openScorecard();
    const table = page.getByTestId('scorecard-table');
    expect(await table.getByTestId('scorecard-option').allTextContents()).toEqual(['Before (five regions)', 'Initial proposal', 'Revised proposal']);
    expect(await table.getByTestId('scorecard-row-population-ratio').getByTestId('scorecard-best').count()).toBeGreaterThan(0);
    // At the default 2.0, only Before (3.04×) is flagged.
    expect(await ratioFlags(page)).toBe(1);
    const ratio = page.getByLabel(/Largest population ratio/);
    await ratio.fill('100');
    await expect.poll(() => ratioFlags(page)).toBe(0);
    await ratio.fill('1');
    await expect.poll(() => ratioFlags(page)).toBe(3);
    // A screen reader hears the change from the polite live region.
    expect(await page.getByTestId('scorecard-flag-news').textContent()).toMatch(/^\d+ values now flagged\.$/);
    // The lowest containment names its region.
    expect(await table.getByTestId('scorecard-row-lowest-containment').getByRole('cell').first().textContent()).toMatch(/^\d+\.\d% \([A-Z][\w ]+\)/);
    expect(await page.getByTestId('scorecard-row-population-ratio').getByTestId('scorecard-flag').first().textContent()).toContain('Over 1.00×');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('ratio') === '1' && new URLSearchParams(location.search).get('scorecard') === '1');
  });

  it('states the trade-off in words beside the comparison, from the figures', async () => {
    const {page} = await openPage(browser, `${inject('baseUrl')}?option=revised&compare=initial&renderer=svg`);
    const tradeOff = page.getByTestId('scorecard-tradeoffs');
    await tradeOff.waitFor();
    const text = (await tradeOff.textContent()) ?? '';
    expect(text).toContain('Revised proposal has 34,002 fewer residents attributed to a trust outside their region than Initial proposal');
    // Region names come from the options compared: Initial's "east" is Central and East of England.
    expect(text).toContain('mostly in Midlands with 17,059 residents in East of England');
    await page.context().close();
  });

  it('is axe clean, and scrolls inside its labelled region at 360 px', async () => {
    const wide = await openScorecard();
    expect(await axeViolations(wide)).toEqual([]);
    const narrow = await openScorecard({width: 360, height: 740});
    expect(await axeViolations(narrow)).toEqual([]);
    const region = narrow.getByRole('region', {name: 'Every option against the criteria'});
    expect(await region.getAttribute('tabindex')).toBe('0');
    expect(await narrow.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});
