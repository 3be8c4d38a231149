// The per-region charts in the built app (issue 13): each bar's length, read in pixels, is
// its number in the Regions table over the chart's scale; the equal-share line sits where
// England ÷ 7 falls; unknown flow figures become numbers once the flow data arrives; the
// embed draws what chart= asks for (regions, scorecard, selection flows, comparison).
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {readFileSync} from 'node:fs';
import {PNG} from 'pngjs';
import {launchBrowser, openPagesClosedAfterEach} from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const openPage = openPagesClosedAfterEach();

/** Region name → the Regions table's full figure in column `index` (0 = the region). */
async function tableColumn(page: Page, index: number): Promise<Map<string, number>> {
  const rows = await page
    .getByTestId('regions-table')
    .locator('tbody tr')
    .evaluateAll(
      (trs, i) =>
        trs.map((tr) => [
          tr.children[0]!.textContent!.trim(),
          (tr.children[i]!.querySelector('.fp-amount-full') ?? tr.children[i]!).textContent!.trim(),
        ]),
      index,
    );
  return new Map(rows.map(([name, text]) => [name!, Number(text!.replace(/[,%]/g, ''))]));
}

/** Each bar of a chart: its region, width in px and the chart's px per unit. */
async function bars(page: Page, chart: string) {
  const svg = page.getByTestId(`region-chart-${chart}`).locator('svg');
  const scale = Number(await svg.getAttribute('data-chart-scale'));
  const list = await svg.locator('g.fp-chart__row').evaluateAll((gs) =>
    gs.map((g) => ({
      key: g.getAttribute('data-key'),
      label: g.querySelector('text')!.textContent,
      width:
        (g.querySelector('rect.fp-chart__bar') as SVGRectElement | null)?.getBBox().width ?? null,
    })),
  );
  return {scale, list};
}

