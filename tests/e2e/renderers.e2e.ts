// The core scenarios in both renderers: once where WebGL works (MapLibre swaps in after the SVG
// first paint) and once in a Chromium with WebGL disabled (the SVG map stays, with its note).
// Each asserts the same text results, and reads the map itself through the test hooks.
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {launchBrowser, openPage, waitForMapIdle} from './browser';
import {driver} from './driver';
import {colourOf, NORTHAMPTONSHIRE} from './map-data';

type Hooks = {
  __footprintMap: {renderer: string; areaState(c: string): {colour?: string; dimmed?: boolean}};
  __footprintChanges: {hatched(): string[]};
  __footprintFlows: {arrows(): string[]};
};

for (const mode of ['webgl', 'no-webgl'] as const) {
  describe(`the map ${mode === 'webgl' ? 'with WebGL' : 'without WebGL'}`, () => {
    let browser: Browser;
    let page: Page;
    beforeAll(async () => {
      browser = await launchBrowser(
        mode === 'webgl' ? [] : ['--disable-webgl', '--disable-webgl2'],
      );
      page = (await openPage(browser, inject('baseUrl'))).page;
      await waitForMapIdle(page);
    });
    afterAll(async () => browser?.close());

    it(`draws with the ${mode === 'webgl' ? 'WebGL' : 'SVG'} renderer`, async () => {
      const map = page.getByTestId('map');
      expect(await map.getAttribute('data-renderer')).toBe(mode === 'webgl' ? 'webgl' : 'svg');
      expect(await page.evaluate(() => (window as never as Hooks).__footprintMap.renderer)).toBe(
        mode === 'webgl' ? 'webgl' : 'svg',
      );
      if (mode === 'no-webgl') {
        expect(
          await page.locator('[data-testid="map"] svg.fp-svgmap path[data-code]').count(),
        ).toBe(42);
        expect(await page.getByTestId('map-note').textContent()).toMatch(
          /Simplified map: this browser cannot show the interactive map/,
        );
      } else {
        expect(await page.getByTestId('map-note').count()).toBe(0);
      }
    });

    it('switches option by keyboard', async () => {
      await page.getByRole('radio', {name: 'Revised proposal'}).focus();
      await page.keyboard.press('ArrowUp');
      await waitForMapIdle(page);
      expect(await page.getByRole('radio', {name: 'Initial proposal'}).isChecked()).toBe(true);
      expect(await driver(page).mapColourOf(NORTHAMPTONSHIRE)).toBe(
        colourOf('initial', NORTHAMPTONSHIRE),
      );
      await page.keyboard.press('ArrowDown');
      await waitForMapIdle(page);
      expect(await driver(page).mapColourOf(NORTHAMPTONSHIRE)).toBe(
        colourOf('revised', NORTHAMPTONSHIRE),
      );
    });

    it('compares Initial → Revised with Northamptonshire hatched and named', async () => {
      await page.getByLabel('From (option A)').selectOption({label: 'Initial proposal'});
      await waitForMapIdle(page);
      expect(
        await page.evaluate(() => (window as never as Hooks).__footprintChanges.hatched()),
      ).toEqual([NORTHAMPTONSHIRE]);
      expect(await page.locator('.fp-change-label').allTextContents()).toEqual([
        'Northamptonshire: moves',
      ]);
      expect(await page.getByTestId('details').textContent()).toContain(
        '1 STP moves: Northamptonshire',
      );
      await page.getByRole('button', {name: 'Stop comparing'}).click();
      await waitForMapIdle(page);
      expect(
        await page.evaluate(() => (window as never as Hooks).__footprintChanges.hatched()),
      ).toEqual([]);
    });

    it('selects a region from the legend, fading the rest', async () => {
      await page
        .locator('[data-testid="legend"]')
        .getByRole('button', {name: /^Midlands/})
        .click();
      await waitForMapIdle(page);
      expect(await page.getByTestId('details').textContent()).toContain('Midlands');
      expect(
        await page.evaluate(
          () => (window as never as Hooks).__footprintMap.areaState('E54000020').dimmed,
        ),
      ).toBe(false);
      expect(
        await page.evaluate(
          () => (window as never as Hooks).__footprintMap.areaState('E54000036').dimmed,
        ),
      ).toBe(true);
    });

    it('draws flow arrows when asked', async () => {
      await page.getByLabel('Show flows on the map').check();
      await page.waitForFunction(
        () => (window as never as Hooks).__footprintFlows.arrows().length > 0,
      );
      await waitForMapIdle(page);
      expect(
        (await page.evaluate(() => (window as never as Hooks).__footprintFlows.arrows())).length,
      ).toBeGreaterThan(0);
    });

    it('copies a link that opens the same view', async () => {
      await page.getByRole('button', {name: 'Copy link'}).click();
      const link = await page.getByTestId('share-link').inputValue();
      expect(link).toContain('region=midlands');
      expect(link).toContain('flows=1');
      const other = await openPage(browser, link);
      await waitForMapIdle(other.page);
      expect(await other.page.getByTestId('details').textContent()).toContain('Midlands');
      expect(await other.page.getByLabel('Show flows on the map').isChecked()).toBe(true);
      await other.page.context().close();
    });

    it('is one Tab from the top (skip link), with keys to zoom, go from STP to STP and select', async () => {
      // The page's first focusable element is the first skip link; the map's is the next.
      await page.getByRole('link', {name: 'Skip to boundary options'}).focus();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
        'Skip to the map',
      );
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('fp-map');
      const zoom = () =>
        page.evaluate(() =>
          (window as never as {__footprintMap: {zoom(): number}}).__footprintMap.zoom(),
        );
      const before = await zoom();
      await page.keyboard.press('+');
      await waitForMapIdle(page);
      expect(await zoom()).toBeCloseTo(before + 1, 1);
      await page.keyboard.press('0');
      await waitForMapIdle(page);
      await page.keyboard.press('Shift+ArrowUp');
      const first = await page.getByTestId('map-announcement').textContent();
      expect(first).toMatch(/\. Region: .+\. Population: /);
      await page.keyboard.press('Shift+ArrowUp');
      await page
        .getByTestId('map-announcement')
        .filter({hasNotText: first ?? ''})
        .waitFor();
      const reached = (await page.getByTestId('map-announcement').textContent())!.split('.')[0]!;
      await page.keyboard.press('Enter');
      await waitForMapIdle(page);
      expect(await page.getByTestId('details-title').textContent()).toBe(reached);
      await page.keyboard.press('?');
      expect(await page.getByTestId('map-keys').isVisible()).toBe(true);
      await page.keyboard.press('?');
      expect(await page.getByTestId('map-keys').isVisible()).toBe(false);
    });
  });
}
