// Comparing with an option that moves one CCG (issue 19), in Chromium against the built app:
// build Revised + Tameside and Glossop CCG → Midlands (as builder-parts.e2e.ts), compare Revised
// with it, read the part move in the summary and its +258,613 in the comparison table, and find
// the part in the comparison CSV.
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {mkdirSync, readFileSync} from 'node:fs';
import {csvParse} from 'd3-dsv';
import {launchBrowser, openPage, waitForMapIdle} from './browser';
import {driver} from './driver';

const TAMESIDE = 'E38000182';
const SENTENCE = "1 of Greater Manchester's 10 CCGs moves: Tameside and Glossop CCG, from the North West to the Midlands.";

let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync('test-artifacts', {recursive: true});
  browser = await launchBrowser();
  ({page} = await openPage(browser, `${inject('baseUrl')}?option=revised`));
  await waitForMapIdle(page);
});
afterAll(async () => browser?.close());

describe('comparing Revised with Tameside and Glossop CCG moved to the Midlands', () => {
  it('builds the move', async () => {
    await driver(page).movePart('Greater Manchester', 'Tameside and Glossop CCG', 'midlands');
  });

  it('says the part move and its people in the summary and the comparison table', async () => {
    await page.getByLabel('From (option A)').selectOption({label: 'Revised proposal'});
    await waitForMapIdle(page);
    // The move leaves Greater Manchester selected; the summary shows when nothing is.
    await page.getByRole('button', {name: 'Clear selection'}).click();
    const summary = page.getByTestId('compare-summary');
    await summary.locator('li', {hasText: SENTENCE}).waitFor();
    expect(await summary.locator('li').allTextContents()).toEqual([
      SENTENCE,
      'North West: −1 CCG, −258,613 people (−3.7%).',
      'Midlands: +1 CCG, +258,613 people (+2.5%).',
    ]);
    const delta = page.locator('tr[data-region-id="midlands"] td[data-measure="population"]');
    expect(await delta.textContent()).toBe('+258,613 (+2.5%)');
    expect(await page.getByTestId('map-words-option').textContent()).toContain(
      'Tameside and Glossop CCG is in the Midlands; the other 9 CCGs of Greater Manchester are in the North West.',
    );
    await driver(page).screenshot('compare-parts');
  });

  it('names the part in the comparison CSV', async () => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-comparison-csv').click()]);
    const path = `test-artifacts/compare-parts-${file.suggestedFilename()}`;
    await file.saveAs(path);
    const rows = csvParse(readFileSync(path, 'utf8').slice(1));
    const midlands = rows.find((r) => r.region_id === 'midlands')!;
    expect([midlands.ccgs_gained, midlands.population_change]).toEqual([TAMESIDE, '258613']);
    expect(rows.find((r) => r.region_id === 'north-west')!.ccgs_lost).toBe(TAMESIDE);
  });
});
