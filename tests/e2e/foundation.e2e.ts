import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {
  allowPageProblem,
  guardedContext,
  launchBrowser,
  openPage,
  waitForMapIdle,
  type OpenedPage,
} from './browser';
import {driver} from './driver';
import {colourDistance, hexToRgb, pixelAt, projectOnPage} from './pixels';
import {anchorOf, colourOf, NORTHAMPTONSHIRE} from './map-data';

let browser: Browser;
let opened: OpenedPage;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  opened = await openPage(browser, inject('baseUrl'));
  page = opened.page;
  await waitForMapIdle(page);
});
afterAll(async () => browser?.close());

describe('the map of STPs by region', () => {
  it('reaches idle with the revised proposal, and asks nothing of any other origin', async () => {
    expect(await driver(page).isOptionChosen('Revised proposal')).toBe(true);
    expect(opened.foreignRequests).toEqual([]);
    expect(opened.consoleErrors).toEqual([]);
  });

  it('says what STPs and CCGs are, for people who do not know', async () => {
    expect(await page.getByTestId('terms').textContent()).toMatch(
      /42 sustainability and transformation partnerships \(STPs\).*clinical commissioning groups \(CCGs\)/s,
    );
  });

  it('lists 5 regions for Before and 7 for each proposal', async () => {
    const d = driver(page);
    await d.chooseOption('Before (five regions)');
    expect(await d.legendRegions()).toEqual([
      'North of England',
      'Midlands and East of England',
      'London',
      'South East',
      'South West',
    ]);
    await d.screenshot('option-before');
    await d.chooseOption('Initial proposal');
    expect(await d.legendRegions()).toHaveLength(7);
    expect(await d.legendRegions()).toContain('Central and East of England');
    await d.screenshot('option-initial');
    await d.chooseOption('Revised proposal');
    expect(await d.legendRegions()).toHaveLength(7);
    expect(await d.legendRegions()).toContain('East of England');
    await d.screenshot('option-revised');
  });

  it('puts Northamptonshire in Central and East of England under the initial proposal and in the Midlands under the revised', async () => {
    const d = driver(page);
    await d.chooseOption('Initial proposal');
    await d.selectAreaFromList('Northamptonshire');
    expect(await d.detailsRegion()).toBe('Central and East of England');
    expect(await d.mapColourOf(NORTHAMPTONSHIRE)).toBe(colourOf('initial', NORTHAMPTONSHIRE));
    await d.chooseOption('Revised proposal');
    expect(await d.detailsRegion()).toBe('Midlands');
    expect(await d.mapColourOf(NORTHAMPTONSHIRE)).toBe(colourOf('revised', NORTHAMPTONSHIRE));
  });

  it('paints Northamptonshire in its region colour (read off the screen)', async () => {
    const d = driver(page);
    await d.clearSelection();
    for (const id of ['initial', 'revised']) {
      await d.chooseOption(id === 'initial' ? 'Initial proposal' : 'Revised proposal');
      const {x, y} = await projectOnPage(page, anchorOf(NORTHAMPTONSHIRE));
      // A few pixels off the anchor, away from the hover outline and popup.
      const seen = await pixelAt(page, x + 6, y + 6);
      expect(colourDistance(seen, hexToRgb(colourOf(id, NORTHAMPTONSHIRE)))).toBeLessThan(40);
    }
    expect(colourOf('initial', NORTHAMPTONSHIRE)).not.toBe(colourOf('revised', NORTHAMPTONSHIRE));
  });

  it('switches option with the keyboard alone', async () => {
    await driver(page).chooseOption('Revised proposal');
    await page.getByRole('radio', {name: 'Revised proposal'}).focus();
    await page.keyboard.press('ArrowUp');
    await waitForMapIdle(page);
    expect(await driver(page).isOptionChosen('Initial proposal')).toBe(true);
    expect(await driver(page).mapColourOf(NORTHAMPTONSHIRE)).toBe(
      colourOf('initial', NORTHAMPTONSHIRE),
    );
    await page.keyboard.press('ArrowUp');
    await waitForMapIdle(page);
    expect(await driver(page).legendRegions()).toHaveLength(5);
  });

  it('shows an STP tooltip when its list entry gets keyboard focus', async () => {
    await driver(page).focusAreaInList('Devon');
    const tip = await driver(page).tooltipText();
    expect(tip).toContain('Devon');
    expect(tip).toMatch(/Population: [\d,]+/);
  });

  it('selects a region by clicking its name on the map', async () => {
    const user = driver(page);
    await user.chooseOption('Revised proposal');
    await user.clickRegionLabel('East of England');
    expect(await user.detailsTitle()).toBe('East of England');
    expect(await user.isLegendRegionChosen('East of England')).toBe(true);
    await user.chooseLegendRegion('East of England');
  });

  it('stacks the panels under the map on a 360 px phone', async () => {
    const phone = await openPage(browser, inject('baseUrl'), {width: 360, height: 740});
    await waitForMapIdle(phone.page);
    const map = await phone.page.getByTestId('map').boundingBox();
    const controls = await phone.page.locator('#fp-controls').boundingBox();
    expect(map!.width).toBeGreaterThan(300);
    expect(controls!.y).toBeGreaterThanOrEqual(map!.y + map!.height - 1);
    const overflow = await phone.page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.page.screenshot({path: 'test-artifacts/phone-360.png', fullPage: true});
    await phone.page.context().close();
  });
});

describe('bad data and missing WebGL', () => {
  it('shows a clear error panel when a data file is missing', async () => {
    allowPageProblem(/console error: Failed to load resource: .*404.*options-.*\.json/);
    allowPageProblem(/answer 404 for GET .*options-.*\.json/);
    const ctx = await guardedContext(browser);
    const p = await ctx.newPage();
    await p.route(/options-.*\.json$/, (r) => r.fulfill({status: 404, body: 'not found'}));
    await p.goto(inject('baseUrl'));
    const alert = p.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('options.json is missing');
    await ctx.close();
  });

  it('shows a clear error panel when a data file is corrupt', async () => {
    const ctx = await guardedContext(browser);
    const p = await ctx.newPage();
    await p.route(/stps\.topo-.*\.json$/, (r) =>
      r.fulfill({
        status: 200,
        body: '{"type":"Topology","arcs":[',
        contentType: 'application/json',
      }),
    );
    await p.goto(inject('baseUrl'));
    await p.getByRole('alert').waitFor();
    expect(await p.getByRole('alert').textContent()).toContain('stps.topo.json is corrupt');
    await ctx.close();
  });

  it('keeps the simplified map, legend and details working when the browser has no WebGL', async () => {
    const noGl = await launchBrowser(['--disable-webgl', '--disable-3d-apis']);
    try {
      const {page: p} = await openPage(noGl, inject('baseUrl'));
      await waitForMapIdle(p);
      expect(await p.getByTestId('map').getAttribute('data-renderer')).toBe('svg');
      expect(await p.getByTestId('map-note').textContent()).toContain(
        'WebGL is turned off or not supported',
      );
      await p.getByRole('radio', {name: 'Before (five regions)'}).check();
      await waitForMapIdle(p);
      expect(await driver(p).legendRegions()).toHaveLength(5);
      expect(await driver(p).mapColourOf('E54000020')).toBe(colourOf('before', 'E54000020'));
    } finally {
      await noGl.close();
    }
  });
});
