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
    /** Wait until the map has applied `colour` to an area (e.g. after another tab's step). */
    async waitForMapColour(areaCode: string, colour: string) {
      await page.waitForFunction(
        ({code, colour}) => (window as never as {__footprintMap: {areaState(c: string): {colour?: string}}}).__footprintMap.areaState(code).colour === colour,
        {code: areaCode, colour},
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
    /** What has the keyboard focus, as a screen reader names it roughly: the element's tag,
     * id and text ("body" when focus was lost to the page). */
    async focused(): Promise<{tag: string; id: string; text: string}> {
      return page.evaluate(() => {
        const el = document.activeElement ?? document.body;
        return {tag: el.tagName.toLowerCase(), id: el.id, text: (el.textContent ?? '').trim().slice(0, 80)};
      });
    },
    /** Focus the button named `name` and press Enter on it, as a keyboard user does. */
    async pressButton(name: string | RegExp) {
      const button = page.getByRole('button', {name, exact: typeof name === 'string'});
      await button.focus();
      await page.keyboard.press('Enter');
    },
    /** In the open builder: move an area to a region with the box over the map, accept the
     * preview, and wait until the undo button names the step. */
    async moveArea(areaName: string, regionId: string) {
      await page.getByTestId('move-stp').selectOption({label: areaName});
      await page.getByTestId(`move-to-${regionId}`).click();
      await page.getByTestId('move-accept').click();
      await page.getByTestId('builder-undo').filter({hasText: areaName}).waitFor();
    },
    /** The user options this browser has stored for the default geography, as stored. */
    async storedOptions(): Promise<{id: string; title: string; assignments: Record<string, string>}[]> {
      return page.evaluate(() => JSON.parse(localStorage.getItem('footprint:user-options:v1') ?? '{"options": []}').options);
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
