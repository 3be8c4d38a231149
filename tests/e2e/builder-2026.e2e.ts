// A board member on England 2026 (issue 20): opens the geography by link, compares the 42 ICBs
// of 2023 with the 36 of April 2026 and reads Frimley's split and the merged ICBs, reads the
// districts split under each option in the scorecard, merges two ICBs in the builder and sees
// the preview, copies the link and reopens it (the same option), and opens the board pack for
// it. Axe in each state. The SVG map keeps the 108 areas quick to settle.
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {launchBrowser, openPagesClosedAfterEach, waitForMapIdle} from './browser';
import {axeViolations} from './axe';

let browser: Browser;
const openPage = openPagesClosedAfterEach();
const start = () =>
  `${inject('baseUrl')}?geography=england-2026&option=icbs-2026&compare=icbs-2023&renderer=svg`;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Merge two groups in the open builder under `name` and wait for the preview. */
async function previewMerge(page: Page, ids: [string, string], name: string) {
  for (const id of ids) await page.getByTestId(`merge-${id}`).check();
  await page.getByTestId('merge-name').fill(name);
  await page.getByTestId('merge-preview').click();
  await page.getByTestId('move-preview').waitFor();
}

describe('England 2026: compare, score, merge, share, print', () => {
  it('reads Frimley’s split and the merged ICBs, and the districts split under each option', async () => {
    const {page} = await openPage(browser, start());
    await waitForMapIdle(page, 60_000);
    const items = await page.getByTestId('compare-summary').locator('li').allTextContents();
    expect(items.find((s) => s.startsWith('Frimley is divided between 3 ICBs'))).toMatch(
      /Thames Valley.*Hampshire and Isle of Wight.*Surrey and Sussex/,
    );
    expect(items).toContain(
      'Surrey Heartlands and Sussex merge into Surrey and Sussex, taking in part of Frimley.',
    );
    await page.getByText('Scorecard: every option against the criteria').click();
    const row = page.getByTestId('scorecard-row-split-districts');
    await row.waitFor();
    const cells = await row.getByRole('cell').allTextContents();
    // One figure per option (42, 36, 26 and 7 groups): every one of them splits some district.
    expect(cells.length).toBeGreaterThanOrEqual(4);
    for (const cell of cells) expect(cell).toMatch(/^[1-9]\d*/);
    expect(await axeViolations(page)).toEqual([]);
  }, 120_000);

  it('merges two ICBs with a preview, shares the merged option by link and prints its board pack', async () => {
    const {page} = await openPage(browser, start());
    await waitForMapIdle(page, 60_000);
    await page.getByTestId('builder-start').click();
    await previewMerge(page, ['lincolnshire', 'derby-and-derbyshire'], 'East Midlands ICB');
    const merged = (await page.getByTestId('preview-lincolnshire').textContent()) ?? '';
    expect(merged).toContain('East Midlands ICB');
    expect(merged).toContain('local areas+1');
    expect(await page.getByTestId('preview-derby-and-derbyshire').textContent()).toContain(
      'local areas−1',
    );
    await page
      .getByTestId('group-tools')
      .screenshot({path: 'test-artifacts/builder-2026-merge-preview.png'});
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('move-accept').click();
    await expect
      .poll(() => page.getByTestId('builder-undo').textContent())
      .toBe('Undo: Merge: Lincolnshire + Derby and Derbyshire → East Midlands ICB');
    await page.getByText('Legend: 35 ICBs').waitFor();

    await page.getByRole('button', {name: 'Copy link'}).click();
    const link = await page.getByTestId('share-link').inputValue();
    expect(link.length).toBeLessThan(2000);
    const pack = await page.getByTestId('board-pack-link').getAttribute('href');
    await page.context().close();

    const again = (await openPage(browser, link)).page;
    await again.getByText('Legend: 35 ICBs').waitFor();
    await expect
      .poll(() => again.getByTestId('legend').textContent())
      .toContain('East Midlands ICB');
    expect(await again.getByTestId('legend').textContent()).not.toContain('Derby and Derbyshire');
    expect(await axeViolations(again)).toEqual([]);
    await again.context().close();

    const print = (
      await openPage(browser, new URL(pack!, link).toString(), {width: 1280, height: 900})
    ).page;
    const pages = print.getByTestId('board-pack-page');
    await pages.first().waitFor();
    const titles = await pages.locator('.fp-page__header h2').allTextContents();
    expect(titles.some((t) => t.includes('My option 1'))).toBe(true);
    expect(await print.getByText('East Midlands ICB').count()).toBeGreaterThan(0);
    expect(await axeViolations(print)).toEqual([]);
  }, 180_000);
});
