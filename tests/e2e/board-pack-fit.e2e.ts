// The board pack never cuts content off its A4 sheets without a word (issue 21, fault 1): with
// one to four saved options (one move each) and an 80-character title, every scorecard row and
// column, every trade-off sentence and every option page's last sentence is inside its sheet,
// and no box clips what it holds.
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, BrowserContext} from 'playwright-core';
import {guardedContext, launchBrowser, waitForMapIdle} from './browser';
import {ARTIFACTS, driver} from './driver';

let browser: Browser;
let context: BrowserContext;
/** The stored option built once in the app, copied to make the others. */
let built: Record<string, unknown>;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await guardedContext(browser, {viewport: {width: 1280, height: 900}}, [
    new URL(inject('baseUrl')).origin,
  ]);
  const page = await context.newPage();
  await page.goto(`${inject('baseUrl')}?option=revised&renderer=svg`);
  await waitForMapIdle(page);
  await page.getByTestId('builder-start').click();
  await driver(page).moveArea('Lincolnshire', 'east');
  await page.waitForFunction(() =>
    /E54000013":"east/.test(localStorage.getItem('footprint:user-options:v1') ?? ''),
  );
  built = (await driver(page).storedOptions())[0] as never;
  await page.close();
}, 60000);
afterAll(async () => browser?.close());

const LONG_TITLE =
  'A very long option title that a board secretary typed in full, eighty characters';

/** Store `n` options (My option 1…n, one move each; the last with an 80-character title when
 * `long`) and open the board pack; returns the page. */
async function packWith(n: number, long: boolean) {
  const options = Array.from({length: n}, (_, i) => ({
    ...built,
    id: `mine-${i + 1}`,
    title: long && i === n - 1 ? LONG_TITLE : `My option ${i + 1}`,
  }));
  const page = await context.newPage();
  await page.goto(inject('baseUrl'));
  await page.evaluate(
    (stored) => localStorage.setItem('footprint:user-options:v1', JSON.stringify(stored)),
    {version: 1, geography: 'england-2018', options},
  );
  await page.goto(new URL('board-pack.html?baseline=revised', inject('baseUrl')).toString());
  await page
    .getByTestId('board-pack-page')
    .nth(2 + n)
    .waitFor();
  return page;
}

describe('the board pack fits every sheet', () => {
  for (const [n, long] of [
    [1, true],
    [2, false],
    [3, false],
    [4, true],
  ] as const) {
    it(`with ${n} saved option${n > 1 ? 's' : ''}${long ? ', one with an 80-character title' : ''}: every row, column and sentence is on a sheet`, async () => {
      const page = await packWith(n, long);
      const options = 3 + n;
      // Every option is a column of some scorecard table, every criteria row is in each table,
      // and every option but the baseline has its trade-off paragraph.
      const tables = page.getByTestId('board-pack-scorecard').getByTestId('scorecard-table');
      expect(
        (
          await page
            .getByTestId('board-pack-scorecard')
            .getByTestId('scorecard-option')
            .allTextContents()
        ).length,
      ).toBe(options);
      const rows = await tables.first().locator('tbody tr').count();
      expect(rows).toBeGreaterThanOrEqual(5);
      for (let t = 0; t < (await tables.count()); t++)
        expect(await tables.nth(t).locator('tbody tr').count()).toBe(rows);
      expect(await page.getByTestId('board-pack-tradeoffs').locator('p').count()).toBe(options - 1);
      expect(await page.getByTestId('board-pack-cut').count()).toBe(0);
      await page.screenshot({path: `${ARTIFACTS}/board-pack-fit-${n}.png`, fullPage: true});
      expect(await driver(page).sheetProblems()).toEqual([]);
      await page.close();
    }, 60000);
  }
});
