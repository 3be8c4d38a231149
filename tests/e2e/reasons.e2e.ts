// The board paper's reasons, shown next to the change they explain: in the comparison summary,
// in the STP's details, in presenter mode and on the board pack; in Chromium.
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {launchBrowser, openPage, waitForMapIdle} from './browser';
import {driver} from './driver';

const WHY = 'Why the revised proposal puts Northamptonshire in the Midlands';
const QUOTE = 'Northamptonshire’s patient flows with Leicester and Warwickshire';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('reasons from the board paper', () => {
  it('explain the move in the Initial → Revised summary, and are absent where nothing they cover moves', async () => {
    const {page} = await openPage(browser, `${inject('baseUrl')}?option=revised&compare=initial`);
    await waitForMapIdle(page);
    const reasons = page.getByTestId('compare-summary').getByTestId('reasons');
    expect(await reasons.getByRole('heading', {level: 3}).textContent()).toBe(WHY);
    expect(await reasons.textContent()).toContain(QUOTE);
    expect(await reasons.textContent()).toContain(
      'Revised proposal: board paper, May 2018, paragraphs 2.13, 2.15',
    );
    await driver(page).screenshot('reasons-compare');

    await page
      .getByLabel('To (option B, shown on the map)')
      .selectOption({label: 'Initial proposal'});
    await page.getByLabel('From (option A)').selectOption({label: 'Before (five regions)'});
    await waitForMapIdle(page);
    expect(await page.getByTestId('compare-summary').textContent()).toContain('24 STPs move');
    expect(await page.getByTestId('compare-summary').getByTestId('reasons').count()).toBe(0);
    await page.context().close();
  });

  it('appear in Northamptonshire’s details and in presenter mode', async () => {
    const {page} = await openPage(browser, `${inject('baseUrl')}?option=initial&stp=E54000020`);
    await waitForMapIdle(page);
    expect(await page.getByTestId('reasons').getByRole('heading').textContent()).toBe(WHY);
    await page.getByRole('button', {name: 'Clear selection'}).click();
    await page.getByRole('button', {name: 'Present the options step by step'}).click();
    const presenter = page.getByTestId('presenter');
    await waitForMapIdle(page);
    // Before → Initial: 24 STPs move, none with a reason; Initial → Revised: Northamptonshire.
    await page.keyboard.press('ArrowRight');
    await waitForMapIdle(page);
    expect(await presenter.locator('h2').textContent()).toBe('Initial proposal');
    expect(await presenter.getByTestId('reasons').count()).toBe(0);
    await page.keyboard.press('ArrowRight');
    await waitForMapIdle(page);
    expect(await presenter.locator('h2').textContent()).toBe('Revised proposal');
    expect(await presenter.getByTestId('reasons').textContent()).toContain(QUOTE);
    await driver(page).screenshot('reasons-presenter');
    await page.context().close();
  });

  it('annotate the map on the board pack page of the revised proposal', async () => {
    const {page} = await openPage(
      browser,
      new URL('board-pack.html?baseline=initial', inject('baseUrl')).toString(),
    );
    const pages = page.getByTestId('board-pack-page');
    await pages.first().waitFor();
    expect(await pages.nth(2).locator('figcaption').getByTestId('reasons').textContent()).toContain(
      QUOTE,
    );
    expect(await pages.nth(0).getByTestId('reasons').count()).toBe(0);
    expect(await pages.nth(1).getByTestId('reasons').count()).toBe(0);
    await page.context().close();
  });
});
