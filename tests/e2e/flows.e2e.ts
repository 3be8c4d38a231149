// Patient-flow arrows, read from what the map renders (queryRenderedFeatures on the flow
// layers through window.__footprintFlows), not from the store.
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {readFileSync} from 'node:fs';
import {launchBrowser, openPage, waitForMapIdle, type OpenedPage} from './browser';
import {driver} from './driver';
import {projectOnPage} from './pixels';

const NORTHAMPTONSHIRE = 'E54000020';
const LEICESTER = 'E54000015';
const COVENTRY_WARWICKSHIRE = 'E54000018';

const flows = (
  JSON.parse(readFileSync('data/england-2018/flows-stp.json', 'utf8')) as {
    flows: [string, string, number][];
  }
).flows;
const volumeOf = (key: string) => flows.find(([o, d]) => `${o}>${d}` === key)![2];
const options = JSON.parse(readFileSync('data/england-2018/options.json', 'utf8')).options as {
  id: string;
  assignments: Record<string, string>;
}[];
const crosses = (optionId: string, key: string) => {
  const a = options.find((o) => o.id === optionId)!.assignments;
  const [o, d] = key.split('>') as [string, string];
  return a[o] !== a[d];
};

type FlowHook = {
  arrows(): string[];
  heads(): string[];
  midpoint(key: string): [number, number] | null;
};
const arrows = (page: Page) =>
  page.evaluate(() => (window as never as {__footprintFlows: FlowHook}).__footprintFlows.arrows());
const heads = (page: Page) =>
  page.evaluate(() => (window as never as {__footprintFlows: FlowHook}).__footprintFlows.heads());
const midpoint = (page: Page, key: string) =>
  page.evaluate(
    (k) => (window as never as {__footprintFlows: FlowHook}).__footprintFlows.midpoint(k),
    key,
  );

let browser: Browser;
let opened: OpenedPage;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  opened = await openPage(browser, inject('baseUrl'), {width: 1400, height: 900});
  page = opened.page;
  await waitForMapIdle(page);
});
afterAll(async () => browser?.close());

async function setFlowsVisible(on: boolean) {
  await page.getByRole('checkbox', {name: 'Show flows on the map'}).setChecked(on);
  await waitForMapIdle(page);
}

