// Flow containment where people read numbers: the Regions table, the comparison table, the
// region panel (with its biggest cross-boundary flows) and the STP panel's CCG → trust detail.
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {launchBrowser, openPage, waitForMapIdle, type OpenedPage} from './browser';

let browser: Browser;
let opened: OpenedPage;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  opened = await openPage(browser, `${inject('baseUrl')}?option=revised&compare=initial`, {
    width: 1400,
    height: 900,
  });
  page = opened.page;
  await waitForMapIdle(page);
});
afterAll(async () => browser?.close());

/** The text of a column's cell for a region (by region name) in a table. */
async function cell(testId: string, region: string, column: number): Promise<string> {
  const row = page
    .getByTestId(testId)
    .locator('tbody tr', {has: page.getByRole('button', {name: region, exact: true})});
  return ((await row.locator('th, td').nth(column).textContent()) ?? '').trim();
}

async function columnIndex(testId: string, label: string): Promise<number> {
  const headers = await page
    .getByTestId(testId)
    .locator('thead tr')
    .first()
    .locator('th')
    .allTextContents();
  return headers.findIndex((h) => h.startsWith(label));
}

describe('containment in the tables and panels', () => {
  it('adds containment, outside and from-outside columns to the Regions table', async () => {
    const table = page.getByTestId('regions-table');
    await table.getByText('Flow containment').waitFor();
    const c = await columnIndex('regions-table', 'Flow containment');
    expect(await cell('regions-table', 'Midlands', c)).toBe('95.4%');
    expect(await cell('regions-table', 'East of England', c)).toBe('91.3%');
    // The footer's "treated outside" total is the whole-option number.
    const out = await columnIndex('regions-table', 'Outside own region');
    const footer = table.locator('tfoot td').nth(out - 1);
    expect(await footer.locator('.fp-amount-full').textContent()).toBe('2,131,457');
    await table.scrollIntoViewIfNeeded();
    await page.screenshot({path: 'test-artifacts/flows-regions-table.png', fullPage: false});
  });

  it('shows each region’s containment under A and B and the change in points in the comparison table', async () => {
    const table = page.getByTestId('comparison-table');
    await table.getByText('Flow containment').waitFor();
    const midlands = table.locator('tr[data-region-id=midlands]');
    expect(await midlands.locator('[data-measure=containment]').textContent()).toBe('−0.1 pts');
    expect(
      await table.locator('tr[data-region-id=east] [data-measure=containment]').textContent(),
    ).toBe('+0.2 pts');
    const cells = await midlands.locator('td').allTextContents();
    expect(cells).toContain('95.5%');
    expect(cells).toContain('95.4%');
    await table.scrollIntoViewIfNeeded();
    await page.screenshot({path: 'test-artifacts/flows-comparison-table.png'});
  });

  it("gives a region's containment and its biggest flows across the boundary in its panel", async () => {
    await page
      .getByTestId('legend')
      .getByRole('button', {name: /Midlands/})
      .click();
    await waitForMapIdle(page);
    const panel = page.getByTestId('region-flows');
    await panel.waitFor();
    expect(await page.getByTestId('region-containment').textContent()).toContain('95.4%');
    expect(await page.getByTestId('region-containment').textContent()).toContain(
      'Initial proposal: 95.5%',
    );
    expect(await page.getByTestId('region-flows-out').locator('li').count()).toBe(5);
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({path: 'test-artifacts/flows-region-panel.png'});
  });

  it("breaks Northamptonshire's flows down by STP, and by CCG and trust", async () => {
    // The comparison also names Northamptonshire (it moves), so pick it from the STP list itself.
    const list = page.locator('details.nhsuk-details', {hasText: /STPs by region/});
    await list.getByText(/STPs by region/).click();
    await list.getByRole('button', {name: 'Northamptonshire', exact: true}).click();
    await waitForMapIdle(page);
    const out = page.getByTestId('area-flows-out');
    await out.waitFor();
    const rows = await out.locator('tbody tr').allTextContents();
    expect(rows[0]).toContain('Northamptonshire (its own)');
    expect(rows.join('|')).toContain('22,598');
    const nene = page.locator('[data-part="04G"]');
    await nene.waitFor();
    const text = (await nene.locator('tbody').textContent()) ?? '';
    // Shares of Nene's residents, as the source states them (PROVENANCE.md: 51.1%, 30.6%, 6.8%).
    expect(text).toMatch(/Northampton General Hospital\s*51%/);
    expect(text).toMatch(/Kettering General Hospital[^%]*31%/);
    expect(text).toMatch(/Oxford[^%]*7%/);
    expect(text).toContain('University Hospitals of Leicester');
    expect(
      await page.getByTestId('area-flows').locator('.fp-flow-measure').first().textContent(),
    ).toContain('715,491 rather than its 730,650 people (mid-2018)');
    expect(text).toMatch(/Not attributed \(small flows suppressed in the source\)\s*3%/);
    await nene.scrollIntoViewIfNeeded();
    await page.screenshot({path: 'test-artifacts/flows-stp-panel.png'});
    expect(opened.consoleErrors).toEqual([]);
  });
});