describe('region charts', () => {
  it('draws population bars whose lengths are the Regions table figures, largest first', async () => {
    const {page} = await openPage(browser, `${inject('baseUrl')}?option=revised`);
    const chart = page.getByTestId('region-chart-population');
    await chart.scrollIntoViewIfNeeded();
    await expect.poll(() => chart.getByTestId('chart-bar').count(), {timeout: 20_000}).toBe(7);
    const population = await tableColumn(page, 3);
    const {scale, list} = await bars(page, 'population');
    expect(list.map((b) => b.label)[0]).toBe('Midlands');
    for (const b of list)
      expect(Math.abs(b.width! - population.get(b.label!)! * scale), b.label!).toBeLessThan(1);
    const sum = [...population.values()].reduce((a, b) => a + b, 0);
    const line = Number(await chart.getByTestId('chart-marker').getAttribute('data-x'));
    const x0 = Number(await chart.getByTestId('chart-bar').first().getAttribute('x'));
    expect(Math.abs(line - x0 - (sum / 7) * scale)).toBeLessThan(1);
  });

  it('shows flow containment as numbers once the flows load, in the table’s order of size', async () => {
    const {page} = await openPage(browser, `${inject('baseUrl')}?option=initial`, {
      width: 360,
      height: 800,
    });
    const chart = page.getByTestId('region-chart-containment');
    await chart.scrollIntoViewIfNeeded();
    await expect.poll(() => chart.getByTestId('chart-bar').count(), {timeout: 20_000}).toBe(7);
    const containment = await tableColumn(page, 6);
    const {scale, list} = await bars(page, 'containment');
    // The table rounds to 0.1%: a bar may differ from it by 0.05 points of the scale.
    for (const b of list)
      expect(
        Math.abs(b.width! - (containment.get(b.label!)! / 100) * scale),
        b.label!,
      ).toBeLessThan(0.0005 * scale + 1);
    const widths = list.map((b) => b.width!);
    expect(widths).toEqual([...widths].sort((a, b) => b - a));
    const svgWidth = Number(await chart.locator('svg').getAttribute('width'));
    expect(svgWidth).toBeLessThanOrEqual(360);
  });

  it('draws the charts an embed asks for with chart=, and names a chart it does not know', async () => {
    const {page} = await openPage(
      browser,
      `${inject('baseUrl')}embed.html?option=initial&chart=population,nope&autoheight=1`,
    );
    const charts = page.getByTestId('embed-charts');
    await expect
      .poll(() => charts.getByTestId('region-chart-population').getByTestId('chart-bar').count(), {
        timeout: 20_000,
      })
      .toBe(7);
    expect(await charts.getByTestId('region-chart-containment').count()).toBe(0);
    await expect
      .poll(() => page.getByText("Embed setting chart='nope' is not a chart").count(), {
        timeout: 20_000,
      })
      .toBe(1);
    const {scale, list} = await bars(page, 'population');
    const values = await charts
      .getByTestId('chart-bar')
      .evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('data-value'))));
    list.forEach((b, i) => expect(Math.abs(b.width! - values[i]! * scale)).toBeLessThan(1));
  });

  it('saves a chart as a PNG with its title, summary, source and attribution', async () => {
    const {page} = await openPage(browser, `${inject('baseUrl')}?option=revised`);
    const chart = page.getByTestId('region-chart-stps');
    await chart.getByTestId('chart-bar').first().waitFor();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      chart.getByRole('button', {name: /Download this chart/}).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/^footprint-revised-chart-stps-\d{4}-\d\d-\d\d\.png$/);
    const path = `test-artifacts/${file.suggestedFilename()}`;
    await file.saveAs(path);
    const png = PNG.sync.read(readFileSync(path));
    const svgWidth = Number(await chart.locator('svg').getAttribute('width'));
    // 16 px either side, at twice the CSS size (or more on a high-density screen).
    expect(png.width).toBeGreaterThanOrEqual((svgWidth + 32) * 2);
    const text = (
      await page.evaluate(() =>
        (window as never as {__footprintChartPng: {text(): string[]}}).__footprintChartPng.text(),
      )
    ).join(' ');
    expect(text).toContain('STPs in each region, Revised proposal');
    expect(text).toContain('From 3 STPs (North West) to 11 (Midlands)');
    expect(text).toContain('Source: ONS STPs, April 2018.');
    expect(text).toContain(
      'Office for National Statistics licensed under the Open Government Licence v.3.0. Contains OS data',
    );
    expect(text).toMatch(/Contains OS data © Crown copyright/);
  });

  it('draws the scorecard and a selected region’s flows in an embed, and says how to choose when nothing is selected', async () => {
    const {page} = await openPage(
      browser,
      `${inject('baseUrl')}embed.html?option=revised&chart=scorecard,flows&region=midlands&autoheight=1`,
    );
    const flows = page.getByTestId('embed-flows-chart');
    await expect
      .poll(() => flows.getByTestId('chart-bar').count(), {timeout: 20_000})
      .toBeGreaterThan(2);
    expect(await flows.locator('g.fp-chart__row text').first().textContent()).toBe(
      'Within the Midlands',
    );
    await expect
      .poll(() => page.getByTestId('scorecard-chart').getByTestId('chart-bar').count(), {
        timeout: 20_000,
      })
      .toBeGreaterThan(10);
    const bare = await openPage(
      browser,
      `${inject('baseUrl')}embed.html?option=revised&chart=flows,compare`,
    );
    await bare.page.getByTestId('embed-flows-chart-hint').waitFor();
    await bare.page.getByTestId('embed-compare-hint').waitFor();
  });

  it('draws the comparison chart in an embed given compare=', async () => {
    const {page} = await openPage(
      browser,
      `${inject('baseUrl')}embed.html?option=revised&compare=initial&chart=compare&autoheight=1`,
    );
    const rows = page.getByTestId('embed-charts').getByTestId('dumbbell-row');
    await expect.poll(() => rows.count(), {timeout: 20_000}).toBe(7);
    expect(await rows.filter({hasText: 'Midlands'}).first().textContent()).toContain('+730,650');
  });

  it('saves the comparison and flow charts as PNGs with their keys in words', async () => {
    const drawn = (page: Page) =>
      page.evaluate(() =>
        (window as never as {__footprintChartPng: {text(): string[]}}).__footprintChartPng
          .text()
          .join(' '),
      );
    const {page} = await openPage(
      browser,
      `${inject('baseUrl')}?option=revised&compare=initial&stp=E54000020&renderer=svg`,
    );
    const compare = page.getByTestId('compare-chart');
    await compare.getByTestId('dumbbell-row').first().waitFor();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      compare.getByRole('button', {name: /Download this chart/}).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(
      /^footprint-revised-chart-compare-initial-population-\d{4}-\d\d-\d\d\.png$/,
    );
    expect(await drawn(page)).toContain(
      'Hollow circle: A, Initial proposal. Filled circle: B, Revised proposal',
    );
    const flows = page.getByTestId('area-flows-out');
    await flows.getByTestId('chart-bar').first().waitFor();
    const [flowFile] = await Promise.all([
      page.waitForEvent('download'),
      flows.getByRole('button', {name: /Download this chart/}).click(),
    ]);
    expect(flowFile.suggestedFilename()).toMatch(
      /^footprint-revised-chart-destinations-northamptonshire-/,
    );
    expect(await drawn(page)).toMatch(/Bar colour: region of the trust’s STP under .*: Midlands/);
  });
});
