// "Load flow data": the user's CSV, read in the browser. A bad row is named with its row
// number and nothing changes; a good file changes the arrows; one click brings the built-in
// data back. The loaded data never goes in the address.
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {launchBrowser, openPage, waitForMapIdle, type OpenedPage} from './browser';

type FlowHook = {arrows(): string[]};
const arrows = (page: Page) =>
  page.evaluate(() => (window as never as {__footprintFlows: FlowHook}).__footprintFlows.arrows());

let browser: Browser;
let opened: OpenedPage;
let page: Page;
let requestsAfterLoad: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  opened = await openPage(browser, `${inject('baseUrl')}?option=revised&flows=1`, {
    width: 1400,
    height: 900,
  });
  page = opened.page;
  await waitForMapIdle(page);
  await page.getByText('Load flow data', {exact: true}).click();
});
afterAll(async () => browser?.close());

async function choose(name: string, text: string) {
  await page
    .getByTestId('flow-file')
    .setInputFiles({name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8')});
}

describe('loading your own flow data', () => {
  it('refuses a file with bad rows, naming each row, and leaves the map as it was', async () => {
    expect(await arrows(page)).toHaveLength(40);
    await choose(
      'bad.csv',
      [
        'origin,destination,volume',
        'E54000020,E54000015,1200',
        'E54000020,E54000018,lots',
        'E54999999,E54000015,5',
        '04G,RWE',
        'E54000020,E54000015,1,234',
      ].join('\n'),
    );
    const problems = page.getByTestId('flow-file-problems');
    await problems.waitFor();
    const items = await problems.locator('li').allTextContents();
    expect(items).toEqual([
      'Row 3: the volume "lots" is not a number',
      'Row 4: origin "E54999999" is not an STP (E54…) or CCG (E38… or ODS code such as 03H) of April 2018',
      'Row 5: expected 3 values (origin, destination, volume), found 2',
      'Row 6: found 4 values but the header has 3 — a number written with a comma, such as 1,234, splits into two values: write 1234, or quote "1,234"',
    ]);
    expect(await problems.getAttribute('role')).toBe('alert');
    await waitForMapIdle(page);
    expect(await arrows(page)).toHaveLength(40);
    expect(await page.getByTestId('cross-region-value').textContent()).toBe('2,131,457');
    await problems.scrollIntoViewIfNeeded();
    await page.screenshot({path: 'test-artifacts/flows-import-bad.png'});
  });

  it('draws a good file instead (CCG and trust codes counted in their STPs), with its own unit', async () => {
    const before = await page.evaluate(() => location.search);
    requestsAfterLoad = [];
    page.on('request', (r) => requestsAfterLoad.push(r.url()));
    await page.getByLabel('Period (optional)').fill('2018/19');
    await choose(
      'admissions.csv',
      [
        'origin,destination,volume',
        'E54000020,E54000015,12000', // Northamptonshire → Leicester
        '04G,RKB,9000', // Nene CCG → University Hospitals Coventry and Warwickshire
        '03V,E54000020,30000', // Corby → Northamptonshire (self-flow: no arrow)
        'E54000015,RNS,8000', // Leicester → Northampton General
      ].join('\n'),
    );
    await page.getByTestId('flow-file-loaded').waitFor();
    await waitForMapIdle(page);
    expect(await arrows(page)).toEqual([
      'E54000015>E54000020',
      'E54000020>E54000015',
      'E54000020>E54000018',
    ]);
    expect(await page.getByTestId('flow-measure').textContent()).toBe(
      'Measure: admissions, 2018/19 (your file admissions.csv).',
    );
    // Under the revised proposal all three flows stay in the Midlands.
    expect(await page.getByTestId('cross-region-value').textContent()).toBe('0');
    expect(await page.getByTestId('flow-min-words').textContent()).toBe('5,000 admissions or more');
    // Data, not a choice: the address does not change, and nothing was sent anywhere.
    expect(await page.evaluate(() => location.search)).toBe(before);
    expect(requestsAfterLoad.filter((u) => !/\.(json|js|css)(\?|$)/.test(u))).toEqual([]);
    await page.getByTestId('map').scrollIntoViewIfNeeded();
    await page.screenshot({path: 'test-artifacts/flows-import-good.png'});
  });

  it('brings the built-in data back with one click', async () => {
    await page.getByRole('button', {name: 'Use the built-in data again'}).click();
    await waitForMapIdle(page);
    expect(await arrows(page)).toHaveLength(40);
    expect(await page.getByTestId('cross-region-value').textContent()).toBe('2,131,457');
    expect(opened.consoleErrors).toEqual([]);
    expect(opened.foreignRequests).toEqual([]);
  });
});
