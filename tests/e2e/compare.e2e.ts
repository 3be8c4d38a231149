// Comparing options, the Regions table, the regional footprint view, place search and
// presenter mode, in Chromium against the built app.
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {guardedContext, launchBrowser, openPage, waitForMapIdle, type OpenedPage} from './browser';
import {driver} from './driver';
import {colourDistance, hexToRgb, projectOnPage} from './pixels';
import {PNG} from 'pngjs';
import {axeViolations} from './axe';

const NORTHAMPTONSHIRE = 'E54000020';
const NORTHANTS_ANCHOR: [number, number] = [-0.87, 52.33];

let browser: Browser;
let opened: OpenedPage;
let page: Page;

type ChangesHook = {
  __footprintChanges: {hatched(): string[]; rendered(): string[]; fading(): string[]};
};
const hatched = (p: Page) =>
  p.evaluate(() => (window as never as ChangesHook).__footprintChanges.hatched());
const fading = (p: Page) =>
  p.evaluate(() => (window as never as ChangesHook).__footprintChanges.fading());
const rendered = (p: Page) =>
  p.evaluate(() => (window as never as ChangesHook).__footprintChanges.rendered());
const zoom = (p: Page) =>
  p.evaluate(() => (window as never as {__footprintMap: {zoom(): number}}).__footprintMap.zoom());

/** Share of near-black (hatch ink) pixels in a square around a point of the page. */
async function inkShare(p: Page, x: number, y: number, half = 8): Promise<number> {
  const png = PNG.sync.read(await p.screenshot());
  const scale = png.width / p.viewportSize()!.width;
  let ink = 0;
  let all = 0;
  for (let dy = -half; dy <= half; dy++) {
    for (let dx = -half; dx <= half; dx++) {
      const i = (Math.round((y + dy) * scale) * png.width + Math.round((x + dx) * scale)) * 4;
      const rgb: [number, number, number] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
      all++;
      if (colourDistance(rgb, hexToRgb('#212b32')) < 70) ink++;
    }
  }
  return ink / all;
}

async function chooseCompare(p: Page, a: string | null, b: string) {
  await p.getByLabel('To (option B, shown on the map)').selectOption({label: b});
  await p.getByLabel('From (option A)').selectOption(a ? {label: a} : {value: ''});
  await waitForMapIdle(p);
}

beforeAll(async () => {
  browser = await launchBrowser();
  opened = await openPage(browser, inject('baseUrl'));
  page = opened.page;
  await waitForMapIdle(page);
});
afterAll(async () => browser?.close());

describe('comparing two options', () => {
  it('Initial vs Revised: exactly Northamptonshire moves, hatched on the map and named in the summary', async () => {
    // A point inside Northamptonshire, away from its label (which hangs below the anchor).
    const probe = await projectOnPage(page, [
      NORTHANTS_ANCHOR[0] + 0.12,
      NORTHANTS_ANCHOR[1] + 0.12,
    ]);
    const inkBefore = await inkShare(page, probe.x, probe.y);
    await chooseCompare(page, 'Initial proposal', 'Revised proposal');
    expect(await hatched(page)).toEqual([NORTHAMPTONSHIRE]);
    expect(await rendered(page)).toEqual([NORTHAMPTONSHIRE]);
    const summary = page.getByTestId('compare-summary');
    const items = await summary.locator('li').allTextContents();
    expect(items).toEqual([
      '1 STP moves: Northamptonshire (730,650 people) from Central and East of England to Midlands.',
      'Central and East of England is renamed East of England.',
      'Midlands: +1 STP, +2 CCGs, +730,650 people (+7.5%).',
      'East of England: −1 STP, −2 CCGs, −730,650 people (−10.1%).',
    ]);
    // The hatching is really painted: stripes of ink where there were none.
    const inkAfter = await inkShare(page, probe.x, probe.y);
    expect(inkBefore).toBeLessThan(0.05);
    expect(inkAfter).toBeGreaterThan(0.15);
    expect(await page.locator('.fp-change-label').allTextContents()).toEqual([
      'Northamptonshire: moves',
    ]);
    await driver(page).screenshot('compare-initial-revised');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows A, B and the signed change for each region in the comparison table', async () => {
    const table = page.getByTestId('comparison-table');
    const delta = (region: string, measure: string) =>
      table
        .locator(`tr[data-region-id="${region}"] td.fp-delta[data-measure="${measure}"]`)
        .textContent();
    expect(await delta('midlands', 'population')).toBe('+730,650 (+7.5%)');
    expect(await delta('midlands', 'stps')).toBe('+1 (+10.0%)');
    expect(await delta('midlands', 'ccgs')).toBe('+2 (+5.4%)');
    expect(await delta('east', 'population')).toBe('−730,650 (−10.1%)');
    expect(await delta('london', 'population')).toBe('0');
    expect(await table.locator('tr[data-region-id="east"] th').textContent()).toContain(
      'renamed; was Central and East of England',
    );
    expect(await table.locator('tbody tr.fp-row-changed').count()).toBe(2);
    await table.scrollIntoViewIfNeeded();
    await page.screenshot({path: 'test-artifacts/compare-table.png'});
  });

  it('handles removed and new regions when comparing with Before', async () => {
    await chooseCompare(page, 'Before (five regions)', 'Revised proposal');
    expect(await hatched(page)).toHaveLength(24);
    const table = page.getByTestId('comparison-table');
    expect(await table.locator('tbody tr').count()).toBe(9);
    expect(
      await table
        .locator('tr[data-region-id="north-of-england"] td.fp-delta[data-measure="stps"]')
        .textContent(),
    ).toBe('removed');
    expect(
      await table
        .locator('tr[data-region-id="north-west"] td.fp-delta[data-measure="stps"]')
        .textContent(),
    ).toBe('new');
    expect(await page.getByTestId('compare-summary').textContent()).toContain(
      'North of England is removed',
    );
    await driver(page).screenshot('compare-before-revised');
    await page.getByRole('button', {name: 'Stop comparing'}).click();
    await waitForMapIdle(page);
    expect(await hatched(page)).toEqual([]);
  });
});

