// The driver's map steps (driver.ts): what the map shows and what a user does on it, the
// prerendered map before the app's code arrives included.
import type {Page} from 'playwright-core';
import {waitForMapIdle} from '../browser';

type MapHook = {__footprintMap: {areaState(c: string): {colour?: string; focused?: boolean}}};

/** `text` as a whole-text pattern (a region's name, matched exactly). */
export const exactly = (text: string) =>
  new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

export function mapSteps(page: Page) {
  return {
    /** The region colour the map has actually applied to an STP (feature-state). */
    async mapColourOf(areaCode: string): Promise<string | null> {
      return page.evaluate(
        (code) => (window as never as MapHook).__footprintMap.areaState(code).colour ?? null,
        areaCode,
      );
    },
    /** Wait until the map has applied `colour` to an area (e.g. after another tab's step). */
    async waitForMapColour(areaCode: string, colour: string) {
      await page.waitForFunction(
        ({code, colour}) =>
          (window as never as MapHook).__footprintMap.areaState(code).colour === colour,
        {code: areaCode, colour},
      );
    },
    /** Wait until the live map shows the area `code` as the keyboard's (focused) one. */
    async waitForMapFocus(areaCode: string) {
      await page.waitForFunction(
        (code) => (window as never as Partial<MapHook>).__footprintMap?.areaState(code).focused,
        areaCode,
      );
    },
    /** The units the map hatches in a comparison (area and part codes), once `expected` of them
     * are: read from the drawn map (SVG paths, or the WebGL layers' filters), not the store. */
    async hatchedOnMap(expected: number): Promise<string[]> {
      type Changes = {__footprintChanges?: {hatched(): string[]}};
      await page.waitForFunction(
        (n) => (window as never as Changes).__footprintChanges?.hatched().length === n,
        expected,
      );
      await waitForMapIdle(page);
      return page.evaluate(() => (window as never as Changes).__footprintChanges!.hatched());
    },
    /** Opens the list of every STP by region (if it is not open already). */
    async openAreaList() {
      // The STP list's own <details>: the page has others (flow list, flow data, About).
      const list = page.locator('details.nhsuk-details', {hasText: /STPs by region/});
      if (!(await list.evaluate((d) => (d as HTMLDetailsElement).open)))
        await page.getByText(/STPs by region/).click();
    },
    async selectAreaFromList(name: string) {
      await this.openAreaList();
      await page.getByRole('button', {name, exact: true}).click();
      await waitForMapIdle(page);
    },
    /** Tabs onto an STP in the list (which shows its tooltip on the map). */
    async focusAreaInList(name: string) {
      await this.openAreaList();
      await page.getByRole('button', {name, exact: true}).focus();
    },
    /** The map's tooltip, once it shows. */
    async tooltipText(): Promise<string> {
      const tip = page.locator('.fp-tooltip');
      await tip.waitFor();
      return (await tip.textContent()) ?? '';
    },
    /** Clicks a region's name where it is written on the map. */
    async clickRegionLabel(name: string) {
      await page.locator('.fp-region-label', {hasText: exactly(name)}).click();
      await waitForMapIdle(page);
    },
    /** A point (page pixels) where the SVG map shows the area `code` on top (its path is the
     * element there, not a label or a neighbour), in whichever SVG map is on the page now. */
    async pointOnArea(code: string): Promise<{x: number; y: number}> {
      const point = await page.evaluate((c) => {
        const area = document.querySelector(`svg.fp-svgmap path.fp-svgmap__area[data-code="${c}"]`);
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
    /** Moves the mouse over the area `code` (a point where it is on top), as a user hovers it. */
    async hoverArea(code: string) {
      const {x, y} = await this.pointOnArea(code);
      await page.mouse.move(x, y);
    },
    /** Moves the mouse over the area `code` and clicks it (the map as the user sees it). */
    async clickArea(code: string) {
      const {x, y} = await this.pointOnArea(code);
      await page.mouse.move(x, y);
      await page.mouse.click(x, y);
    },
  };
}
