// The embed's frame at a fixed height with charts under the map (embed.scss): the map and its
// words keep their room and nothing is drawn over anything else; the charts give way, then the
// page scrolls (without charts, a short frame does not). Before, a 700 × 500 or 1000 × 400
// frame drew the map 0 px tall, and at 360 × 740 the map ran over the charts with the words and
// legend squeezed into each other.
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {contextsClosedAfterEach, guardedContext, launchBrowser, waitForMapIdle} from './browser';

let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(async () => browser?.close());

const opened = contextsClosedAfterEach();

/** embed.html at `query` in a frame of `size`, once its map is drawn. */
async function openEmbed(query: string, size: {width: number; height: number}): Promise<Page> {
  const base = inject('baseUrl');
  const context = await guardedContext(browser, {viewport: size}, [new URL(base).origin]);
  opened.push(context);
  const page = await context.newPage();
  await page.goto(`${base}embed.html${query}`);
  await waitForMapIdle(page);
  return page;
}

type Box = {selector: string; x: number; y: number; width: number; height: number};

/** The page boxes of `selectors` (the first element of each), in CSS pixels. */
function boxesOf(page: Page, selectors: string[]): Promise<Box[]> {
  return page.evaluate(
    (all) =>
      all.map((selector) => {
        const r = document.querySelector(selector)!.getBoundingClientRect();
        return {selector, x: r.x, y: r.y, width: r.width, height: r.height};
      }),
    selectors,
  );
}

const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/** Each pair of `boxes` drawn over each other (more than 1 px²). */
const overlapsOf = (boxes: Box[]) =>
  boxes.flatMap((a, i) =>
    boxes.slice(i + 1).flatMap((b) => (overlap(a, b) > 1 ? [`${a.selector} / ${b.selector}`] : [])),
  );

describe('the embed in a fixed frame', () => {
  it.each([
    {width: 700, height: 500},
    {width: 1000, height: 400},
    {width: 360, height: 740},
    {width: 1280, height: 800},
  ])(
    'with charts at $width × $height keeps the map in view, nothing drawn over anything',
    async (size) => {
      const page = await openEmbed('?chart=population', size);
      await page.getByTestId('embed-charts').getByRole('img').first().waitFor();
      const [body, ...parts] = await boxesOf(page, [
        '.fp-embed__body',
        '.fp-svgmap-host',
        '.fp-map-words',
        '.fp-embed__legend',
        '.fp-embed__charts',
        '.fp-embed__footer',
        '.fp-embed__bar',
        '.fp-embed__switch',
      ]);
      const [map, words, legend, charts] = parts;
      expect(body!.height).toBeGreaterThanOrEqual(size.width > 640 ? 300 : 420);
      expect(map!.height).toBeGreaterThanOrEqual(190);
      expect(words!.height).toBeGreaterThanOrEqual(60);
      expect(legend!.height).toBeGreaterThanOrEqual(60);
      expect(charts!.height).toBeGreaterThanOrEqual(120);
      expect(overlapsOf(parts)).toEqual([]);
    },
  );

  // Without charts a short wide frame is as before: the map takes what is left, nothing
  // scrolls. A short narrow one keeps 420 px for the map, words and legend and scrolls: before,
  // at 360 × 500 the words (9 px) and legend (25 px) ran over the footer.
  it.each([
    {width: 700, height: 400, scrolls: false},
    {width: 360, height: 500, scrolls: true},
  ])('without charts at $width × $height nothing is drawn over anything', async (size) => {
    const page = await openEmbed('', size);
    const parts = await boxesOf(page, [
      '.fp-svgmap-host',
      '.fp-map-words',
      '.fp-embed__legend',
      '.fp-embed__footer',
      '.fp-embed__bar',
      '.fp-embed__switch',
    ]);
    expect(parts[0]!.height).toBeGreaterThan(100);
    expect(overlapsOf(parts)).toEqual([]);
    const scrollHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(scrollHeight > size.height).toBe(size.scrolls);
  });
});
