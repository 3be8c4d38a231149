// The option comparison chart (issue 13) in Chromium against the built app: the dumbbells'
// positions read against the comparison table's numbers, the change words, one-sided regions
// and shared colours, flow figures while the flow data loads, axe and screenshots at 1280 and
// 360 px.
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Locator, Page} from 'playwright-core';
import {mkdirSync} from 'node:fs';
import {guardedContext, launchBrowser, openPage, waitForMapIdle} from './browser';
import {axeViolations} from './axe';
import {ARTIFACTS} from './driver';

let browser: Browser;
let page: Page;
/** The SVG map: the chart is under test, not the map, and MapLibre's software WebGL would
 * take most of each test's 30 s on a shared machine. */
const url = (query: string) => `${inject('baseUrl')}?${query}&renderer=svg`;

beforeAll(async () => {
  browser = await launchBrowser();
  ({page} = await openPage(browser, url('option=revised&compare=initial')));
  await waitForMapIdle(page);
});
afterAll(async () => browser?.close());

const chartOf = (p: Page) => p.getByTestId('compare-chart');
const number = (text: string | null) => Number((text ?? '').replace(/[,%]/g, ''));

/** A region's A and B cells and change in the comparison table, for one measure. */
async function tableCells(
  p: Page,
  region: string,
  measure: string,
): Promise<[string, string, string]> {
  const delta = p
    .getByTestId('comparison-table')
    .locator(`tr[data-region-id="${region}"] td.fp-delta[data-measure="${measure}"]`);
  const texts = await delta.evaluate((d) => [
    d.previousElementSibling!.previousElementSibling!.textContent,
    d.previousElementSibling!.textContent,
    d.textContent,
  ]);
  return texts.map((t) => t ?? '') as [string, string, string];
}

/** Each dumbbell row as drawn: its key, points' values and centres (px from the SVG's left
 * edge, from the rendered boxes), and its change text. */
async function drawnRows(chart: Locator) {
  return chart.locator('[data-testid="dumbbell-row"]').evaluateAll((rows) =>
    rows.map((g) => {
      const svgLeft = (g as SVGGElement).ownerSVGElement!.getBoundingClientRect().left;
      const point = (sel: string, attr: string) => {
        const c = g.querySelector(sel);
        if (!c) return null;
        const box = c.getBoundingClientRect();
        return {value: Number(c.getAttribute(attr)), x: box.left + box.width / 2 - svgLeft};
      };
      return {
        key: g.getAttribute('data-key')!,
        a: point('.fp-dumbbell__a', 'data-a'),
        b: point('.fp-dumbbell__b', 'data-b'),
        change: g.querySelector('[data-testid="dumbbell-change"]')!.textContent,
      };
    }),
  );
}

async function screenshot(p: Page, name: string) {
  mkdirSync(ARTIFACTS, {recursive: true});
  await chartOf(p).screenshot({path: `${ARTIFACTS}/${name}.png`});
}

