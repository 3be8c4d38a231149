// Comparing England's 42 ICBs of 2023 with the 36 of April 2026 by link: the summary says in
// plain words which ICBs merge, which are divided and in what shares, and where Frimley's three
// pieces go (issue 20). The figures are checked against the data in the unit tests
// (group-changes-2026.test.ts); here, that a board member reads them on the page.
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {launchBrowser, openPagesClosedAfterEach, waitForMapIdle} from './browser';
import {axeViolations} from './axe';

let browser: Browser;
const openPage = openPagesClosedAfterEach();

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('comparing the 2023 ICBs with the 2026 ICBs', () => {
  it('says which ICBs merge, which are divided, and where Frimley’s pieces go', async () => {
    const {page} = await openPage(
      browser,
      `${inject('baseUrl')}?geography=england-2026&option=icbs-2026&compare=icbs-2023`,
    );
    // 108 units, a third of them hatched: the software-rendered map takes ~20 s to settle here,
    // and axe then reads a page with a long comparison table; hence the longer bounds.
    await waitForMapIdle(page, 60_000);
    const summary = page.getByTestId('compare-summary');
    await expect.poll(() => summary.locator('li').count()).toBeGreaterThan(0);
    await page.screenshot({path: 'test-artifacts/compare-2026.png'});
    expect(await summary.locator('h2').textContent()).toBe(
      'What changes from ICBs, 2023 to March 2026 to ICBs from 1 April 2026',
    );
    const items = await summary.locator('li').allTextContents();
    expect(items).toContain(
      'North Central London and North West London merge into West and North London.',
    );
    expect(items).toContain(
      'Surrey Heartlands and Sussex merge into Surrey and Sussex, taking in part of Frimley.',
    );
    const frimley = items.find((s) => s.startsWith('Frimley is divided between 3 ICBs: '));
    expect(frimley).toMatch(
      /^Frimley is divided between 3 ICBs: Slough, .* to Thames Valley; Rushmoor and Hart .* to Hampshire and Isle of Wight; and Surrey Heath, .* to Surrey and Sussex\.$/,
    );
    expect(items).toContain(
      'Hertfordshire and West Essex is divided between 2 ICBs: 78.6% (1,184,592 people) to Central East; and 21.4% (322,128 people) to Essex.',
    );
    expect(items).toContain(
      'Suffolk and North East Essex is divided between 2 ICBs: 65.3% (652,147 people) to Norfolk and Suffolk; and 34.7% (346,048 people) to Essex.',
    );
    expect(items.at(-1)).toBe('29 ICBs stay as they are.');
    expect(await axeViolations(page)).toEqual([]);
  }, 120_000);
});
