// Moving one part on its own in Chromium against the built app (issue 19): start from Revised,
// choose Greater Manchester and then Tameside and Glossop CCG in the move box, preview its move
// to the Midlands (+258,613 / −258,613 people, the CCG's population, and the flow containment
// worked out CCG by CCG), accept (the Regions table totals it part by part, the scorecard scores
// it CCG by CCG), and share it: the link carries pmove= and, opened in a fresh browser,
// still has the CCG in the Midlands, as does the saved option when the page is opened again.
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {launchBrowser, openPage, waitForMapIdle} from './browser';
import {TAMESIDE_PREVIEW_CONTAINMENT} from '../unit/builder-part-fixtures';
import {driver} from './driver';

const TAMESIDE = 'E38000182';
const GREATER_MANCHESTER = 'E54000007';

let browser: Browser;
let page: Page;
let link = '';

beforeAll(async () => {
  browser = await launchBrowser();
  ({page} = await openPage(browser, `${inject('baseUrl')}?option=revised`));
  await waitForMapIdle(page);
});
afterAll(async () => browser?.close());

/** Choose Greater Manchester, then Tameside and Glossop CCG, in the move box (the second select
 * appears once the CCGs have loaded). */
async function chooseTameside(p: Page) {
  await p.getByTestId('move-area').selectOption({label: 'Greater Manchester'});
  await p.getByTestId('move-part').selectOption({label: 'Tameside and Glossop CCG'});
}

describe('moving one CCG', () => {
  it('previews Tameside and Glossop CCG moving to the Midlands with its population', async () => {
    await page.getByTestId('builder-start').click();
    await chooseTameside(page);
    expect(await page.getByTestId('move-from').textContent()).toBe(
      'Tameside and Glossop CCG is in North West. Move it to:',
    );
    await page.getByTestId('move-to-midlands').click();
    await page.getByTestId('move-preview').waitFor();
    const midlands = (await page.getByTestId('preview-midlands').textContent()) ?? '';
    const northWest = (await page.getByTestId('preview-north-west').textContent()) ?? '';
    expect(midlands).toContain('Population+258,613');
    expect(northWest).toContain('Population−258,613');
    // The flows CCG by CCG, once the CCG → trust file is in: the figures
    // tests/unit/parts-flows-wired.test.ts works out straight from the data files.
    for (const [id, line] of Object.entries(TAMESIDE_PREVIEW_CONTAINMENT)) {
      await page
        .getByTestId(`preview-${id}`)
        .locator('tr', {hasText: line})
        .waitFor({timeout: 10_000});
    }
    expect(midlands).not.toContain('Not computed');
  });

  it('accepts the move and shares it as a link with pmove=', async () => {
    await page.getByTestId('move-accept').click();
    await page.getByTestId('builder-undo').filter({hasText: 'Tameside and Glossop CCG'}).waitFor();
    // The Regions table totals the option part by part: the Midlands' 10,537,679 + 258,613.
    await page
      .getByTestId('regions-table')
      .locator('tbody tr', {hasText: 'Midlands'})
      .filter({hasText: '10,796,292'})
      .waitFor({timeout: 10_000});
    await page.getByRole('button', {name: 'Copy link'}).click();
    link = await page.getByTestId('share-link').inputValue();
    expect(new URL(link).searchParams.get('pmove')).toBe(`midlands.${TAMESIDE}`);
  });

  it('scores the option CCG by CCG: High Peak district is no longer split (Glossop joins the rest of it)', async () => {
    await page.getByTestId('scorecard').locator('summary').click();
    const table = page.getByTestId('scorecard-table');
    await table.waitFor({timeout: 15_000});
    const heads = await table.getByTestId('scorecard-option').allTextContents();
    const cells = await table
      .getByTestId('scorecard-row-split-districts')
      .locator('td')
      .allTextContents();
    const splits = (title: string) =>
      parseInt(cells[heads.findIndex((h) => h.includes(title))]!, 10);
    expect(splits('My option 1')).toBe(splits('Revised') - 1);
  });

  it('draws and lists the flows of the moved CCG on its own when Greater Manchester is selected', async () => {
    await driver(page).selectAreaFromList('Greater Manchester');
    await page.getByRole('checkbox', {name: 'Show flows on the map'}).setChecked(true);
    await page
      .getByRole('checkbox', {name: /Only flows that cross a region boundary/})
      .setChecked(true);
    await waitForMapIdle(page);
    // Between Tameside and Glossop CCG (now in the Midlands) and the rest of Greater Manchester:
    // flows inside the STP that cross the new boundary, drawn from the CCG's own anchor.
    await page
      .getByTestId('flow-list')
      .locator('li', {hasText: 'Tameside and Glossop CCG'})
      .first()
      .waitFor({state: 'attached', timeout: 10_000});
    const drawn = await page.evaluate(() =>
      (window as never as {__footprintFlows: {arrows(): string[]}}).__footprintFlows.arrows(),
    );
    expect(drawn).toContain(`${GREATER_MANCHESTER}>${TAMESIDE}`);
    expect(drawn).toContain(`${TAMESIDE}>${GREATER_MANCHESTER}`);
    expect(await page.getByTestId('flow-list').locator('li').count()).toBe(drawn.length);
    await driver(page).screenshot('flows-part-move');
    await page
      .getByRole('checkbox', {name: /Only flows that cross a region boundary/})
      .setChecked(false);
    await page.getByRole('checkbox', {name: 'Show flows on the map'}).setChecked(false);
  });

  it('opens the link in a fresh browser with the CCG still in the Midlands', async () => {
    const {page: other} = await openPage(browser, link);
    await waitForMapIdle(other);
    expect(await other.getByTestId('link-messages').count()).toBe(0);
    await other.getByRole('button', {name: /^Open My option 1/}).click();
    await chooseTameside(other);
    expect(await other.getByTestId('move-from').textContent()).toBe(
      'Tameside and Glossop CCG is in Midlands. Move it to:',
    );
    await other.context().close();
  });

  it('keeps the move in the saved option when the page is opened again without the link', async () => {
    await page.goto(`${inject('baseUrl')}?option=revised`);
    await waitForMapIdle(page);
    // Not set aside for want of the CCGs: the page loaded them before reading saved options.
    expect(await page.getByTestId('builder-notices').textContent()).toBe('');
    await page.getByRole('button', {name: /^Open My option 1/}).click();
    await chooseTameside(page);
    expect(await page.getByTestId('move-from').textContent()).toBe(
      'Tameside and Glossop CCG is in Midlands. Move it to:',
    );
  });
});
