// England 2026 chosen from the page (issue 20): the header's geography chooser opens it (the
// link gains geography=england-2026 and the legend counts ICBs), and a link to its clusters
// option shows the unconfirmed clusters marked as such, in the legend and in a cluster's
// details, with axe finding nothing in that state.
import {readFileSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {launchBrowser, openPagesClosedAfterEach, waitForMapIdle} from './browser';
import {axeViolations} from './axe';

let browser: Browser;
const openPage = openPagesClosedAfterEach();
const base = () => inject('baseUrl');

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

interface Option {
  id: string;
  groupNoun?: {many: string};
  regions: {id: string; name: string; uncertain?: string}[];
}
const options2026 = (
  JSON.parse(readFileSync('data/england-2026/options.json', 'utf8')) as {options: Option[]}
).options;
const manifest2026 = JSON.parse(readFileSync('data/england-2026/manifest.json', 'utf8')) as {
  title: string;
  defaultOption: string;
};
const clusters = options2026.find((o) => o.groupNoun?.many === 'clusters')!;

describe('England 2026', () => {
  it('opens from the chooser in the header: the link gains geography=england-2026 and the legend counts ICBs', async () => {
    const {page} = await openPage(browser, `${base()}?renderer=svg&option=initial`);
    await waitForMapIdle(page);
    await expect(page.locator('#fp-legend-title').textContent()).resolves.toBe('Legend: 7 regions');
    await page.getByLabel('Geography').selectOption({label: manifest2026.title});
    await Promise.all([
      page.waitForURL(/geography=england-2026/),
      page.getByRole('button', {name: 'Open'}).click(),
    ]);
    const url = new URL(page.url());
    expect(url.searchParams.get('geography')).toBe('england-2026');
    // The 2018 option's id means nothing here: it is not carried over.
    expect(url.searchParams.get('option')).not.toBe('initial');
    await waitForMapIdle(page);
    const defaultOption = options2026.find((o) => o.id === manifest2026.defaultOption)!;
    await page.getByText(`Legend: ${defaultOption.regions.length} ICBs`).waitFor();
    await expect(page.getByLabel('Geography').inputValue()).resolves.toBe('england-2026');
  });

  it("marks the unconfirmed clusters in the legend and a cluster's details, and axe finds nothing", async () => {
    const {page} = await openPage(
      browser,
      `${base()}?geography=england-2026&option=${clusters.id}&renderer=svg`,
    );
    await waitForMapIdle(page);
    await page.getByText(`Legend: ${clusters.regions.length} clusters`).waitFor();
    const uncertain = clusters.regions.filter((r) => r.uncertain);
    await expect(page.getByTestId('legend-uncertain').textContent()).resolves.toContain(
      `${uncertain.length} clusters`,
    );
    await expect(
      page.locator('[data-testid="legend"] .fp-swatch--uncertain').count(),
    ).resolves.toBe(uncertain.length);
    const cluster = uncertain[0]!;
    await page.getByTestId('legend').getByRole('button', {name: cluster.name}).click();
    await expect(page.getByTestId('details-title').textContent()).resolves.toBe(cluster.name);
    const note = page.getByTestId('details-uncertain');
    await note.waitFor();
    await expect(note.textContent()).resolves.toBe(`Not confirmed ${cluster.uncertain}`);
    await page.screenshot({path: 'test-artifacts/geography-2026-clusters.png'});
    expect(await axeViolations(page)).toEqual([]);
  });

  it("shows the chosen geography's whole title on a 360 px phone", async () => {
    const {page} = await openPage(browser, `${base()}?geography=england-2026&renderer=svg`, {
      width: 360,
      height: 740,
    });
    await waitForMapIdle(page);
    // The select's text is not measurable in the DOM: measure the chosen title in the select's
    // own font and compare it with the room the select leaves for text (its padding and arrow).
    const room = await page.getByLabel('Geography').evaluate((el) => {
      const select = el as HTMLSelectElement;
      const style = getComputedStyle(select);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = context.measureText(select.selectedOptions[0]!.text).width;
      const arrowAndPadding = 24 + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
      return select.clientWidth - arrowAndPadding - text;
    });
    expect(room).toBeGreaterThanOrEqual(0);
    await page.screenshot({path: 'test-artifacts/geography-2026-phone.png'});
  });
});
