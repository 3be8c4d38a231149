// A comparison's "…: moves" labels never overlap one another or a region name (issue 19), read
// from what the browser drew: Revised compared with Revised + Derbyshire → North West and
// Tameside and Glossop CCG → Midlands (an area move and, next to it, a part move), on the SVG and
// the WebGL map at 1280, 700 and 360 px, and in the embed. tests/unit/change-label-layout.test.ts
// checks the layout at every width.
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {launchBrowser, openPagesClosedAfterEach, waitForMapIdle} from './browser';
import {ARTIFACTS} from './driver';

let browser: Browser;
const openPage = openPagesClosedAfterEach();

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const LINK =
  'option=mine-1&base=revised&title=My+option+1&move=north-west.E54000012&pmove=midlands.E38000182&compare=revised';
const MOVES = ['Derbyshire: moves', 'Tameside and Glossop CCG: moves'];

interface Drawn {
  text: string;
  box: {left: number; top: number; right: number; bottom: number};
}

/** The map's region names and "moves" labels as drawn, CSS pixels (SVG text and boxes, or the
 * WebGL map's HTML labels; a name the layout hides is left out). */
function drawnLabels(page: Page): Promise<Drawn[]> {
  return page.$$eval(
    [
      '[data-testid="map"] [data-layer="region-labels"] text',
      '[data-testid="map"] [data-layer="change-labels"] .fp-change-label',
      '[data-testid="map"] div.fp-region-label',
      '[data-testid="map"] div.fp-change-label',
    ].join(', '),
    (els) =>
      els
        .filter((e) => getComputedStyle(e).visibility !== 'hidden')
        .map((e) => {
          const r = e.getBoundingClientRect();
          const text = e.classList.contains('fp-change-label')
            ? (e.textContent ?? '')
            : (e.lastChild?.textContent ?? e.textContent ?? '');
          return {text, box: {left: r.left, top: r.top, right: r.right, bottom: r.bottom}};
        }),
  );
}

function overlapping(labels: Drawn[]): string[] {
  const hits = (a: Drawn['box'], b: Drawn['box']) =>
    a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  return labels.flatMap((a, i) =>
    labels.slice(i + 1).flatMap((b) => (hits(a.box, b.box) ? [`${a.text} × ${b.text}`] : [])),
  );
}

async function check(page: Page, name: string): Promise<void> {
  await page.locator('[data-testid="map"] .fp-change-label').nth(1).waitFor();
  const labels = await drawnLabels(page);
  await page.screenshot({path: `${ARTIFACTS}/change-labels-${name}.png`});
  expect(labels.filter((l) => l.text.endsWith(': moves')).map((l) => l.text)).toEqual(MOVES);
  expect(overlapping(labels), name).toEqual([]);
}

describe('an area move and a part move next to it', () => {
  for (const width of [1280, 700, 360]) {
    it(`labels both on the SVG map at ${width} px, none overlapping`, async () => {
      const {page} = await openPage(browser, `${inject('baseUrl')}?renderer=svg&${LINK}`, {
        width,
        height: 900,
      });
      await waitForMapIdle(page);
      await check(page, `svg-${width}`);
    });
  }

  for (const width of [1280, 360]) {
    it(`labels both on the WebGL map at ${width} px, none overlapping`, async () => {
      const {page} = await openPage(browser, `${inject('baseUrl')}?renderer=webgl&${LINK}`, {
        width,
        height: 900,
      });
      await waitForMapIdle(page, 60_000);
      await check(page, `webgl-${width}`);
    }, 90_000);
  }

  // England about 200 px wide: above their points, the two labels would overlap here.
  it('labels both in a small embed, none overlapping', async () => {
    const {page} = await openPage(
      browser,
      `${inject('baseUrl')}embed.html?renderer=svg&controls=0&${LINK}`,
      {
        width: 320,
        height: 260,
      },
    );
    await waitForMapIdle(page);
    await check(page, 'embed-320');
  });
});