describe('the Regions table', () => {
  it('is captioned Regions, sums to England, and sorts by population with aria-sort and an announcement', async () => {
    const table = page.getByRole('table', {name: 'Regions', exact: true});
    const names = () => table.locator('tbody th').allTextContents();
    expect(await names()).toHaveLength(7);
    expect(await table.locator('tfoot').textContent()).toContain('55,977,178');
    const header = table.getByRole('columnheader', {name: /Population/});
    await header.getByRole('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect((await names())[0]).toBe('Midlands');
    expect(await table.locator('tbody tr').first().locator('td').nth(2).innerText()).toBe(
      '10,537,679',
    );
    expect(await page.getByText('Regions sorted by population, largest first.').count()).toBe(1);
    await header.getByRole('button').press('Enter');
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    expect((await names())[0]).toBe('South West');
  });

  it('selecting a region in the table zooms the map to it and fills the panel', async () => {
    const before = await zoom(page);
    await page
      .getByRole('table', {name: 'Regions', exact: true})
      .getByRole('button', {name: 'Midlands'})
      .click();
    await waitForMapIdle(page);
    expect(await zoom(page)).toBeGreaterThan(before + 0.4);
    const details = page.getByTestId('details');
    expect(await details.getByTestId('details-title').textContent()).toBe('Midlands');
    // Not the whole panel read out: one short status line.
    expect(await details.getAttribute('aria-live')).toBeNull();
    expect(await details.getByRole('status').textContent()).toBe('Showing Midlands');
    expect(await details.textContent()).toContain('10,537,679');
    expect(
      await details.getByTestId('region-neighbours').getByRole('button').allTextContents(),
    ).toEqual([
      'North West',
      'North East and Yorkshire',
      'East of England',
      'South East',
      'South West',
    ]);
    expect(await details.getByTestId('region-versus').textContent()).toContain(
      'Gains Northamptonshire (from Central and East of England): +1 STP, +2 CCGs, +730,650 people (+7.5%).',
    );
    // Northamptonshire is inside the zoomed view.
    const p = await projectOnPage(page, NORTHANTS_ANCHOR);
    const box = (await page.getByTestId('map').boundingBox())!;
    expect(p.x).toBeGreaterThan(box.x);
    expect(p.x).toBeLessThan(box.x + box.width);
    await page.evaluate(() => window.scrollTo(0, 0));
    await driver(page).screenshot('compare-region-midlands');
  });
});

describe('search and the STP view', () => {
  it('finds Corby and reports its region under each option', async () => {
    await page.getByRole('button', {name: 'Clear selection'}).click();
    await page.getByRole('searchbox', {name: /STP, CCG or council district/}).fill('Corby');
    const first = page.getByTestId('place-result').first();
    await first.waitFor();
    expect(await first.locator('h3').textContent()).toMatch(/^Corby\s*District$/);
    expect(await first.locator('.fp-place__regions td').allTextContents()).toEqual([
      'Midlands and East of England',
      'Central and East of England',
      'Midlands',
    ]);
    // Announced once typing pauses, not on every keystroke.
    await page
      .getByTestId('search')
      .getByRole('status')
      .filter({hasText: /^2 places match “Corby”\.$/})
      .waitFor();
    await page.getByTestId('search').scrollIntoViewIfNeeded();
    await page.screenshot({path: 'test-artifacts/compare-search-corby.png'});
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the STP with its CCGs and draws them on the map', async () => {
    await page
      .getByTestId('place-result')
      .first()
      .getByRole('button', {name: 'Show Northamptonshire on the map'})
      .click();
    await waitForMapIdle(page);
    const details = page.getByTestId('details');
    expect(await details.getByTestId('details-title').textContent()).toBe('Northamptonshire');
    const parts = details.getByTestId('area-parts');
    await parts.waitFor();
    expect(await parts.locator('tbody th').allTextContents()).toEqual([
      'Nene CCG 04G',
      'Corby CCG 03V',
    ]);
    await waitForMapIdle(page);
    await driver(page).screenshot('compare-area-parts');
  });
});

describe('presenter mode', () => {
  it('steps Before → Initial → Revised with the keyboard, with each step’s summary', async () => {
    await page.getByRole('button', {name: 'Clear selection'}).click();
    await page.getByRole('button', {name: 'Present the options step by step'}).click();
    await waitForMapIdle(page);
    const panel = page.getByTestId('presenter');
    expect(await panel.locator('h2').textContent()).toBe('Before (five regions)');
    expect(await page.locator('#fp-controls').isVisible()).toBe(false);
    // The one flow number, for this option alone on the first step.
    await panel.getByTestId('presenter-flows').waitFor();
    expect(await panel.getByTestId('presenter-flows').textContent()).toMatch(
      /^1,903,542 residents attributed to a hospital trust outside their own region\. Measure: residents attributed to hospital trusts \(PHE catchment populations, 2018\)\.$/,
    );
    await page.keyboard.press('ArrowRight');
    await waitForMapIdle(page);
    expect(await panel.locator('h2').textContent()).toBe('Initial proposal');
    expect(await panel.getByTestId('presenter-summary').textContent()).toContain('24 STPs move');
    await page.keyboard.press('ArrowRight');
    await waitForMapIdle(page);
    expect(await panel.locator('h2').textContent()).toBe('Revised proposal');
    expect(await panel.getByTestId('presenter-summary').textContent()).toContain(
      '1 STP moves: Northamptonshire (730,650 people) from Central and East of England to Midlands.',
    );
    expect(await panel.getByTestId('presenter-flows').textContent()).toMatch(
      /^2,131,457 residents attributed to a hospital trust outside their own region \(−34,002 against the initial proposal\)\./,
    );
    expect(await hatched(page)).toEqual([NORTHAMPTONSHIRE]);
    // This browser asks for reduced motion: nothing fades.
    expect(await fading(page)).toEqual([]);
    expect(await panel.getByRole('button', {name: 'Next →'}).isDisabled()).toBe(true);
    // However long the step's text, the buttons stay on screen (they once scrolled out of view).
    const prev = (await panel.getByRole('button', {name: '← Previous'}).boundingBox())!;
    expect(prev.y + prev.height).toBeLessThanOrEqual(page.viewportSize()!.height);
    await driver(page).screenshot('compare-presenter');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('ArrowLeft');
    await waitForMapIdle(page);
    expect(await panel.locator('h2').textContent()).toBe('Initial proposal');
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('presenter').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Present the options step by step',
    );
    expect(await page.locator('#fp-controls').isVisible()).toBe(true);
    expect(opened.consoleErrors).toEqual([]);
  });
});

