// The side-by-side comparison under the map: option A and option B as two SVG maps, the STPs
// that move hatched on both, zoomed to them by default; in Chromium against the built app.
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {launchBrowser, openPage, waitForMapIdle} from './browser';
import {axeViolations} from './axe';
import {driver} from './driver';

const NORTHAMPTONSHIRE = 'E54000020';

let browser: Browser;
let page: Page;

const hatchedIn = (p: Page, letter: 'A' | 'B') =>
  p
    .locator(`[data-testid="side-map-${letter}"] [data-testid="svg-hatched"]`)
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));

/** The fill of an STP on one of the two maps, found by its tooltip (the STP's name). */
const fillOf = (p: Page, letter: 'A' | 'B', name: string) =>
  p
    .locator(`[data-testid="side-map-${letter}"] path`)
    .filter({has: p.locator('title', {hasText: new RegExp(`^${name}:`)})})
    .getAttribute('fill');

const viewBoxWidth = async (p: Page, letter: 'A' | 'B') =>
  Number(
    (await p.locator(`[data-testid="side-map-${letter}"] svg`).getAttribute('viewBox'))!.split(
      ' ',
    )[2],
  );

beforeAll(async () => {
  browser = await launchBrowser();
  page = (
    await openPage(browser, `${inject('baseUrl')}?option=revised&compare=initial`, {
      width: 1280,
      height: 1000,
    })
  ).page;
  await waitForMapIdle(page);
});
afterAll(async () => browser?.close());