describe('the option comparison chart', () => {
  it('puts every point where the comparison table’s numbers say, in proportion within 1 px', async () => {
    const chart = chartOf(page);
    await chart.scrollIntoViewIfNeeded();
    const rows = await drawnRows(chart);
    const regionIds = await page
      .getByTestId('comparison-table')
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-region-id')));
    expect(rows.map((r) => r.key)).toEqual(regionIds);
    const origin = Number(await chart.locator('svg.fp-dumbbell').getAttribute('data-origin'));
    const points = rows.flatMap((r) => [r.a!, r.b!]);
    const widest = points.reduce((m, p) => (p.value > m.value ? p : m));
    const pxPerPerson = (widest.x - origin) / widest.value;
    expect(pxPerPerson).toBeGreaterThan(0);
    for (const r of rows) {
      const [a, b] = await tableCells(page, r.key, 'population');
      expect([r.a!.value, r.b!.value]).toEqual([number(a), number(b)]);
      for (const p of [r.a!, r.b!])
        expect(
          Math.abs(p.x - origin - p.value * pxPerPerson),
          `${r.key} at ${p.value}`,
        ).toBeLessThanOrEqual(1);
    }
  });

  it('writes Northamptonshire’s move as the change of both its regions, as the table does', async () => {
    const rows = Object.fromEntries((await drawnRows(chartOf(page))).map((r) => [r.key, r.change]));
    expect(rows).toEqual({
      'north-west': '0',
      'north-east-and-yorkshire': '0',
      midlands: '+730,650',
      east: '−730,650',
      london: '0',
      'south-east': '0',
      'south-west': '0',
    });
    expect((await tableCells(page, 'midlands', 'population'))[2]).toBe('+730,650 (+7.5%)');
    expect(await chartOf(page).locator('figcaption').textContent()).toBe(
      'Population of each region: Initial proposal (A) and Revised proposal (B) 2 of 7 regions in both options change; the largest change is Midlands, +730,650.',
    );
    expect(await chartOf(page).textContent()).toContain(
      'East of England was Central and East of England in A.',
    );
    const show = chartOf(page).getByLabel('Show');
    await show.selectOption({label: 'STPs'});
    expect(
      await chartOf(page)
        .locator('[data-key="midlands"] [data-testid="dumbbell-change"]')
        .textContent(),
    ).toBe('+1');
    expect(
      await chartOf(page)
        .locator('[data-key="east"] [data-testid="dumbbell-change"]')
        .textContent(),
    ).toBe('−1');
    // Containment: the same points change as the table's, once the flow data is in.
    await show.selectOption({label: 'Flow containment'});
    await page
      .getByTestId('comparison-table')
      .locator('td[data-measure="containment"]')
      .first()
      .waitFor();
    for (const region of ['midlands', 'east', 'london']) {
      const [, , delta] = await tableCells(page, region, 'containment');
      expect(
        await chartOf(page)
          .locator(`[data-key="${region}"] [data-testid="dumbbell-change"]`)
          .textContent(),
      ).toBe(delta);
    }
    await show.selectOption({label: 'Population'});
  });

  it('has no axe violations and nothing overlapping or cut off at 1280 and 360 px', async () => {
    for (const width of [1280, 360]) {
      await page.setViewportSize({width, height: 800});
      const chart = chartOf(page);
      await chart.scrollIntoViewIfNeeded();
      // The chart has redrawn at the panel's new width.
      await expect
        .poll(() =>
          chart
            .locator('.fp-chart__plot')
            .evaluate(
              (d) =>
                Number(d.querySelector('svg.fp-dumbbell')!.getAttribute('width')) ===
                Math.floor(d.clientWidth),
            ),
        )
        .toBe(true);
      // Real boxes: labels, changes, tick labels and points inside the SVG, and no text
      // touching another text or a point.
      const problems = await chart.locator('svg.fp-dumbbell').evaluate((svg) => {
        const out: string[] = [];
        const bounds = svg.getBoundingClientRect();
        const boxes = (sel: string, name: (e: Element) => string) =>
          [...svg.querySelectorAll(sel)].map((e) => ({t: name(e), box: e.getBoundingClientRect()}));
        const texts = boxes('text', (e) => e.textContent ?? '');
        const points = boxes(
          'circle',
          (e) => `the point at ${e.getAttribute('data-a') ?? e.getAttribute('data-b')}`,
        );
        for (const {t, box} of [...texts, ...points])
          if (box.left < bounds.left - 0.5 || box.right > bounds.right + 0.5)
            out.push(`${t} runs off the side`);
        const meet = (p: DOMRect, q: DOMRect) =>
          p.left < q.right && q.left < p.right && p.top < q.bottom - 2 && q.top < p.bottom - 2;
        texts.forEach((a, i) => {
          for (const b of [...texts.slice(i + 1), ...points])
            if (meet(a.box, b.box)) out.push(`${a.t} overlaps ${b.t}`);
        });
        if (bounds.right > document.documentElement.clientWidth)
          out.push('the chart is wider than the page');
        return out;
      });
      expect(problems, `at ${width} px`).toEqual([]);
      await screenshot(page, `chart-compare-initial-revised-${width}`);
      expect(await axeViolations(page), `at ${width} px`).toEqual([]);
    }
    await page.setViewportSize({width: 1280, height: 800});
  });

  it('against Before: one point and words for a region only one option has; shared colours patterned and named', async () => {
    const {page: p} = await openPage(browser, url('option=revised&compare=before'), {
      width: 360,
      height: 800,
    });
    await waitForMapIdle(p);
    const chart = chartOf(p);
    await chart.scrollIntoViewIfNeeded();
    const rows = Object.fromEntries((await drawnRows(chart)).map((r) => [r.key, r]));
    expect(rows['north-west']).toMatchObject({a: null, change: 'new in B'});
    expect(rows['north-west']!.b!.value).toBeGreaterThan(0);
    expect(rows['north-of-england']).toMatchObject({b: null, change: 'only in A'});
    expect(rows['north-of-england']!.a!.value).toBeGreaterThan(0);
    expect(rows.london).toMatchObject({change: '0'});
    const swatchFill = (key: string) =>
      chart.locator(`[data-key="${key}"] .fp-dumbbell__swatch`).getAttribute('fill');
    expect(await swatchFill('midlands-and-east')).toMatch(/^url\(#/);
    expect(await swatchFill('midlands')).toBe('#ee8866');
    expect(await chart.getByTestId('compare-chart-notes').locator('li').allTextContents()).toEqual([
      'North of England (hatched) has the same colour as North East and Yorkshire.',
      'Midlands and East of England (hatched) has the same colour as Midlands.',
    ]);
    await screenshot(p, 'chart-compare-before-revised-360');
    // The numbers, open on a phone: they scroll in their own box, the page does not widen.
    await chart.getByText('Show the numbers in this chart').click();
    const numbers = chart.locator('.fp-chart__table');
    expect(await numbers.locator('tbody tr').count()).toBe(9);
    expect(
      await numbers
        .locator('tbody tr', {hasText: 'Midlands and East of England'})
        .locator('td')
        .allTextContents(),
    ).toEqual([
      (await chart
        .locator('[data-key="midlands-and-east"] .fp-dumbbell__a')
        .getAttribute('data-a'))!.replace(/\B(?=(\d{3})+$)/g, ','),
      'not a region',
      'only in A',
    ]);
    expect(
      await p.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBe(0);
    expect(await axeViolations(p)).toEqual([]);
    await p.context().close();
  });

  it('says "loading" for flow figures until the flow data arrives, never 0', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const context = await guardedContext(browser, {viewport: {width: 1280, height: 800}});
    await context.route(/flows-stp[^/]*\.json$/, async (route) => {
      await held;
      await route.continue();
    });
    const p = await context.newPage();
    await p.goto(url('option=revised&compare=initial'));
    await waitForMapIdle(p);
    await chartOf(p).getByLabel('Show').selectOption({label: 'Flow containment'});
    const changes = () => chartOf(p).locator('[data-testid="dumbbell-change"]').allTextContents();
    expect(await changes()).toEqual(Array(7).fill('loading'));
    expect(await chartOf(p).locator('svg.fp-dumbbell circle').count()).toBe(0);
    expect(await chartOf(p).locator('figcaption').textContent()).toContain(
      'The figures are loading.',
    );
    release();
    await expect.poll(changes, {timeout: 20_000}).toContain('+0.2 pts');
    expect(await chartOf(p).locator('svg.fp-dumbbell circle').count()).toBe(14);
    await context.close();
  });
});
