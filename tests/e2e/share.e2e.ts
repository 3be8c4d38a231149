// Share links: the whole view survives a round trip through the address, bad links explain
// themselves and never break the page, and the address never floods history.
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {launchBrowser, openPage, waitForMapIdle} from './browser';
import {driver} from './driver';
import {MALFORMED_LINKS} from './fixtures/malformed-links';

let browser: Browser;
const base = () => inject('baseUrl');

type MapProbe = {__footprintMap: {zoom(): number; center(): [number, number]}};
const mapZoom = (p: Page) => p.evaluate(() => (window as never as MapProbe).__footprintMap.zoom());
const mapCenter = (p: Page) => p.evaluate(() => (window as never as MapProbe).__footprintMap.center());
const searchOf = (p: Page) => p.evaluate(() => location.search);
/** The sync is debounced: wait until the address says what we expect, never a fixed sleep. */
const waitForSearch = (p: Page, test: (search: string) => boolean, timeout = 5000) =>
  p.waitForFunction((src) => new Function('s', `return (${src})(s)`)(location.search), test.toString(), {timeout});

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('a shared link', () => {
  it('round-trips option, selection and the map view the user panned to', async () => {
    const {page, consoleErrors, foreignRequests} = await openPage(browser, base());
    await waitForMapIdle(page);
    const d = driver(page);
    await d.chooseOption('Initial proposal');
    await d.selectStpFromList('Northamptonshire');
    // A real user move: zoom in with the wheel over the Midlands.
    const box = (await page.getByTestId('map').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.55, box.y + box.height * 0.6);
    const before = await mapZoom(page);
    await page.mouse.wheel(0, -600);
    // MapLibre starts a wheel zoom a frame or two later: wait for it, then for it to settle.
    await page.waitForFunction((z) => (window as never as MapProbe).__footprintMap.zoom() > z + 0.1, before);
    await waitForMapIdle(page);
    await waitForSearch(page, (s) => s.includes('view='));
    await page.getByRole('button', {name: 'Copy link'}).click();
    const link = await page.getByTestId('share-link').inputValue();
    expect(link).toContain('option=initial');
    expect(link).toContain('stp=E54000020');
    const zoom = await mapZoom(page);
    const center = await mapCenter(page);
    expect(zoom).toBeGreaterThan(6.2);

    const other = await openPage(browser, link);
    await waitForMapIdle(other.page);
    expect(await other.page.getByRole('radio', {name: 'Initial proposal'}).isChecked()).toBe(true);
    expect(await other.page.getByTestId('details-title').textContent()).toBe('Northamptonshire');
    expect(await driver(other.page).detailsRegion()).toBe('Central and East of England');
    expect(Math.abs((await mapZoom(other.page)) - zoom)).toBeLessThan(0.02);
    const c2 = await mapCenter(other.page);
    expect(Math.abs(c2[0] - center[0])).toBeLessThan(0.001);
    expect(Math.abs(c2[1] - center[1])).toBeLessThan(0.001);
    expect(await other.page.getByTestId('link-messages').count()).toBe(0);
    await other.page.screenshot({path: 'test-artifacts/share-round-trip.png'});
    expect([...consoleErrors, ...other.consoleErrors]).toEqual([]);
    expect([...foreignRequests, ...other.foreignRequests]).toEqual([]);
    await other.page.context().close();
    await page.context().close();
  });

  it('carries compare, region, flow settings, layers and view through the store and back', async () => {
    const params =
      'option=before&compare=initial&region=midlands-and-east&flows=1&min=2500&top=20&cross=1&dir=out&layers=ccgs&view=52.5%2C-1.5%2C7';
    const {page} = await openPage(browser, `${base()}?${params}`);
    await waitForMapIdle(page);
    expect(await page.getByRole('radio', {name: 'Before (five regions)'}).isChecked()).toBe(true);
    expect(await page.getByTestId('details-title').textContent()).toBe('Midlands and East of England');
    expect(await mapZoom(page)).toBeCloseTo(7, 2);
    const [lng, lat] = await mapCenter(page);
    expect(lng).toBeCloseTo(-1.5, 3);
    expect(lat).toBeCloseTo(52.5, 3);
    // The app rewrites the address from its store: identical means every value made the trip.
    await page.getByRole('radio', {name: 'Initial proposal'}).check();
    await waitForSearch(page, (s) => s.includes('option=initial'));
    await page.getByRole('radio', {name: 'Before (five regions)'}).check();
    await waitForSearch(page, (s) => s.includes('option=before'));
    expect(await searchOf(page)).toBe(`?${params}`);
    await page.context().close();
  });

  it('updates the address without adding history entries, and follows Back and Forward', async () => {
    const {page} = await openPage(browser, base());
    await waitForMapIdle(page);
    const before = await page.evaluate(() => history.length);
    const d = driver(page);
    for (const title of ['Initial proposal', 'Before (five regions)', 'Revised proposal', 'Initial proposal']) await d.chooseOption(title);
    await waitForSearch(page, (s) => s === '?option=initial');
    expect(await page.evaluate(() => history.length)).toBe(before);

    // Another script (or the user, via a bookmarklet) pushes an entry: Back and Forward follow it.
    await page.evaluate(() => history.pushState(null, '', '?option=before&region=london'));
    await page.evaluate(() => dispatchEvent(new PopStateEvent('popstate')));
    await waitForMapIdle(page);
    expect(await d.legendRegions()).toHaveLength(5);
    expect(await page.getByTestId('details-title').textContent()).toBe('London');
    await page.goBack();
    await page.getByRole('radio', {name: 'Initial proposal', checked: true}).waitFor();
    expect(await page.getByTestId('details-title').count()).toBe(0);
    await page.goForward();
    await page.getByRole('radio', {name: 'Before (five regions)', checked: true}).waitFor();
    await page.context().close();
  });
});

