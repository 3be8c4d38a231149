// The selection flow charts (issue 13) in the built app: Northamptonshire's and the Midlands'
// panels opened from a link, each bar's drawn length read against the number in the chart's
// own table (the text alternative), at 1280 and 360 px; axe on the STP panel at both widths;
// screenshots of the charts in test-artifacts/ for a person to look at.
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Locator, Page} from 'playwright-core';
import {launchBrowser, openPage, waitForMapIdle} from './browser';
import {ARTIFACTS} from './driver';
import {checkStateAtEveryWidth} from './ui-state-axe';

const NORTHAMPTONSHIRE = 'E54000020';
const AREA_LINK = `?option=revised&stp=${NORTHAMPTONSHIRE}&renderer=svg`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

interface DrawnBar {
  label: string;
  /** The number in the chart's table. */
  number: number;
  dataValue: number;
  /** Drawn width in CSS px. */
  width: number;
  /** Right end of the bar and of its value text, and the chart's width, in px. */
  right: number;
  textRight: number;
  svgWidth: number;
}

/** The chart's table rows (label, number) beside its drawn bars, in order. */
async function readChart(chart: Locator): Promise<DrawnBar[]> {
  await chart.getByTestId('chart-bar').first().waitFor();
  return chart.evaluate((figure) => {
    const svg = figure.querySelector('svg')!.getBoundingClientRect();
    const rows = [...figure.querySelectorAll('table tbody tr')].map((tr) => {
      const cells = [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? '');
      return {label: cells[0]!, number: Number(cells[2]!.replace(/,/g, ''))};
    });
    const bars = [...figure.querySelectorAll('[data-testid=chart-bar]')];
    if (bars.length !== rows.length)
      throw new Error(`${bars.length} bars but ${rows.length} table rows`);
    return bars.map((bar, i) => {
      const box = bar.getBoundingClientRect();
      const text = bar.parentElement!.querySelector('.fp-chart__value')!.getBoundingClientRect();
      return {
        ...rows[i]!,
        dataValue: Number(bar.getAttribute('data-value')),
        width: box.width,
        right: box.right - svg.left,
        textRight: text.right - svg.left,
        svgWidth: svg.width,
      };
    });
  });
}

/** Every bar as long as its number says, within 1 px, measured against the longest bar, and
 * nothing drawn past the chart's right edge. */
function expectProportional(bars: DrawnBar[]): void {
  const longest = bars.reduce((a, b) => (b.number > a.number ? b : a));
  const pxPerUnit = longest.width / longest.number;
  expect(longest.width).toBeGreaterThan(100);
  for (const bar of bars) {
    expect(bar.dataValue, bar.label).toBe(bar.number);
    expect(
      Math.abs(bar.width - bar.number * pxPerUnit),
      `${bar.label}: ${bar.width} px for ${bar.number}`,
    ).toBeLessThanOrEqual(1);
    expect(bar.textRight, `${bar.label}'s value text`).toBeLessThanOrEqual(bar.svgWidth + 0.5);
  }
}

async function shoot(chart: Locator, name: string): Promise<void> {
  await chart.scrollIntoViewIfNeeded();
  await chart.screenshot({path: `${ARTIFACTS}/${name}.png`, animations: 'disabled'});
}

async function openArea(width: number): Promise<Page> {
  const {page} = await openPage(browser, `${inject('baseUrl')}${AREA_LINK}`, {width, height: 900});
  await waitForMapIdle(page);
  return page;
}

