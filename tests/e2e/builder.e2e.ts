// Building an option in Chromium against the built app: start from Revised, move Lincolnshire
// to the East of England with a preview, accept, undo, redo, share by link, compare, break
// contiguity, and refuse a corrupt file without losing anything.
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {launchBrowser, openPage, waitForMapIdle} from './browser';
import {driver} from './driver';
import {colourOf} from './map-data';
import {axeViolations} from './axe';

const LINCOLNSHIRE = 'E54000013';
const CORNWALL = 'E54000036';
const EAST = colourOf('revised', 'E54000022'); // Norfolk and Waveney: East of England
const MIDLANDS = colourOf('revised', LINCOLNSHIRE);

let browser: Browser;
let page: Page;
let link = '';

const base = () => inject('baseUrl');

beforeAll(async () => {
  browser = await launchBrowser();
  ({page} = await openPage(browser, `${base()}?option=revised`));
  await waitForMapIdle(page);
});
afterAll(async () => browser?.close());

/** Choose an STP in the move box over the map and preview its move to `regionId`. */
async function previewMove(p: Page, areaName: string, regionId: string) {
  await p.getByTestId('move-area').selectOption({label: areaName});
  await p.getByTestId(`move-to-${regionId}`).click();
  await p.getByTestId('move-preview').waitFor();
}

describe('building an option', () => {
  it('starts from Revised and previews Lincolnshire moving to the East of England with signed figures', async () => {
    await page.getByTestId('builder-start').click();
    expect(await page.getByTestId('builder-title').inputValue()).toBe('My option 1');
    await previewMove(page, 'Lincolnshire', 'east');
    const east = (await page.getByTestId('preview-east').textContent()) ?? '';
    const midlands = (await page.getByTestId('preview-midlands').textContent()) ?? '';
    expect(east).toContain('STPs+1');
    expect(east).toContain('+755,833');
    expect(midlands).toContain('STPs−1');
    expect(midlands).toContain('−755,833');
    // Nothing has moved yet: the map still shows Lincolnshire in the Midlands.
    expect(await driver(page).mapColourOf(LINCOLNSHIRE)).toBe(MIDLANDS);
  });

  it('accepts, undoes and redoes the move (button, then Ctrl+Shift+Z)', async () => {
    await page.getByTestId('move-accept').click();
    await waitForMapIdle(page);
    expect(await driver(page).mapColourOf(LINCOLNSHIRE)).toBe(EAST);
    const undo = page.getByTestId('builder-undo');
    expect(await undo.textContent()).toBe('Undo: Lincolnshire: Midlands → East of England');
    await undo.click();
    await page.waitForFunction(
      (c) =>
        (
          window as never as {__footprintMap: {areaState(c: string): {colour?: string}}}
        ).__footprintMap.areaState(c).colour !== undefined,
      LINCOLNSHIRE,
    );
    await waitForMapIdle(page);
    expect(await driver(page).mapColourOf(LINCOLNSHIRE)).toBe(MIDLANDS);
    await page.locator('body').press('Control+Shift+Z');
    await page.getByTestId('builder-undo').filter({hasText: 'Lincolnshire'}).waitFor();
    await waitForMapIdle(page);
    expect(await driver(page).mapColourOf(LINCOLNSHIRE)).toBe(EAST);
  });

  it('copies a link that re-creates the option in a fresh browser, marked as user-built', async () => {
    await page.getByRole('button', {name: 'Copy link'}).click();
    link = await page.getByTestId('share-link').inputValue();
    expect(link).toContain('base=revised');
    expect(link).toContain(LINCOLNSHIRE);
    expect(link.length).toBeLessThan(2000);
    // As if the sender had let go of Lincolnshire first: the summary shows when nothing is selected.
    const url = new URL(link);
    url.searchParams.delete('stp');
    url.searchParams.delete('view');
    const {page: other} = await openPage(browser, url.toString());
    await waitForMapIdle(other);
    expect(await driver(other).mapColourOf(LINCOLNSHIRE)).toBe(EAST);
    expect(await other.getByRole('radio', {name: /My option 1/}).isChecked()).toBe(true);
    expect(await other.getByText(/user-built/i).count()).toBeGreaterThan(0);
    // Compared with Revised, the summary names the one STP that moves.
    await other.getByLabel('From (option A)').selectOption({label: 'Revised proposal'});
    await other.getByTestId('compare-summary').filter({hasText: 'Lincolnshire'}).waitFor();
    await other.context().close();
  });

  it('flags North East and Yorkshire as in two pieces when Cornwall joins it', async () => {
    await previewMove(page, 'Cornwall and Isles of Scilly', 'north-east-and-yorkshire');
    await page.getByTestId('move-accept').click();
    const problem = page.getByTestId('problem-split-region');
    await problem.waitFor();
    expect(await problem.textContent()).toContain('North East and Yorkshire');
    expect(await driver(page).mapColourOf(CORNWALL)).toBe(colourOf('revised', 'E54000005'));
  });

  it('downloads the option as a file; importing it again shows it, without a second copy', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('builder-export').click(),
    ]);
    const text = await (await download.createReadStream()).toArray();
    const saved = await page.getByTestId('saved-options').locator('li').count();
    await page.getByTestId('builder-import').setInputFiles({
      name: 'mine.json',
      mimeType: 'application/json',
      buffer: Buffer.concat(text),
    });
    await page
      .getByTestId('import-message')
      .filter({hasText: 'You already have “My option 1”'})
      .waitFor();
    expect(await page.getByTestId('saved-options').locator('li').count()).toBe(saved);
  });

  it('refuses a corrupt file with a message, and loses nothing', async () => {
    await page.getByTestId('builder-close').click();
    const saved = await page.getByTestId('saved-options').locator('li').count();
    await page.getByTestId('builder-import').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": "footprint-option", "version": 1, "option": '),
    });
    const message = page.getByTestId('import-message');
    await message.waitFor();
    expect(await message.textContent()).toMatch(
      /broken\.json was not imported: .+ Nothing has changed\./,
    );
    expect(await page.getByTestId('saved-options').locator('li').count()).toBe(saved);
    expect(await driver(page).mapColourOf(LINCOLNSHIRE)).toBe(EAST);
  });

  it('is axe-clean with the builder open and a preview showing', async () => {
    await page.getByRole('button', {name: /^Open My option 1/}).click();
    await previewMove(page, 'Northamptonshire', 'east');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('move-preview').press('Escape');
    await page.getByTestId('move-preview').waitFor({state: 'detached'});
  });
});