describe('side by side', () => {
  it('shows Initial and Revised with exactly Northamptonshire hatched, coloured by each option', async () => {
    const section = page.getByTestId('side-by-side');
    expect(await section.getByRole('heading').textContent()).toBe(
      'Side by side: Initial proposal and Revised proposal',
    );
    expect(await page.getByTestId('side-map-A').locator('figcaption strong').textContent()).toBe(
      'A: Initial proposal',
    );
    expect(await page.getByTestId('side-map-B').locator('figcaption strong').textContent()).toBe(
      'B: Revised proposal',
    );
    expect(await hatchedIn(page, 'A')).toEqual([NORTHAMPTONSHIRE]);
    expect(await hatchedIn(page, 'B')).toEqual([NORTHAMPTONSHIRE]);
    // Central and East of England's colour on A, the Midlands' on B (from data/england-2018/options.json).
    expect(await fillOf(page, 'A', 'Northamptonshire')).toBe('#44bb99');
    expect(await fillOf(page, 'B', 'Northamptonshire')).toBe('#ee8866');
    // Each map's accessible name says which STP is hatched and its region under that option.
    await page
      .getByTestId('side-map-A')
      .getByRole('img', {
        name: 'Option A, the initial proposal: STPs coloured by region. Hatched: Northamptonshire: Central and East of England',
      })
      .waitFor();
    await page
      .getByTestId('side-map-B')
      .getByRole('img', {
        name: 'Option B, the revised proposal: STPs coloured by region. Hatched: Northamptonshire: Midlands',
      })
      .waitFor();
    expect(await section.locator('.fp-side__intro').textContent()).toBe(
      'Hatched: Northamptonshire, in a different region under A than under B.',
    );
  });

  it('zooms to the STPs that move, and shows all of England when the box is unticked', async () => {
    const section = page.getByTestId('side-by-side');
    await section.scrollIntoViewIfNeeded();
    await driver(page).screenshot('side-by-side-zoomed');
    const zoomed = await viewBoxWidth(page, 'A');
    expect(zoomed).toBeLessThan(420 / 3);
    // Zoomed in, the region names may be off the map: the moved STP says its region on each map.
    expect(
      await page.getByTestId('side-map-A').locator('.fp-svg-map__area').allTextContents(),
    ).toEqual(['Northamptonshire (Central and East of England)']);
    expect(
      await page.getByTestId('side-map-B').locator('.fp-svg-map__area').allTextContents(),
    ).toEqual(['Northamptonshire (Midlands)']);
    await page.getByLabel('Zoom to the STP that moves').press('Space');
    expect(await page.getByLabel('Zoom to the STP that moves').isChecked()).toBe(false);
    expect(await page.getByTestId('side-map-A').locator('.fp-svg-map__area').count()).toBe(0);
    expect(await viewBoxWidth(page, 'A')).toBe(420);
    expect(await viewBoxWidth(page, 'B')).toBe(420);
    await driver(page).screenshot('side-by-side-england');
  });

  it('lists the patient flows that change side, netting to the change in the whole-option number', async () => {
    const section = page.getByTestId('flow-side-changes');
    await section.waitFor();
    expect(await section.getByTestId('flow-side-summary').textContent()).toBe(
      '66,383 residents in 7 flows now stay inside one region; 32,381 in 5 flows now cross a region boundary. ' +
        'Net change in residents attributed outside their own region: −34,002.' +
        ' Measure: residents attributed to hospital trusts (PHE catchment populations, 2018).',
    );
    const within = await section
      .getByTestId('flows-now-within')
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.slice(0, 3).map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent)),
      );
    expect(within).toEqual([
      ['Leicester, Leicestershire and Rutland', 'Northamptonshire', '24,738', 'both in Midlands'],
      ['Northamptonshire', 'Leicester, Leicestershire and Rutland', '22,598', 'both in Midlands'],
      ['Northamptonshire', 'Coventry and Warwickshire', '16,139', 'both in Midlands'],
    ]);
    const crossing = section.getByTestId('flows-now-crossing').locator('tbody tr').first();
    expect(await crossing.locator('td').allTextContents()).toEqual([
      'Northamptonshire',
      'Bedfordshire, Luton and Milton Keynes',
      '14,284',
      'Midlands → East of England',
    ]);
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({path: 'test-artifacts/flow-side-changes.png'});
  });

  it('has no accessibility violations', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('follows the compare choices: Before against Revised hatches the 24 STPs that change region', async () => {
    await page.getByLabel('From (option A)').selectOption({label: 'Before (five regions)'});
    await waitForMapIdle(page);
    expect(await page.getByTestId('side-by-side').getByRole('heading').textContent()).toBe(
      'Side by side: Before (five regions) and Revised proposal',
    );
    expect(await hatchedIn(page, 'A')).toHaveLength(24);
    // 24 STPs across England: zooming would show all of it, so there is no zoom box and no names.
    expect(await page.getByTestId('side-by-side').locator('input[type="checkbox"]').count()).toBe(
      0,
    );
    expect(await viewBoxWidth(page, 'A')).toBe(420);
    expect(await page.getByTestId('side-map-A').locator('.fp-svg-map__area').count()).toBe(0);
    expect(await page.getByTestId('side-by-side').locator('.fp-side__intro').textContent()).toBe(
      'Hatched: the 24 STPs, in a different region under A than under B.',
    );
    // Splitting two regions only adds boundaries: no flow comes inside a region.
    expect(await page.getByTestId('flow-side-summary').textContent()).toBe(
      'No flow comes inside one region; 227,915 residents in 30 flows now cross a region boundary. ' +
        'Net change in residents attributed outside their own region: +227,915.' +
        ' Measure: residents attributed to hospital trusts (PHE catchment populations, 2018).',
    );
    expect(await page.getByTestId('flows-now-within').count()).toBe(0);
    expect(await page.getByTestId('side-map-A').locator('.fp-side__key li').count()).toBe(5);
    expect(await page.getByTestId('side-map-B').locator('.fp-side__key li').count()).toBe(7);
  });

  it('goes away when the user stops comparing', async () => {
    await page.getByRole('button', {name: 'Stop comparing'}).click();
    await page.getByTestId('side-by-side').waitFor({state: 'detached'});
    expect(await page.getByTestId('side-by-side').count()).toBe(0);
  });
});