describe('flows of a selected STP as charts', () => {
  // 1280 and 360: the panel is narrow (labels above the bars); 1000: the panel spans the page
  // under the map (labels beside the bars).
  it.each([1280, 1000, 360])(
    "draws Northamptonshire's destinations and origins to scale at %i px",
    async (width) => {
      const page = await openArea(width);
      try {
        const out = page.getByTestId('area-flows-out');
        const bars = await readChart(out);
        // Its own STP first, then the largest flows elsewhere (PHE 2018: Oxford's STP, then Leicester's).
        expect(bars.map((b) => [b.label, b.number])).toEqual([
          ['Northamptonshire (its own)', 607_706],
          ['Buckinghamshire, Oxfordshire and Berkshire West', 46_365],
          ['Leicester, Leicestershire and Rutland', 22_598],
          ['Coventry and Warwickshire', 16_139],
          ['Bedfordshire, Luton and Milton Keynes', 14_284],
          ['Cambridgeshire and Peterborough', 5_473],
          ['6 other STPs', 2_926],
        ]);
        expectProportional(bars);
        // No label is cut short (a cut one carries its full text in a <title>).
        expect(await out.locator('svg text title').count()).toBe(0);
        expect(await out.locator('figcaption').textContent()).toBe(
          'Where residents of Northamptonshire are treated 85% are treated within Northamptonshire; the largest flow elsewhere is to Buckinghamshire, Oxfordshire and Berkshire West (6%).',
        );
        // The bars take their region's colour under the revised proposal: Midlands for its own
        // and Leicester's, the South East for Oxford's, the East for Milton Keynes'.
        const fills = await out
          .getByTestId('chart-bar')
          .evaluateAll((rects) => rects.map((r) => r.getAttribute('fill')));
        expect(fills.slice(0, 5)).toEqual(['#ee8866', '#99ddff', '#ee8866', '#ee8866', '#44bb99']);

        const inbound = page.getByTestId('area-flows-in');
        const origins = await readChart(inbound);
        expect(origins[0]).toMatchObject({label: 'Northamptonshire (its own)', number: 607_706});
        expect(origins[1]).toMatchObject({
          label: 'Leicester, Leicestershire and Rutland',
          number: 24_738,
        });
        expectProportional(origins);
        await shoot(out, `charts-flows-stp-out-${width}`);
        await shoot(inbound, `charts-flows-stp-in-${width}`);
        // The numbers, opened, fit the panel: four columns with no sideways scrolling.
        await out.getByText('Show the numbers in this chart').click();
        await out.locator('table').waitFor();
        expect(
          await out.locator('details').evaluate((d) => d.scrollWidth - d.clientWidth),
        ).toBeLessThanOrEqual(0);
        await shoot(out.locator('table'), `charts-flows-stp-out-table-${width}`);
      } finally {
        await page.context().close();
      }
    },
  );

  it("draws the Midlands' destinations with 'within the region' first", async () => {
    const {page} = await openPage(
      browser,
      `${inject('baseUrl')}?option=revised&region=midlands&renderer=svg`,
      {width: 1280, height: 900},
    );
    try {
      await waitForMapIdle(page);
      const chart = page.getByTestId('region-flows-chart');
      const bars = await readChart(chart);
      expect(bars[0]).toMatchObject({label: 'Within the Midlands', number: 9_883_191});
      expect(bars.at(-1)!.label).toBe('15 other STPs');
      expectProportional(bars);
      // The same containment the panel states in words.
      expect(await page.getByTestId('region-containment').textContent()).toContain('95.4%');
      expect(await chart.locator('table tbody tr').first().locator('td').last().textContent()).toBe(
        '95.4%',
      );
      await shoot(chart, 'charts-flows-region-1280');
    } finally {
      await page.context().close();
    }
  });

  it('prints whole: the panel with the charts is not cut off at the screen height', async () => {
    const page = await openArea(1280);
    try {
      await page.getByTestId('area-flows-in').getByTestId('chart-bar').first().waitFor();
      await page.emulateMedia({media: 'print'});
      const details = page.getByTestId('details');
      const {hidden, chartBottom, panelBottom} = await details.evaluate((panel) => {
        const chart = panel.querySelector('[data-testid=area-flows-in]')!.getBoundingClientRect();
        return {
          hidden: panel.scrollHeight - panel.clientHeight,
          chartBottom: chart.bottom,
          panelBottom: panel.getBoundingClientRect().bottom,
        };
      });
      expect(hidden).toBeLessThanOrEqual(1);
      expect(chartBottom).toBeLessThanOrEqual(panelBottom);
      await page
        .getByTestId('area-flows')
        .screenshot({path: `${ARTIFACTS}/charts-flows-print.png`});
    } finally {
      await page.context().close();
    }
  });

  it('is clean under axe at 1280 and 360 px with the STP charts on screen', async () => {
    await checkStateAtEveryWidth(browser, inject('baseUrl'), {
      name: 'Northamptonshire flow charts',
      path: AREA_LINK,
      reached: async (page, timeout) => {
        for (const id of ['area-flows-out', 'area-flows-in']) {
          await page
            .getByTestId(id)
            .getByTestId('chart-bar')
            .first()
            .waitFor({state: 'visible', timeout});
        }
      },
    });
  });
});
