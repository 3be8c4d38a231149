// Printing the app page itself (issue 21, fault 5): on an A4 sheet the map, with its legend and
// a pointer to the board pack, is painted on the first sheet, in one piece.
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {launchBrowser, openPagesClosedAfterEach, waitForMapIdle} from './browser';
import {ARTIFACTS} from './driver';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());
const openPage = openPagesClosedAfterEach();

// A4 portrait at 96 px per inch.
const SHEET = {width: 794, height: 1123};

describe('printing the app page', () => {
  it('paints the map, its legend and the board pack pointer on the first A4 sheet', async () => {
    const {page} = await openPage(
      browser,
      `${inject('baseUrl')}?option=revised&renderer=svg`,
      SHEET,
    );
    await waitForMapIdle(page);
    await page.emulateMedia({media: 'print'});
    const boxes = await page.evaluate(() => {
      const box = (selector: string) => {
        const r = document.querySelector(selector)!.getBoundingClientRect();
        return {top: r.top + scrollY, bottom: r.bottom + scrollY, height: r.height, width: r.width};
      };
      // The painted map: the drawn shapes' box within the SVG they are clipped to.
      const svg = document.querySelector('[data-testid="map"] svg')!.getBoundingClientRect();
      const shapes = [...document.querySelectorAll('[data-testid="map"] svg path')]
        .map((p) => p.getBoundingClientRect())
        .filter((r) => r.width > 0);
      const top = Math.max(svg.top, Math.min(...shapes.map((r) => r.top)));
      const bottom = Math.min(svg.bottom, Math.max(...shapes.map((r) => r.bottom)));
      return {
        shapes: shapes.length,
        drawn: {top: top + scrollY, bottom: bottom + scrollY, height: bottom - top},
        area: box('.fp-map-area'),
        legend: box('[data-testid="legend"]'),
        pointer: box('[data-testid="print-pointer"]'),
      };
    });
    await page.screenshot({path: `${ARTIFACTS}/print-app-page.png`, clip: {x: 0, y: 0, ...SHEET}});
    expect(boxes.shapes).toBeGreaterThanOrEqual(42);
    for (const [name, b] of Object.entries({
      drawn: boxes.drawn,
      area: boxes.area,
      legend: boxes.legend,
      pointer: boxes.pointer,
    })) {
      expect(b.bottom, `${name} ends on sheet 1`).toBeLessThanOrEqual(SHEET.height);
      expect(b.top, name).toBeGreaterThanOrEqual(0);
    }
    // England drawn large enough to read: over a third of the sheet's height (421 px of 1,123
    // since the map fits its box with the label layout; it was on sheet 3 before the print CSS).
    expect(boxes.drawn.height).toBeGreaterThan(SHEET.height * 0.35);
    expect(await page.getByTestId('print-pointer').textContent()).toContain('board pack');
  });
});
