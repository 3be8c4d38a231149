// Share links: the whole view survives a round trip through the address, bad links explain
// themselves and never break the page, and the address never floods history.
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {launchBrowser, openPage, waitForMapIdle} from './browser';
import {driver} from './driver';

let browser: Browser;
const base = () => inject('baseUrl');

type MapProbe = {__footprintMap: {zoom(): number; center(): [number, number]}};
const mapZoom = (p: Page) => p.evaluate(() => (window as never as MapProbe).__footprintMap.zoom());
const mapCenter = (p: Page) =>
  p.evaluate(() => (window as never as MapProbe).__footprintMap.center());
const searchOf = (p: Page) => p.evaluate(() => location.search);
/** The sync is debounced: wait until the address says what we expect, never a fixed sleep.
 * Polled from the test, not in the page: a test function rebuilt in the page with new Function
 * is eval, which the page's Content-Security-Policy refuses (DevTools' first try is exempt, so
 * it failed only when the address was not yet written at that first try). */
const waitForSearch = (p: Page, test: (search: string) => boolean, timeout = 20_000) =>
  expect.poll(() => searchOf(p), {timeout, interval: 50}).toSatisfy(test);

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('a shared link', () => {
  // Two tests (each under the 30 s limit on a busy machine): the second opens the link the
  // first copied.
  let copied: {link: string; zoom: number; center: [number, number]} | undefined;
  it('copies a link after choosing an option and an STP and zooming the map', async () => {
    const {page} = await openPage(browser, base());
    await waitForMapIdle(page);
    const d = driver(page);
    await d.chooseOption('Initial proposal');
    await d.selectAreaFromList('Northamptonshire');
    // A real user move: zoom in with the wheel over the Midlands.
    const box = (await page.getByTestId('map').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.55, box.y + box.height * 0.6);
    const before = await mapZoom(page);
    await page.mouse.wheel(0, -600);
    // MapLibre starts a wheel zoom a frame or two later: wait for it, then for it to settle.
    await page.waitForFunction(
      (z) => (window as never as MapProbe).__footprintMap.zoom() > z + 0.1,
      before,
    );
    await waitForMapIdle(page);
    await waitForSearch(page, (s) => s.includes('view='));
    const link = await driver(page).copyLink();
    expect(link).toContain('option=initial');
    expect(link).toContain('stp=E54000020');
    copied = {link, zoom: await mapZoom(page), center: await mapCenter(page)};
    expect(copied.zoom).toBeGreaterThan(6.2);
    await page.context().close();
  });

  it('the copied link opens the same option, selection and map view', async () => {
    if (!copied) throw new Error('needs the link the previous test copied');
    const {zoom, center} = copied;
    const {page: other} = await openPage(browser, copied.link);
    await waitForMapIdle(other);
    expect(await driver(other).isOptionChosen('Initial proposal')).toBe(true);
    expect(await driver(other).detailsTitle()).toBe('Northamptonshire');
    expect(await driver(other).detailsRegion()).toBe('Central and East of England');
    expect(Math.abs((await mapZoom(other)) - zoom)).toBeLessThan(0.02);
    const c2 = await mapCenter(other);
    expect(Math.abs(c2[0] - center[0])).toBeLessThan(0.001);
    expect(Math.abs(c2[1] - center[1])).toBeLessThan(0.001);
    expect(await driver(other).isShown('link-messages')).toBe(false);
    await other.screenshot({path: 'test-artifacts/share-round-trip.png'});
    await other.context().close();
  });

  it('carries compare, region, flow settings, layers and view through the store and back', async () => {
    const params =
      'option=before&compare=initial&region=midlands-and-east&flows=1&min=2500&top=20&cross=1&dir=out&layers=ccgs&view=52.5%2C-1.5%2C7';
    const {page} = await openPage(browser, `${base()}?${params}`);
    await waitForMapIdle(page);
    expect(await driver(page).isOptionChosen('Before (five regions)')).toBe(true);
    expect(await driver(page).detailsTitle()).toBe('Midlands and East of England');
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
    for (const title of [
      'Initial proposal',
      'Before (five regions)',
      'Revised proposal',
      'Initial proposal',
    ])
      await d.chooseOption(title);
    await waitForSearch(page, (s) => s === '?option=initial');
    expect(await page.evaluate(() => history.length)).toBe(before);

    // Another script (or the user, via a bookmarklet) pushes an entry: Back and Forward follow it.
    await page.evaluate(() => history.pushState(null, '', '?option=before&region=london'));
    await page.evaluate(() => dispatchEvent(new PopStateEvent('popstate')));
    await waitForMapIdle(page);
    expect(await d.legendRegions()).toHaveLength(5);
    expect(await d.detailsTitle()).toBe('London');
    await page.goBack();
    await d.waitForOption('Initial proposal');
    expect(await d.isShown('details-title')).toBe(false);
    await page.goForward();
    await d.waitForOption('Before (five regions)');
    await page.context().close();
  });
});

