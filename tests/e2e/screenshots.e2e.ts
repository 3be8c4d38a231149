// Three key views against committed reference images (tests/e2e/references), on the SVG map
// (deterministic: no WebGL), at 1280 × 800. See screenshots.ts for the tolerance and updating.
import {afterAll, beforeAll, describe, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {launchBrowser, openPage, waitForMapIdle} from './browser';
import {expectScreenshot} from './screenshots';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function view(path: string, ready: (page: Page) => Promise<unknown>, name: string) {
  const {page} = await openPage(browser, new URL(path, inject('baseUrl')).toString(), {
    width: 1280,
    height: 800,
  });
  try {
    await waitForMapIdle(page);
    await ready(page);
    // Fonts settle before the picture; nothing on these views shows a time or moves, so
    // nothing needs masking (expectScreenshot takes masks for views that do).
    await page.evaluate(() => document.fonts.ready);
    await expectScreenshot(page, name);
  } finally {
    await page.context().close();
  }
}

describe('screenshots match their references (SVG map)', () => {
  it('the default view', async () => {
    await view(
      '?renderer=svg',
      (p) => p.getByRole('radio', {name: 'Revised proposal', checked: true}).waitFor(),
      'default-view',
    );
  });

  it('comparing Initial → Revised', async () => {
    await view(
      '?renderer=svg&option=revised&compare=initial',
      (p) => p.getByTestId('compare-summary').waitFor(),
      'compare-initial-revised',
    );
  });

  it('the embed', async () => {
    await view('embed.html?renderer=svg', (p) => p.locator('.fp-embed__main').waitFor(), 'embed');
  });
});