describe('presenter transitions with motion allowed', () => {
  it('fades only the STPs whose colour changes', async () => {
    const context = await guardedContext(browser, {
      viewport: {width: 1280, height: 800},
      reducedMotion: 'no-preference',
    });
    const p = await context.newPage();
    await p.goto(inject('baseUrl'));
    await waitForMapIdle(p);
    await p.getByRole('button', {name: 'Present the options step by step'}).click();
    await waitForMapIdle(p);
    await p.keyboard.press('ArrowRight');
    await waitForMapIdle(p);
    // Before → Initial: the East's STPs and Northamptonshire change colour; the Midlands keep theirs.
    const first = await fading(p);
    expect(first).toContain(NORTHAMPTONSHIRE);
    expect(first).not.toContain('E54000015');
    await p.keyboard.press('ArrowRight');
    await waitForMapIdle(p);
    expect(await fading(p)).toEqual([NORTHAMPTONSHIRE]);
    await context.close();
  });
});

describe('on a 360 px phone', () => {
  it('compares without the page scrolling sideways', async () => {
    const phone = await openPage(browser, inject('baseUrl'), {width: 360, height: 740});
    await waitForMapIdle(phone.page);
    await chooseCompare(phone.page, 'Initial proposal', 'Revised proposal');
    expect(await hatched(phone.page)).toEqual([NORTHAMPTONSHIRE]);
    // Everything the comparison adds under the map is there before measuring (the flow tables
    // once overflowed a phone screen).
    await phone.page.getByTestId('side-by-side').waitFor();
    await phone.page.getByTestId('flow-side-changes').waitFor();
    const overflow = await phone.page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.page.screenshot({path: 'test-artifacts/compare-phone-360-map.png'});
    // Compact numbers ("10.5 m") where the screen is narrow.
    expect(
      await phone.page
        .getByTestId('regions-table')
        .locator('tbody tr')
        .first()
        .locator('td')
        .nth(2)
        .innerText(),
    ).toBe('7.0 m');
    await phone.page
      .locator('.fp-analysis')
      .screenshot({path: 'test-artifacts/compare-phone-360-tables.png'});
    await phone.page
      .getByTestId('details')
      .screenshot({path: 'test-artifacts/compare-phone-360-summary.png'});
    await phone.page.context().close();
  });
});
