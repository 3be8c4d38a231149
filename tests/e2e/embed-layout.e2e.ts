// The embed's frame at a fixed height with charts under the map (embed.scss): the map and its
// words keep their room and nothing is drawn over anything else; the charts give way, then the
// page scrolls. Before, a 700 × 500 or 1000 × 400 frame drew the map 0 px tall, and at
// 360 × 740 the map ran over the charts with the words and legend squeezed into each other.
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {guardedContext, launchBrowser, waitForMapIdle} from './browser';

let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(async () => browser?.close());

const PARTS = [
  '.fp-svgmap-host',
  '.fp-map-words',
  '.fp-embed__legend',
  '.fp-embed__charts',
  '.fp-embed__footer',
];

type Box = {x: number; y: number; width: number; height: number};
const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

describe('the embed with charts in a fixed frame', () => {
  it.each([
    {width: 700, height: 500},
    {width: 1000, height: 400},
    {width: 360, height: 740},
    {width: 1280, height: 800},
  ])('at $width × $height keeps the map in view and draws nothing over anything', async (size) => {
    const base = inject('baseUrl');
    const context = await guardedContext(browser, {viewport: size}, [new URL(base).origin]);
    try {
      const page = await context.newPage();
      await page.goto(`${base}embed.html?chart=population`);
      await waitForMapIdle(page);
      await page.getByTestId('embed-charts').getByRole('img').first().waitFor();
      const boxes = await page.evaluate(
        (parts) =>
          parts.map((selector) => {
            const r = document.querySelector(selector)!.getBoundingClientRect();
            return {selector, x: r.x, y: r.y, width: r.width, height: r.height};
          }),
        PARTS,
      );
      const [map, words, legend, charts] = boxes;
      expect(map!.height).toBeGreaterThanOrEqual(190);
      expect(words!.height).toBeGreaterThanOrEqual(60);
      expect(legend!.height).toBeGreaterThanOrEqual(60);
      expect(charts!.height).toBeGreaterThanOrEqual(120);
      const overlaps = boxes.flatMap((a, i) =>
        boxes
          .slice(i + 1)
          .flatMap((b) => (overlap(a, b) > 1 ? [`${a.selector} / ${b.selector}`] : [])),
      );
      expect(overlaps).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
