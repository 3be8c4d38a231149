// Patient flows in the embed: the Embed dialog passes the map's flow settings on, and the embed
// draws the arrows with their key and measure, or leaves them off; in Chromium.
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {readFileSync} from 'node:fs';
import {launchBrowser, openPage, waitForMapIdle} from './browser';
import {axeViolations} from './axe';

const volumes = new Map(
  (
    JSON.parse(readFileSync('data/england-2018/flows-stp.json', 'utf8')) as {
      flows: [string, string, number][];
    }
  ).flows.map(([o, d, v]) => [`${o}>${d}`, v]),
);
type FlowHook = {arrows(): string[]};
const arrows = (page: Page) =>
  page.evaluate(() => (window as never as {__footprintFlows: FlowHook}).__footprintFlows.arrows());
const embedPage = (query: string) => new URL(`embed.html${query}`, inject('baseUrl')).toString();

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('flows in the embed', () => {
  it('the Embed dialog carries the map’s flow settings into the snippet, unless unticked', async () => {
    const {page} = await openPage(browser, `${inject('baseUrl')}?option=revised&flows=1&min=10000`);
    await waitForMapIdle(page);
    await page.getByRole('button', {name: 'Embed…'}).click();
    const dialog = page.getByRole('dialog', {name: 'Embed this map'});
    const box = dialog.getByLabel('Show patient-flow arrows, with their key');
    expect(await box.isChecked()).toBe(true);
    const src = () =>
      page
        .getByTestId('embed-snippet')
        .inputValue()
        .then((s) => new URL(s.match(/src="([^"]+)"/)![1]!.replace(/&amp;/g, '&')));
    expect((await src()).searchParams.get('flows')).toBe('1');
    expect((await src()).searchParams.get('min')).toBe('10000');
    await box.uncheck();
    expect((await src()).searchParams.has('flows')).toBe(false);
    expect((await src()).searchParams.has('min')).toBe(false);
    await page.context().close();
  });

  it('says when only flows between regions are drawn', async () => {
    const {page} = await openPage(
      browser,
      embedPage('?option=initial&flows=1&min=0&top=10&cross=1'),
    );
    await waitForMapIdle(page);
    expect(await page.getByTestId('embed-flow-measure').textContent()).toBe(
      'Arrows: residents attributed to hospital trusts (PHE catchment populations, 2018). The largest 10 flows, between regions under the initial proposal only.',
    );
    expect(await page.getByTestId('flow-count').textContent()).toBe('10 arrows on the map.');
    await page.context().close();
  });

  it('draws the arrows with their key and measure, and the checkbox turns them off', async () => {
    const {page, consoleErrors, foreignRequests} = await openPage(
      browser,
      embedPage('?option=revised&flows=1&min=10000'),
      {width: 1000, height: 900},
    );
    await waitForMapIdle(page);
    await page.waitForFunction(
      () => (window as never as {__footprintFlows?: FlowHook}).__footprintFlows?.arrows().length,
    );
    const drawn = await arrows(page);
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.length).toBeLessThanOrEqual(40);
    for (const key of drawn) expect(volumes.get(key)).toBeGreaterThanOrEqual(10_000);
    const section = page.getByTestId('embed-flows');
    expect(await section.getByTestId('embed-flow-measure').textContent()).toBe(
      'Arrows: residents attributed to hospital trusts (PHE catchment populations, 2018). The largest 40 flows of 10,000 people or more.',
    );
    // The arrows as text: the count and the list of the same flows.
    expect(await section.getByTestId('flow-count').textContent()).toBe(
      `${drawn.length} arrows on the map.`,
    );
    expect(await section.getByTestId('flow-list').locator('li').count()).toBe(drawn.length);
    expect(await section.getByTestId('flow-legend').isVisible()).toBe(true);
    await page.screenshot({path: 'test-artifacts/embed-flows.png', fullPage: true});
    expect(await axeViolations(page)).toEqual([]);

    await section.getByLabel('Show flows on the map').uncheck();
    await waitForMapIdle(page);
    expect(await arrows(page)).toEqual([]);
    expect(await section.getByTestId('flow-legend').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('without controls and without flows, says nothing about flows', async () => {
    const {page} = await openPage(browser, embedPage('?option=revised&controls=0'));
    await waitForMapIdle(page);
    expect(await page.getByTestId('embed-flows').count()).toBe(0);
    expect(await arrows(page)).toEqual([]);
    await page.context().close();
  });
});
