// A small domain-language driver over the page: tests say what a user does and sees.
import type {Page} from 'playwright-core';
import {mkdirSync} from 'node:fs';
import {waitForMapIdle} from './browser';

export const ARTIFACTS = 'test-artifacts';

export function driver(page: Page) {
  return {
    async chooseOption(title: string) {
      await page.getByRole('radio', {name: title}).check();
      await waitForMapIdle(page);
    },
    async legendRegions(): Promise<string[]> {
      return page.locator('[data-testid="legend"] .fp-legend__name').allTextContents();
    },
    /** The region colour the map has actually applied to an STP (feature-state). */
    async mapColourOf(areaCode: string): Promise<string | null> {
      return page.evaluate(
        (code) => (window as never as {__footprintMap: {areaState(c: string): {colour?: string}}}).__footprintMap.areaState(code).colour ?? null,
        areaCode,
      );
    },
    async selectAreaFromList(name: string) {
      const summary = page.getByText(/STPs by region/);
      // The STP list's own <details>: the page has others (flow list, flow data, About).
      const list = page.locator('details.nhsuk-details', {hasText: /STPs by region/});
      if (!(await list.evaluate((d) => (d as HTMLDetailsElement).open))) await summary.click();
      await page.getByRole('button', {name, exact: true}).click();
      await waitForMapIdle(page);
    },
    /** In the builder: move one part of an area to a region and accept it, waiting until the
     * undo list names the part (e.g. Greater Manchester, Tameside and Glossop CCG, midlands). */
    async movePart(areaName: string, partName: string, regionId: string) {
      await page.getByTestId('builder-start').click();
      await page.getByTestId('move-stp').selectOption({label: areaName});
      await page.getByTestId('move-part').selectOption({label: partName});
      await page.getByTestId(`move-to-${regionId}`).click();
      await page.getByTestId('move-accept').click();
      await page.getByTestId('builder-undo').filter({hasText: partName}).waitFor();
    },
    /** A point (page pixels) where the SVG map shows the area `code` on top (its path is the
     * element there, not a label or a neighbour), in whichever SVG map is on the page now. */
    async pointOnArea(code: string): Promise<{x: number; y: number}> {
      const point = await page.evaluate((c) => {
        const area = document.querySelector(`svg.fp-svgmap path.fp-svgmap__stp[data-code="${c}"]`);
        const box = area?.getBoundingClientRect();
        for (let i = 1; box && i < 10; i++) {
          for (let j = 1; j < 10; j++) {
            const [x, y] = [box.left + (box.width * i) / 10, box.top + (box.height * j) / 10];
            if (document.elementFromPoint(x, y) === area) return {x, y};
          }
        }
        return null;
      }, code);
      if (!point) throw new Error(`No point of the map shows ${code} on top.`);
      return point;
    },
    /** Moves the mouse over the area `code` and clicks it (the map as the user sees it). */
    async clickArea(code: string) {
      const {x, y} = await this.pointOnArea(code);
      await page.mouse.move(x, y);
      await page.mouse.click(x, y);
    },
    /** Holds every request for the page's app code (app-main, or the embed's) until the returned
     * function is called: the prerendered map is all there is until then. Call before goto. */
    async holdAppCode(): Promise<() => void> {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/assets\/(app|embed)-main-[^/]*\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      return release;
    },
    async detailsRegion(): Promise<string> {
      return (await page.getByTestId('details-region').textContent()) ?? '';
    },
    async screenshot(name: string) {
      mkdirSync(ARTIFACTS, {recursive: true});
      await waitForMapIdle(page);
      await page.screenshot({path: `${ARTIFACTS}/${name}.png`});
    },
  };
}
