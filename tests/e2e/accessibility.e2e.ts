// axe-core over each main screen state: WCAG 2.0–2.2 A and AA rules must report nothing.
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {launchBrowser, openPage, waitForMapIdle} from './browser';
import {axeViolations} from './axe';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = (await openPage(browser, inject('baseUrl'))).page;
  await waitForMapIdle(page);
});
afterAll(async () => browser?.close());

describe('accessibility (axe-core, WCAG 2.2 AA rules)', () => {
  it('has no violations on the first screen', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('has no violations with an STP selected and the STP list open', async () => {
    await page.getByText(/STPs by region/).click();
    await page.getByRole('button', {name: 'Northamptonshire', exact: true}).click();
    await waitForMapIdle(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('would catch a violation (the check can fail)', async () => {
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.id = 'fp-axe-probe';
      img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      document.body.append(img);
    });
    expect((await axeViolations(page)).join('\n')).toMatch(/image-alt/);
    await page.evaluate(() => document.getElementById('fp-axe-probe')?.remove());
  });

  it('has no violations with a region selected', async () => {
    await page.locator('[data-testid="legend"]').getByRole('button', {name: /Midlands/}).click();
    await waitForMapIdle(page);
    expect(await axeViolations(page)).toEqual([]);
  });
});
