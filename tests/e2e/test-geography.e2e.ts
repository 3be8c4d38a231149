// The seam of issue 19: a geography is data. The tests' own made-up geography (a grid of 196
// cells in five regions, built by `npm run data` into tests/fixtures/geographies/test-grid/ and
// served beside the page) opens from a link and works through the whole app: options, comparison,
// the builder, the scorecard and the exports. Nothing in src/ names it; its words ("cell",
// "ward", "Gridland") come from its manifest, and no 2018 word may show.
import {readFileSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {launchBrowser, openPagesClosedAfterEach, waitForMapIdle} from './browser';

let browser: Browser;
const openPage = openPagesClosedAfterEach();
const base = () => inject('baseUrl');

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function openGrid(query = ''): Promise<Page> {
  const {page} = await openPage(browser, `${base()}?geography=test-grid${query}`);
  await waitForMapIdle(page);
  return page;
}

/** The words of the 2018 geography, which must never show on another geography's page. */
const WORDS_2018 = /\b(STPs?|CCGs?|England)\b/;

describe('the test geography', () => {
  it('opens from its link with its own words, options and regions', async () => {
    const page = await openGrid();
    await page.screenshot({path: 'test-artifacts/test-geography.png'});
    expect(await page.locator('.fp-header p').textContent()).toBe(
      'A made-up grid of cells for the tests',
    );
    expect(await page.getByTestId('map').getAttribute('aria-label')).toMatch(
      /cells coloured by region, Five bands/,
    );
    expect(await page.getByTestId('legend').textContent()).toContain('42 cells');
    expect(await page.getByTestId('terms').textContent()).toContain('196 made-up cells');
    expect(await page.locator('main').innerText()).not.toMatch(WORDS_2018);
    expect(new URL(page.url()).searchParams.get('geography')).toBe('test-grid');
  });

  it("describes a region with the grid's own population vintage and units", async () => {
    const page = await openGrid('&region=band-1');
    await page.getByTestId('details-title').filter({hasText: /\S/}).waitFor();
    const details = await page.getByTestId('details').innerText();
    expect(details).toContain('Population (made-up)');
    expect(details).not.toMatch(WORDS_2018);
    expect(details).not.toMatch(/mid-2018/);
  });

  it('switches and compares its options, saying which cells move', async () => {
    const page = await openGrid();
    await page.getByLabel('To (option B, shown on the map)').selectOption({label: 'Five blocks'});
    await page.getByLabel('From (option A)').selectOption({label: 'Five bands'});
    const summary = await page.getByTestId('compare-summary').textContent();
    expect(summary).toMatch(/\d+ cells move: /);
    expect(summary).not.toMatch(WORDS_2018);
    // The address is written just after the view changes (debounced): wait for it.
    await expect
      .poll(() => new URL(page.url()).searchParams.get('compare'), {timeout: 20000})
      .toBe('bands');
  });

  it('builds an option by moving a cell, with its preview in cells', async () => {
    const page = await openGrid();
    await page.getByTestId('builder-start').click();
    await page.getByTestId('move-area').selectOption({label: 'Cell A1'});
    await page.getByTestId('move-to-band-2').click();
    const preview = await page.getByTestId('move-preview').textContent();
    expect(preview).toMatch(/cells/);
    expect(preview).not.toMatch(WORDS_2018);
    await page.getByTestId('move-accept').click();
    await expect
      .poll(() => new URL(page.url()).searchParams.get('move'), {timeout: 20000})
      .toBe('band-2.T010000');
    expect(new URL(page.url()).searchParams.get('geography')).toBe('test-grid');
  });

  it('scores its options against the criteria, with its wards for coterminosity', async () => {
    const page = await openGrid();
    await page.getByText('Scorecard: every option against the criteria').click();
    const table = page.getByTestId('scorecard-table');
    await table.waitFor();
    expect(await table.getByTestId('scorecard-option').allTextContents()).toEqual([
      'Five bands',
      'Five blocks',
    ]);
    expect(await table.textContent()).not.toMatch(/\bSTPs?\b/);
  });

  it('exports its regions as CSV', async () => {
    const page = await openGrid();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-regions-csv').click(),
    ]);
    const path = `test-artifacts/test-geography-${file.suggestedFilename()}`;
    await file.saveAs(path);
    const lines = readFileSync(path, 'utf8').trim().split(/\r?\n/);
    // A header and one line per region of the option, with its population from the grid.
    expect(lines).toHaveLength(6);
    expect(lines.slice(1).map((l) => l.split(',')[3])).toEqual([
      'First band',
      'Second band',
      'Third band',
      'Fourth band',
      'Fifth band',
    ]);
    expect(lines.slice(1).every((l) => l.startsWith('bands,'))).toBe(true);
  });
});
