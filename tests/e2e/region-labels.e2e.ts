// Region names on the map never overlap (issue 21 item 9), read from what the browser drew: the
// 2026 geography's 36–42 long names at 1280 px under every option, and a comparison's "moves"
// label against the names. A name left out for want of room is still named by the legend, the
// map in words and its areas' tooltips.
import {readFileSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {REGION_LABEL} from '../../src/map/draw-spec';
import {launchBrowser, openPagesClosedAfterEach, waitForMapIdle} from './browser';

let browser: Browser;
const openPage = openPagesClosedAfterEach();

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

interface Drawn {
  text: string;
  box: {left: number; top: number; right: number; bottom: number};
}

/** The region names and "moves" labels as drawn (their text's box on screen, CSS pixels). */
function drawnLabels(page: Page): Promise<Drawn[]> {
  return page.$$eval(
    '[data-layer="region-labels"] text, [data-layer="change-labels"] rect',
    (els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return {
          // A name's lines are its <tspan>s (or its one text node); its <title> is the tooltip.
          text:
            e.tagName === 'rect'
              ? 'moves label'
              : Array.from(e.childNodes)
                  .filter((n) => n.nodeName !== 'title')
                  .map((n) => n.textContent)
                  .join(' '),
          box: {left: r.left, top: r.top, right: r.right, bottom: r.bottom},
        };
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

/** Each drawn name whose middle (REGION_LABEL.coreWidth × coreHeight of its text), sampled every
 * 3 px, has a point over no area of its region (the sea, a neighbour, or off the map): what the
 * browser hit-tests under the label. Its ends may overhang, as on printed maps. */
function labelsOffTheirGroup(page: Page, assignments: Record<string, string>): Promise<string[]> {
  return page.$$eval(
    '[data-layer="region-labels"] text',
    (els, {assigned, core}) =>
      els.flatMap((e) => {
        const region = e.getAttribute('data-region-id');
        const t = e.getBoundingClientRect();
        const [w, h] = [(t.width * (1 - core.width)) / 2, (t.height * (1 - core.height)) / 2];
        const r = {left: t.left + w, right: t.right - w, top: t.top + h, bottom: t.bottom - h};
        const off: string[] = [];
        for (let x = r.left; x <= r.right; x += Math.min(3, r.right - x || 3))
          for (let y = r.top; y <= r.bottom; y += Math.min(3, r.bottom - y || 3)) {
            const area = document
              .elementsFromPoint(x, y)
              .find((el) => el.matches('path[data-code]'));
            const code = area?.getAttribute('data-code');
            if (!code || assigned[code] !== region) off.push(`${x.toFixed(0)},${y.toFixed(0)}`);
          }
        return off.length ? [`${region} at ${off.slice(0, 3).join(' ')} (${off.length})`] : [];
      }),
    {
      assigned: assignments,
      core: {width: REGION_LABEL.coreWidth, height: REGION_LABEL.coreHeight},
    },
  );
}

const options2026: {
  id: string;
  title: string;
  regions: {id: string; name: string}[];
  assignments: Record<string, string>;
}[] = JSON.parse(readFileSync('data/england-2026/options.json', 'utf8')).options;

describe('region names on the map', () => {
  it('never overlap on the 2026 geography at 1280 px, under any option', async () => {
    const {page} = await openPage(
      browser,
      `${inject('baseUrl')}?geography=england-2026&renderer=svg`,
      {width: 1280, height: 900},
    );
    await waitForMapIdle(page);
    for (const option of options2026) {
      await page.getByRole('radio', {name: option.title}).check();
      await waitForMapIdle(page);
      await page.waitForSelector(`[data-option="${option.id}"]`);
      const labels = await drawnLabels(page);
      await page.screenshot({path: `test-artifacts/region-labels-${option.id}.png`});
      expect(overlapping(labels), option.id).toEqual([]);
      expect(await labelsOffTheirGroup(page, option.assignments), option.id).toEqual([]);
      // Names that fit inside their groups are drawn; the rest are left out, not stacked.
      expect(labels.length, option.id).toBeGreaterThan(0);
    }
  });

  for (const width of [1280, 360]) {
    it(`lie each with its middle inside its own ICB, none overlapping, on the 42-ICB option at ${width} px (issue 20)`, async () => {
      const option = options2026.find((o) => o.id === 'icbs-2023')!;
      const {page} = await openPage(
        browser,
        `${inject('baseUrl')}?geography=england-2026&option=${option.id}&renderer=svg`,
        {width, height: 900},
      );
      await waitForMapIdle(page);
      await page.waitForSelector(`[data-option="${option.id}"]`);
      const labels = await drawnLabels(page);
      await page.screenshot({path: `test-artifacts/region-labels-${option.id}-${width}.png`});
      expect(overlapping(labels)).toEqual([]);
      expect(await labelsOffTheirGroup(page, option.assignments)).toEqual([]);
      // Some ICB is wide enough for its name at 1280 px (a map about 600 px wide); at 360 px
      // perhaps none is, and every name is left out rather than drawn over a neighbour.
      if (width === 1280) expect(labels.length).toBeGreaterThan(0);
    });
  }

  it('a name left out is still in the legend, the map in words and its areas’ tooltips', async () => {
    const {page} = await openPage(
      browser,
      `${inject('baseUrl')}?geography=england-2026&renderer=svg`,
      {width: 1280, height: 900},
    );
    await waitForMapIdle(page);
    const option = options2026.find((o) => o.id === 'icbs-2023')!;
    await page.getByRole('radio', {name: option.title}).check();
    await waitForMapIdle(page);
    await page.waitForSelector(`[data-option="${option.id}"]`);
    const shown = new Set(
      await page.$$eval('[data-layer="region-labels"] text', (els) =>
        els.map((e) => e.getAttribute('data-region-id')),
      ),
    );
    const left = option.regions.filter((r) => !shown.has(r.id));
    expect(left.length).toBeGreaterThan(0);
    const legend = await page.getByTestId('legend').textContent();
    const words = await page.getByTestId('map-in-words').textContent();
    for (const r of left) {
      expect(legend).toContain(r.name);
      expect(words).toContain(r.name);
    }
    const region = left[0]!;
    const code = Object.keys(option.assignments).find((c) => option.assignments[c] === region.id)!;
    // force: the pointer goes to the area's box centre even if a neighbour's name covers it there.
    await page.locator(`path[data-code="${code}"]`).first().hover({force: true});
    await expect.poll(() => page.locator('.fp-tooltip').textContent()).toContain(region.name);
  });

  // The 2018 regions are few and large: every one is named, London included, in the page at a
  // laptop's and a phone's width and in the embed (the screenshots' 0.2% tolerance let a missing
  // "London" through; newcomer trial).
  for (const [path, width, height] of [
    ['', 1280, 800],
    ['', 360, 740],
    ['embed.html', 1280, 800],
  ] as const) {
    it(`name all seven 2018 regions in ${path || 'the page'} at ${width} px`, async () => {
      const {page} = await openPage(browser, `${inject('baseUrl')}${path}?renderer=svg`, {
        width,
        height,
      });
      await waitForMapIdle(page);
      const named = await page.$$eval('[data-layer="region-labels"] text', (els) =>
        els.map((e) => e.getAttribute('data-region-id')),
      );
      expect(new Set(named)).toEqual(
        new Set([
          'north-west',
          'north-east-and-yorkshire',
          'midlands',
          'east',
          'london',
          'south-east',
          'south-west',
        ]),
      );
    });
  }

  it('keep off a comparison’s "moves" label (issue 21: Northamptonshire)', async () => {
    const {page} = await openPage(
      browser,
      `${inject('baseUrl')}?renderer=svg&option=initial&compare=revised`,
      {width: 1280, height: 800},
    );
    await waitForMapIdle(page);
    await page.getByTestId('compare-summary').waitFor();
    const labels = await drawnLabels(page);
    expect(labels.map((l) => l.text)).toContain('moves label');
    expect(overlapping(labels)).toEqual([]);
  });
});