describe(`${MALFORMED_LINKS.length} malformed links`, () => {
  it('each shows a message, keeps the page working and runs no injected script', async () => {
    expect(MALFORMED_LINKS.length).toBeGreaterThanOrEqual(50);
    const context = await browser.newContext({viewport: {width: 1280, height: 800}});
    const page = await context.newPage();
    const errors: string[] = [];
    const dialogs: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('dialog', (dlg) => {
      dialogs.push(dlg.message());
      void dlg.dismiss();
    });
    const failures: string[] = [];
    for (const [i, query] of MALFORMED_LINKS.entries()) {
      await page.goto(`${base()}?${query}`);
      const banner = page.getByTestId('link-messages');
      try {
        await banner.waitFor({timeout: 15000});
      } catch {
        failures.push(`no message for ?${query.slice(0, 80)}`);
        continue;
      }
      const text = (await banner.textContent()) ?? '';
      if (!/could not be used/.test(text) || (await banner.locator('li').count()) === 0) failures.push(`empty message for ${query}`);
      // The page still works: a legend, an option chosen, a map box.
      if ((await page.locator('[data-testid="legend"] li').count()) < 5) failures.push(`no legend for ${query}`);
      if ((await page.locator('input[name="fp-option"]:checked').count()) !== 1) failures.push(`no option for ${query}`);
      // Injected markup stays text: nothing the link names becomes an element.
      if ((await page.locator('.fp-link-messages script, .fp-link-messages img, .fp-link-messages svg, .fp-link-messages b').count()) > 0) {
        failures.push(`markup rendered for ${query}`);
      }
      // Every tenth link: let the map finish too, and see the address cleaned up.
      if (i % 10 === 0) {
        await waitForMapIdle(page);
        await page.waitForFunction(() => new URLSearchParams(location.search).has('option'));
      }
    }
    // Dismiss works and hands focus back to the controls.
    await page.getByRole('button', {name: 'Dismiss'}).click();
    expect(await page.getByTestId('link-messages').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('fp-controls');
    await page.goto(`${base()}?option=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&stp=%3Cscript%3Ealert(2)%3C%2Fscript%3E`);
    await page.getByTestId('link-messages').waitFor();
    await waitForMapIdle(page);
    await page.screenshot({path: 'test-artifacts/share-malformed-link.png'});
    expect(failures).toEqual([]);
    expect(errors).toEqual([]);
    expect(dialogs).toEqual([]);
    await context.close();
  });
});
