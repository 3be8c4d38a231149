// embed.html paints its whole frame from the HTML alone (scripts/lib/prerender-embed.tsx): the
// title bar, option switch, map in words, legend and footer, drawn once per option and legend
// kind, of which first-paint-embed.js and first-paint-embed.css show the link's own. What the
// HTML cannot know (a user-built option, another geography) is left blank, never shown wrong:
// its words and its map (the app draws them).
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {allowPageProblem, contextsClosedAfterEach, guardedContext, launchBrowser} from './browser';
import {axeViolations} from './axe';

let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(async () => browser?.close());

const opened = contextsClosedAfterEach();

/** embed.html at `query` with every JavaScript module aborted (the browser reports each as a
 * failed load: this test's doing, so allowed): the HTML and its first-paint files alone. Its
 * context is closed after the test, passed or failed. */
async function htmlAlone(query: string): Promise<Page> {
  allowPageProblem(/Failed to load|ERR_FAILED|module script|dynamically imported/i);
  const base = inject('baseUrl');
  const context = await guardedContext(browser, {viewport: {width: 800, height: 600}}, [
    new URL(base).origin,
  ]);
  opened.push(context);
  const page = await context.newPage();
  await page.route(/\/assets\/.*\.m?js$/, (route) => route.abort());
  await page.goto(`${base}embed.html${query}`);
  return page;
}

const visible = (page: Page, selector: string) => page.locator(`${selector} >> visible=true`);

describe('the embed from the HTML alone', () => {
  it('paints its own frame (title bar styled, no JavaScript module)', async () => {
    const page = await htmlAlone('');
    // embed.scss gives the bar the NHS blue; without it the bar is transparent.
    expect(
      await visible(page, '.fp-embed__bar').evaluate((el) => getComputedStyle(el).backgroundColor),
    ).not.toBe('rgba(0, 0, 0, 0)');
  });

  // The swatches are coloured by first-paint-embed.css: the CSP refuses inline styles.
  it.each([
    ['', 'Revised proposal', 'Legend: 7 regions', 'Show flows on the map'],
    ['?option=initial', 'Initial proposal', 'Legend: 7 regions', 'Show flows on the map'],
    ['?option=INITIAL', 'Initial proposal', 'Legend: 7 regions', 'Show flows on the map'],
    ['?option=before&controls=0', 'Before (five regions)', 'Legend: 5 regions', null],
  ])('embed.html%s shows its own option and legend', async (query, option, legend, checkbox) => {
    const page = await htmlAlone(query);
    await expect.poll(() => visible(page, '.fp-embed__title').innerText()).toContain(option);
    const words = await visible(page, '.fp-map-words p').innerText();
    expect(words.startsWith(`${option}: `)).toBe(true);
    expect(await visible(page, '.fp-embed__legend h2').first().innerText()).toBe(legend);
    const column = await visible(page, '.fp-embed__legend').innerText();
    expect(column).toContain(checkbox ?? 'as a table');
    if (!checkbox) expect(column).not.toContain('Show flows');
    const swatches = await visible(page, '.fp-swatch').evaluateAll((all) =>
      all.map((el) => getComputedStyle(el).backgroundColor),
    );
    expect(swatches.length).toBe(Number(legend.match(/\d+/)![0]));
    expect(swatches).not.toContain('rgba(0, 0, 0, 0)');
  });

  // Before, a user-built option's link painted the revised proposal's title, words and legend.
  it.each([
    ['a user-built option', '?option=mine-1&base=initial&title=Mine&move=midlands.E54000030'],
    ['a user-built option without option=', '?base=initial&move=midlands.E54000030'],
    // A typo the app will name, showing the default: blank until then, the trade-off for
    // never showing the default where a user's option saved in this browser is meant.
    ['an option the HTML does not draw', '?option=%20initial'],
    ['another geography', '?geography=england-2026'],
  ])('for %s it shows no words of the default option', async (_, query) => {
    const page = await htmlAlone(query);
    await visible(page, '.fp-embed__bar').waitFor();
    // Nor the default option's map: its colours and region names (another geography's own
    // early map may take its place; it is not this one).
    const pieces = ['.fp-embed__title', '.fp-map-words p', '.fp-embed__legend li'];
    for (const piece of [...pieces, '.fp-svgmap-host:not([data-fp-geography]) .fp-svgmap'])
      expect(await visible(page, piece).count(), piece).toBe(0);
  });

  // The boot fetches the app's code after the first contentful paint (or a 1 s cap): a link to
  // an option the HTML does not draw must still paint something, and right: the sources line.
  it.each([
    ['a user-built option', '?option=mine-1&base=initial&title=Mine&move=midlands.E54000030'],
    ['an option the data does not have', '?option=nonesuch'],
  ])('for %s it paints the sources line, so the app is not held back', async (_, query) => {
    const page = await htmlAlone(query);
    expect(await visible(page, '.fp-embed__footer').innerText()).toMatch(/^Source: /);
    await page.waitForFunction(
      () => performance.getEntriesByName('first-contentful-paint').length > 0,
    );
  });

  // The frame is a picture until the app comes: the map is the page's one focus stop, and the
  // copies drawn for other options are neither announced nor reached.
  it('passes axe, and Tab reaches only the map', async () => {
    const page = await htmlAlone('?option=initial');
    expect(await axeViolations(page)).toEqual([]);
    const reached: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() =>
          document.activeElement === document.body
            ? 'body'
            : (document.activeElement?.className ?? ''),
        ),
      );
    }
    expect(reached).toContain('fp-map');
    expect(reached.filter((c) => c !== 'fp-map' && c !== 'body')).toEqual([]);
  });

  // A fixed frame keeps half its height for the charts (embed.scss): their place is kept from
  // the HTML for a link that asks for a chart the embed draws, read as embed-charts.ts reads it.
  it.each([
    ['?chart=Population', true],
    ['?chart=%20stps%20,', true],
    ['?chart=populaton', false],
    ['?chart=', false],
    ['?chart=population&autoheight=1', false],
  ])("embed.html%s keeps the charts' place: %s", async (query, kept) => {
    const page = await htmlAlone(query);
    await visible(page, '.fp-embed__bar').waitFor();
    expect(await visible(page, '.fp-embed__charts').count()).toBe(kept ? 1 : 0);
  });
});