// The parser meets every malformed link in tests/unit/malformed-links.test.ts and the fuzz
// test; the browser checks a sample reaches the page as text, keeps it working, and cleans
// the address. One page for all: a reload per link, not a new browser context.
describe('malformed links in the browser', () => {
  let page: Page;
  const dialogs: string[] = [];
  beforeAll(async () => {
    ({page} = await openPage(browser, base()));
    page.on('dialog', (dlg) => {
      dialogs.push(dlg.message());
      void dlg.dismiss();
    });
  });
  afterAll(async () => page?.context().close());

  const messagesOf = async (query: string) => {
    await page.goto(`${base()}?${query}`);
    const banner = page.getByTestId('link-messages');
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/could not be used/);
    return banner.locator('li').allTextContents();
  };
  /** The page still works: a legend, one option chosen, a finished map. */
  const expectWorkingPage = async () => {
    await waitForMapIdle(page);
    expect(await page.locator('[data-testid="legend"] li').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('input[name="fp-option"]:checked').count()).toBe(1);
  };

  it('a misspelt parameter is named with the one meant, and dropped from the address', async () => {
    expect(await messagesOf('optoin=initial&stp=E54000020')).toEqual([
      "Unknown setting 'optoin' — did you mean option?",
    ]);
    await expectWorkingPage();
    expect(await driver(page).isOptionChosen('Revised proposal')).toBe(true);
    await waitForSearch(
      page,
      (s) => s.startsWith('?option=revised&stp=E54000020') && !s.includes('optoin'),
    );
  });

  it('script in a link stays text and never runs', async () => {
    const messages = await messagesOf(
      `option=${encodeURIComponent('<img src=x onerror=alert(1)>')}&stp=${encodeURIComponent('<script>alert(2)</script>')}`,
    );
    expect(messages).toEqual([
      "Unknown option '<img src=x onerror=alert(1)>' — showing Revised proposal",
      "Unknown STP code '<script>alert(2)</script>' — no STP selected",
    ]);
    expect(await page.locator('.fp-link-messages script, .fp-link-messages img').count()).toBe(0);
    await expectWorkingPage();
    await page.screenshot({path: 'test-artifacts/share-malformed-link.png'});
    expect(dialogs).toEqual([]);
  });

  it('wrong types and huge values fall back to defaults; Dismiss hands focus to the controls', async () => {
    const messages = await messagesOf('min=1e309&top=0&view=abc&__proto__[x]=1');
    expect(messages).toHaveLength(4);
    await expectWorkingPage();
    await page.getByRole('button', {name: 'Dismiss'}).click();
    expect(await driver(page).isShown('link-messages')).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('fp-controls');
  });

  it('an STP code in lower case is the same STP (issue 10.4)', async () => {
    await page.goto(`${base()}?stp=e54000020`);
    await expectWorkingPage();
    expect(await driver(page).detailsTitle()).toBe('Northamptonshire');
    expect(await driver(page).isShown('link-messages')).toBe(false);
    await waitForSearch(page, (s) => s.includes('stp=E54000020'));
  });
});
