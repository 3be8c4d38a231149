// The board pack fits England 2026 (issues 20 and 21, fault 1): an option with 26 to 42 groups
// and the "at a glance" bars run longer than an A4 sheet, so they continue on further sheets
// ("continued", header row repeated), never cut off and never dropped: every sheet's content is
// inside its box, and every group of the 42 ICBs and of the 26 clusters is in its option's
// table exactly once, and in its glance bars exactly once.
import {readFileSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {launchBrowser, openPage} from './browser';
import {ARTIFACTS, driver} from './driver';

/** The built-in options' groups, from the data file the app reads. */
const OPTIONS = (
  JSON.parse(readFileSync('data/england-2026/options.json', 'utf8')) as {
    options: {id: string; title: string; regions: {id: string; name: string}[]}[];
  }
).options;
const groupsOf = (id: string) => OPTIONS.find((o) => o.id === id)!.regions;

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = (
    await openPage(
      browser,
      new URL(
        'board-pack.html?geography=england-2026&baseline=icbs-2023',
        inject('baseUrl'),
      ).toString(),
      {width: 1280, height: 900},
    )
  ).page;
  // Every option's page, with its criteria line (which takes room at the head of the sheet):
  // the sheets are laid out again before the browser paints, so they have settled by then.
  await page
    .getByTestId('board-pack-criteria')
    .nth(OPTIONS.length - 1)
    .waitFor();
}, 60000);
afterAll(async () => browser?.close());

const sorted = (names: string[]) => [...names].sort();

describe('the England 2026 board pack fits every sheet', () => {
  it('every sheet’s content is inside its A4 box, at a legible size', async () => {
    const problems = await driver(page).sheetProblems();
    await page.screenshot({path: `${ARTIFACTS}/board-pack-fit-2026.png`, fullPage: true});
    await page
      .getByTestId('board-pack-charts')
      .nth(1)
      .screenshot({path: `${ARTIFACTS}/board-pack-glance-continued-2026.png`});
    expect(problems).toEqual([]);
    const fits = await page
      .locator('.fp-page')
      .evaluateAll((sheets) => sheets.map((s) => Number((s as HTMLElement).dataset.fit)));
    expect(Math.min(...fits)).toBeGreaterThanOrEqual(0.8);
    expect(await page.getByTestId('board-pack-cut').count()).toBe(0);
    // The glance charts' captions name the groups in words, never a "{region}" placeholder.
    const captions = await page
      .getByTestId('board-pack-glance')
      .locator('figcaption')
      .allTextContents();
    expect(captions.filter((c) => c.includes('{'))).toEqual([]);
    expect(captions.filter((c) => c.startsWith('Population by ICB ')).length).toBeGreaterThan(0);
    // A chart's summary (for screen readers) is said once, not again on its continued part.
    const glance = page.locator('[data-testid="board-pack-glance"][data-option="icbs-2023"]');
    expect(await glance.count()).toBeGreaterThan(1);
    expect(await glance.locator('figcaption .fp-visually-hidden').count()).toBe(
      await glance.first().locator('figure').count(),
    );
  });

  for (const id of ['icbs-2023', 'clusters-2025']) {
    const groups = groupsOf(id);
    it(`${OPTIONS.find((o) => o.id === id)!.title} (${groups.length}): every group in its table and its bars exactly once, continued with the header row`, async () => {
      expect(sorted(await driver(page).packGroupNames(id))).toEqual(
        sorted(groups.map((g) => g.name)),
      );
      expect(sorted(await driver(page).glanceGroups(id))).toEqual(sorted(groups.map((g) => g.id)));
      // The table runs over more than one sheet, each continued sheet saying so, with the
      // header row again.
      const sheets = page.locator(`.fp-page[data-option="${id}"]`);
      expect(await sheets.count()).toBeGreaterThan(1);
      const continued = page.locator(`.fp-page[data-option="${id}"][data-continued]`);
      expect(await continued.count()).toBe((await sheets.count()) - 1);
      for (const heading of await continued.locator('h2').allTextContents())
        expect(heading).toMatch(/\(continued\)/);
      // Every continued sheet that carries rows of the table repeats its header row.
      const header = sheets.first().getByTestId('board-pack-groups').locator('thead th');
      const rowsGoOn = continued.filter({has: page.getByTestId('board-pack-groups')});
      expect(await rowsGoOn.count()).toBeGreaterThan(0);
      for (let k = 0; k < (await rowsGoOn.count()); k++)
        expect(
          await rowsGoOn
            .nth(k)
            .getByTestId('board-pack-groups')
            .locator('thead th')
            .allTextContents(),
        ).toEqual(await header.allTextContents());
      await sheets.first().screenshot({path: `${ARTIFACTS}/board-pack-first-${id}.png`});
      await continued.first().screenshot({path: `${ARTIFACTS}/board-pack-continued-${id}.png`});
    });
  }
});
