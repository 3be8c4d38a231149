// The app taking over the prerendered page (issue 21). Its start-up data is asked for beside the
// page's code, not after it (src/data/startup-fetch.ts): with the page's own code held back, the
// manifest and the files every page needs before drawing (areas, context, options) are still
// requested, and once the code arrives the loader takes those responses: no data file is
// downloaded twice. And at desktop widths the prerendered map has the app's box, so the map
// does not move when the app takes over (and the app draws it once, at that size).
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {guardedContext, launchBrowser, waitForMapIdle} from './browser';

let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(async () => browser?.close());

const PAGES = [
  {name: 'the app', path: '', code: /\/assets\/app-main-[^/]+\.js$/},
  {name: 'the embed', path: 'embed.html', code: /\/assets\/embed-main-[^/]+\.js$/},
];

describe('the app taking over the prerendered page', () => {
  for (const {name, path, code} of PAGES) {
    it(`${name}: asks for its start-up data while its code is held back, and for each file once`, async () => {
      const base = inject('baseUrl');
      const context = await guardedContext(browser, {viewport: {width: 1280, height: 800}}, [
        new URL(base).origin,
      ]);
      const page = await context.newPage();
      const asked: string[] = [];
      page.on('request', (r) => asked.push(new URL(r.url()).pathname));
      let release = () => undefined as void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(code, async (route) => {
        await held;
        await route.continue();
      });
      const data = [/\/manifest-[^/]+\.json$/, /\/stps\.topo-/, /\/context\.topo-/, /\/options-/];
      const requested = Promise.all(data.map((file) => page.waitForRequest(file)));
      await page.goto(`${base}${path}`);
      // Before the page's code is let through: without the prefetch nothing asks for these.
      await requested;
      release();
      await waitForMapIdle(page);
      const files = asked.filter((p) => p.endsWith('.json'));
      expect(files.length).toBeGreaterThanOrEqual(4);
      expect(files).toEqual([...new Set(files)]);
      await context.close();
    });
  }

  it('at desktop widths the prerendered map has the box the app gives it', async () => {
    const base = inject('baseUrl');
    for (const viewport of [
      {width: 1280, height: 800},
      {width: 1920, height: 1080},
    ]) {
      const context = await guardedContext(browser, {viewport}, [new URL(base).origin]);
      const page = await context.newPage();
      let release = () => undefined as void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(PAGES[0]!.code, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${base}?renderer=svg`);
      // The prerendered map, while the app's code is held back.
      const prerendered = await page.locator('.fp-prerender .fp-svgmap-host').boundingBox();
      expect(prerendered).not.toBeNull();
      release();
      await waitForMapIdle(page);
      expect(await page.locator('.fp-svgmap-host').boundingBox()).toEqual(prerendered);
      await context.close();
    }
  });
});
