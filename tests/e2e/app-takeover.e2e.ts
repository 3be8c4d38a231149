// The app taking over the prerendered page (issue 21), with the page's own code held back
// (driver.holdAppCode). Its start-up data is asked for beside that code, not after it
// (src/data/startup-fetch.ts): the manifest and the files every page needs before drawing
// (areas, context, options) are requested while the code is held, and once it arrives the
// loader takes those responses, so no data file is downloaded twice. And the prerendered map has
// the box the app gives it (desktop, tablet, phone), so the map does not move when the app
// takes over.
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {contextsClosedAfterEach, guardedContext, launchBrowser, waitForMapIdle} from './browser';
import {driver} from './driver';

let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(async () => browser?.close());

const opened = contextsClosedAfterEach();

/** A page whose own code is held back (release it with the function returned), with every
 * request's path noted in `asked`; `beforeLoad` runs before the page is opened. Its context
 * is closed after the test, passed or failed. */
async function openHeld(
  path: string,
  viewport = {width: 1280, height: 800},
  beforeLoad: (page: Page) => unknown = () => undefined,
): Promise<{page: Page; release: () => void; asked: string[]}> {
  const base = inject('baseUrl');
  const context = await guardedContext(browser, {viewport}, [new URL(base).origin]);
  opened.push(context);
  const page = await context.newPage();
  const asked: string[] = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  const release = await driver(page).holdAppCode();
  const waiting = Promise.resolve(beforeLoad(page));
  // A failed page load is the error to report, not this wait's.
  waiting.catch(() => undefined);
  await page.goto(`${base}${path}`, {waitUntil: 'domcontentloaded'});
  await page.locator('.fp-prerender svg.fp-svgmap').waitFor();
  await waiting;
  return {page, release, asked};
}

/** The start-up files of the default geography, by their asset names. */
const STARTUP_FILES = [
  /\/manifest-[^/]+\.json$/,
  /\/stps\.topo-[^/]+\.json$/,
  /\/context\.topo-[^/]+\.json$/,
  /\/options-[^/]+\.json$/,
];

describe('the app taking over the prerendered page', () => {
  it.each([
    ['the app', '?renderer=svg'],
    ['the embed', 'embed.html'],
  ])(
    '%s asks for its start-up data while its code is held back, and for each file once',
    async (_, path) => {
      const {page, release, asked} = await openHeld(path, undefined, (page) =>
        // Without the prefetch nothing asks for these until the code is let through.
        Promise.all(STARTUP_FILES.map((file) => page.waitForRequest(file, {timeout: 10000}))),
      );
      release();
      await waitForMapIdle(page);
      const files = asked.filter((p) => p.endsWith('.json'));
      expect(files).toEqual([...new Set(files)]);
    },
  );

  it.each([
    {width: 1280, height: 800},
    {width: 1920, height: 1080},
    {width: 1000, height: 800},
    {width: 1280, height: 500},
    {width: 600, height: 800},
    {width: 360, height: 740},
  ])('at $width × $height the prerendered map has the box the app gives it', async (viewport) => {
    const {page, release} = await openHeld('?renderer=svg', viewport);
    await expectSameMapBox(page, release);
  });

  // The embed's frame (title, switch, words, legend, footer) is prerendered too, once per case a
  // link can ask for (scripts/lib/prerender-embed.tsx): at 360 px its map was 525 px tall in the
  // HTML against 240 live.
  it.each([
    {page: 'embed.html', width: 1280, height: 800},
    {page: 'embed.html', width: 700, height: 500},
    {page: 'embed.html', width: 360, height: 740},
    {page: 'embed.html?option=initial', width: 360, height: 740},
    {page: 'embed.html?fixed=1', width: 360, height: 740},
    {page: 'embed.html?controls=0', width: 700, height: 500},
    {page: 'embed.html?autoheight=1', width: 360, height: 740},
    {page: 'embed.html?chart=population', width: 1280, height: 800},
    {page: 'embed.html?chart=population,containment', width: 700, height: 500},
  ])(
    '$page at $width × $height: the prerendered map has the box the app gives it, under the same title',
    async ({page: path, width, height}) => {
      const {page, release} = await openHeld(path, {width, height});
      const title = page.locator('.fp-embed__title >> visible=true');
      const before = await title.innerText();
      await expectSameMapBox(page, release);
      expect(await title.innerText()).toBe(before);
    },
  );
});

/** Notes the prerendered map's box, lets the app's code through and checks the app's map has
 * the same box, in size and place. */
async function expectSameMapBox(page: Page, release: () => void): Promise<void> {
  const prerendered = await page.locator('.fp-prerender .fp-svgmap-host').boundingBox();
  expect(prerendered).not.toBeNull();
  release();
  await waitForMapIdle(page);
  expect(await page.locator('.fp-svgmap-host').boundingBox()).toEqual(prerendered);
}