describe('patient flows', () => {
  it('shows the whole-option number for the revised proposal and its change from the others', async () => {
    const box = page.getByTestId('cross-region-total');
    await box.waitFor();
    expect(await page.getByTestId('cross-region-value').textContent()).toBe('2,131,457');
    expect(await box.textContent()).toContain(
      'residents attributed to a hospital trust outside their own region',
    );
    expect(await box.locator('[data-option=initial]').textContent()).toBe(
      'From Initial proposal (2,165,459): −34,002 (−1.6%)',
    );
    expect(await box.locator('[data-option=before]').textContent()).toBe(
      'From Before (five regions) (1,903,542): +227,915 (+12.0%)',
    );
    await driver(page).chooseOption('Initial proposal');
    expect(await page.getByTestId('cross-region-value').textContent()).toBe('2,165,459');
    await driver(page).chooseOption('Revised proposal');
  });

  it('draws no arrows until asked, then the 40 largest flows of 5,000 or more, each with its arrowhead', async () => {
    expect(await arrows(page)).toEqual([]);
    await setFlowsVisible(true);
    const drawn = await arrows(page);
    expect(drawn).toHaveLength(40);
    expect(await heads(page)).toEqual(drawn);
    for (const key of drawn) expect(volumeOf(key)).toBeGreaterThanOrEqual(5000);
    expect(await page.getByTestId('flow-count').textContent()).toBe('40 arrows on the map.');
    await driver(page).screenshot('flows-default');
  });

  it('draws fewer arrows as the minimum volume rises (keyboard on the slider, value in words)', async () => {
    const slider = page.getByRole('slider', {name: /Smallest flow/});
    expect(await slider.getAttribute('aria-valuetext')).toBe('5,000 people or more');
    await slider.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await waitForMapIdle(page);
    expect(await slider.getAttribute('aria-valuetext')).toBe('100,000 people or more');
    const drawn = await arrows(page);
    const expected = flows.filter(([o, d, v]) => o !== d && v >= 100_000).length;
    expect(expected).toBe(18);
    expect(drawn).toHaveLength(18);
    for (const key of drawn) expect(volumeOf(key)).toBeGreaterThanOrEqual(100_000);
    await driver(page).screenshot('flows-100000');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
    await waitForMapIdle(page);
    expect(await arrows(page)).toHaveLength(40);
  });

  it('"only flows that cross a region boundary" follows the option shown', async () => {
    await page.getByRole('checkbox', {name: /Only flows that cross a region boundary/}).check();
    await waitForMapIdle(page);
    const revised = await arrows(page);
    expect(revised.length).toBeGreaterThan(0);
    for (const key of revised) expect(crosses('revised', key)).toBe(true);
    await driver(page).chooseOption('Initial proposal');
    const initial = await arrows(page);
    for (const key of initial) expect(crosses('initial', key)).toBe(true);
    expect(initial).not.toEqual(revised);
    await driver(page).screenshot('flows-cross-region-initial');
    await driver(page).chooseOption('Revised proposal');
  });

  it("draws Northamptonshire's flows to Leicester and to Coventry and Warwickshire when it is selected", async () => {
    await page.getByRole('checkbox', {name: /Only flows that cross a region boundary/}).uncheck();
    await driver(page).selectAreaFromList('Northamptonshire');
    await waitForMapIdle(page);
    const drawn = await arrows(page);
    expect(drawn).toContain(`${NORTHAMPTONSHIRE}>${LEICESTER}`);
    expect(drawn).toContain(`${NORTHAMPTONSHIRE}>${COVENTRY_WARWICKSHIRE}`);
    // Focus: every arrow starts or ends in Northamptonshire, and both directions are there.
    for (const key of drawn) expect(key.split('>')).toContain(NORTHAMPTONSHIRE);
    expect(drawn).toContain(`${LEICESTER}>${NORTHAMPTONSHIRE}`);
    expect(await page.getByTestId('flow-count').textContent()).toContain('for Northamptonshire');
    await driver(page).screenshot('flows-northamptonshire');

    // Under the initial proposal with cross-region only, Leicester is across a boundary;
    // under the revised, Northamptonshire joins the Midlands and the arrow is no longer drawn.
    await page.getByRole('checkbox', {name: /Only flows that cross a region boundary/}).check();
    await driver(page).chooseOption('Initial proposal');
    expect(await arrows(page)).toContain(`${NORTHAMPTONSHIRE}>${LEICESTER}`);
    await driver(page).chooseOption('Revised proposal');
    expect(await arrows(page)).not.toContain(`${NORTHAMPTONSHIRE}>${LEICESTER}`);
    await page.getByRole('checkbox', {name: /Only flows that cross a region boundary/}).uncheck();
    await waitForMapIdle(page);
  });

  it('describes a flow under the pointer: origin, destination, volume with unit and period, share of the origin', async () => {
    const key = `${NORTHAMPTONSHIRE}>${LEICESTER}`;
    const at = await midpoint(page, key);
    expect(at).not.toBeNull();
    const {x, y} = await projectOnPage(page, at!);
    await page.mouse.move(x, y);
    const tooltip = page.getByTestId('flow-tooltip');
    await tooltip.waitFor();
    const text = (await tooltip.textContent()) ?? '';
    expect(text).toContain('Northamptonshire → Leicester, Leicestershire and Rutland');
    expect(text).toContain('22,598 people');
    // 22,598 of the 715,491 Northamptonshire residents in the flows.
    expect(text).toContain('3.2% of everything from Northamptonshire');
    expect(text).toContain('Within Midlands (Revised proposal)');
    expect(text).toContain(
      'Residents attributed to hospital trusts (PHE catchment populations, 2018)',
    );
    await driver(page).screenshot('flows-tooltip');
    await page.mouse.move(5, 5);
  });

  it('dashes arrows within a region, on the map and in the legend, so colour is not the only difference', async () => {
    const legend = page.getByTestId('flow-legend');
    const dash = (name: RegExp) =>
      legend.locator('li', {hasText: name}).locator('line').getAttribute('stroke-dasharray');
    expect(await dash(/stays within one region/)).toBeTruthy();
    expect(await dash(/crosses a region boundary/)).toBeNull();
    await driver(page).screenshot('flows-within-dashed');
    await legend.screenshot({path: 'test-artifacts/flows-legend-dashed.png'});
  });

  it('takes the description away when the flow under the pointer stops being drawn', async () => {
    const key = `${NORTHAMPTONSHIRE}>${LEICESTER}`;
    const {x, y} = await projectOnPage(page, (await midpoint(page, key))!);
    await page.mouse.move(x, y);
    const tooltip = page.getByTestId('flow-tooltip');
    await tooltip.waitFor();
    // From the keyboard, so the pointer stays where it is: the flow is within Midlands, so it goes.
    const crossOnly = page.getByRole('checkbox', {name: /Only flows that cross a region boundary/});
    await crossOnly.focus();
    await page.keyboard.press('Space');
    await waitForMapIdle(page);
    expect(await arrows(page)).not.toContain(key);
    await tooltip.waitFor({state: 'hidden'});
    await page.keyboard.press('Space');
    await waitForMapIdle(page);
    await page.mouse.move(5, 5);
  });

  it('lets the keyboard reach the same description through the flow list', async () => {
    await page.getByText('List the flows on the map').click();
    const item = page.getByRole('button', {
      name: /^Northamptonshire → Coventry and Warwickshire 16,139 people\b/,
    });
    await item.focus();
    const tooltip = page.getByTestId('flow-tooltip');
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toContain('16,139 people');
    // A click (a tap on a touch screen) keeps the highlight that focus made; rows are not toggles.
    await item.click();
    expect(await tooltip.textContent()).toContain('16,139 people');
    expect(await item.getAttribute('aria-pressed')).toBeNull();
    expect(opened.consoleErrors).toEqual([]);
    expect(opened.foreignRequests).toEqual([]);
  });
});
