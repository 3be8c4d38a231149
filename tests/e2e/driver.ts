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
        (code) =>
          (
            window as never as {__footprintMap: {areaState(c: string): {colour?: string}}}
          ).__footprintMap.areaState(code).colour ?? null,
        areaCode,
      );
    },
    /** Wait until the map has applied `colour` to an area (e.g. after another tab's step). */
    async waitForMapColour(areaCode: string, colour: string) {
      await page.waitForFunction(
        ({code, colour}) =>
          (
            window as never as {__footprintMap: {areaState(c: string): {colour?: string}}}
          ).__footprintMap.areaState(code).colour === colour,
        {code: areaCode, colour},
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
      await page
        .locator('.fp-region-label', {
          hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
        })
        .click();
      await waitForMapIdle(page);
    },
    /** In the builder: move one part of an area to a region and accept it, waiting until the
     * undo list names the part (e.g. Greater Manchester, Tameside and Glossop CCG, midlands). */
    async movePart(areaName: string, partName: string, regionId: string) {
      await page.getByTestId('builder-start').click();
      await page.getByTestId('move-area').selectOption({label: areaName});
      await page.getByTestId('move-part').selectOption({label: partName});
      await page.getByTestId(`move-to-${regionId}`).click();
      await page.getByTestId('move-accept').click();
      await page.getByTestId('builder-undo').filter({hasText: partName}).waitFor();
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
    /** What has the keyboard focus, as a screen reader names it roughly: the element's tag,
     * id and text ("body" when focus was lost to the page). */
    async focused(): Promise<{tag: string; id: string; text: string}> {
      return page.evaluate(() => {
        const el = document.activeElement ?? document.body;
        return {
          tag: el.tagName.toLowerCase(),
          id: el.id,
          text: (el.textContent ?? '').trim().slice(0, 80),
        };
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
      await page.getByTestId('move-area').selectOption({label: areaName});
      await page.getByTestId(`move-to-${regionId}`).click();
      await page.getByTestId('move-accept').click();
      await page.getByTestId('builder-undo').filter({hasText: areaName}).waitFor();
    },
    /** The user options this browser has stored for the default geography, as stored. */
    async storedOptions(): Promise<
      {id: string; title: string; assignments: Record<string, string>}[]
    > {
      return page.evaluate(
        () =>
          JSON.parse(localStorage.getItem('footprint:user-options:v1') ?? '{"options": []}')
            .options,
      );
    },
    /** Opens "Load flow data" (if closed) and chooses a CSV file; resolves with what the page
     * says: the loaded summary, or the problems it was refused for. */
    async loadFlowFile(name: string, text: string): Promise<{loaded: boolean; words: string}> {
      const section = page.getByTestId('load-flows');
      if (!(await section.evaluate((d) => (d as HTMLDetailsElement).open)))
        await page.getByText('Load flow data', {exact: true}).click();
      await page
        .getByTestId('flow-file')
        .setInputFiles({name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8')});
      const outcome = page
        .getByTestId('flow-file-loaded')
        .or(page.getByTestId('flow-file-problems'));
      await outcome.waitFor();
      return {
        loaded: (await outcome.getAttribute('data-testid')) === 'flow-file-loaded',
        words: (await outcome.textContent()) ?? '',
      };
    },
    /** With the scorecard open: each option's "N districts split between …" line, and the
     * split districts listed under the first option that has any (its list opened). */
    async splitDistricts(): Promise<{summaries: string[]; firstListed: string[]}> {
      const options = page.getByTestId('split-districts-option');
      await options.first().waitFor();
      const summaries = await options.evaluateAll((els) =>
        els.map((el) => (el.querySelector('summary') ?? el).textContent ?? ''),
      );
      const folded = page.locator('details[data-testid="split-districts-option"]').first();
      if ((await folded.count()) === 0) return {summaries, firstListed: []};
      await folded.locator('summary').click();
      return {summaries, firstListed: await folded.getByTestId('split-district').allTextContents()};
    },
    async detailsRegion(): Promise<string> {
      return (await page.getByTestId('details-region').textContent()) ?? '';
    },
    async screenshot(name: string) {
      mkdirSync(ARTIFACTS, {recursive: true});
      await waitForMapIdle(page);
      await page.screenshot({path: `${ARTIFACTS}/${name}.png`});
    },

    // What the user reads.
    /** The text of the element with this test id ('' when it has none). */
    async textOf(testId: string): Promise<string> {
      return (await page.getByTestId(testId).textContent()) ?? '';
    },
    /** Whether the element with this test id is on the page at all. */
    async isShown(testId: string): Promise<boolean> {
      return (await page.getByTestId(testId).count()) > 0;
    },
    /** The title of the details panel (the selected STP or region). */
    async detailsTitle(): Promise<string> {
      return (await page.getByTestId('details-title').textContent()) ?? '';
    },
    /** Whether the boundary option with this title is the one chosen. */
    async isOptionChosen(title: string): Promise<boolean> {
      return page.getByRole('radio', {name: title}).isChecked();
    },
    /** Waits until the boundary option with this title is chosen (after a back/forward, say). */
    async waitForOption(title: string) {
      await page.getByRole('radio', {name: title, checked: true}).waitFor();
    },

    // What the user does.
    /** Comparing: option A (from) and option B (to, shown on the map), by their titles. */
    async compare(from: string, to: string) {
      await page.getByLabel('To (option B, shown on the map)').selectOption({label: to});
      await page.getByLabel('From (option A)').selectOption({label: from});
      await waitForMapIdle(page);
    },
    async stopComparing() {
      await page.getByRole('button', {name: 'Stop comparing'}).click();
      await waitForMapIdle(page);
    },
    async clearSelection() {
      await page.getByRole('button', {name: 'Clear selection'}).click();
      await waitForMapIdle(page);
    },
    /** Chooses a region in the legend (its button's name starts with the region's name). */
    async chooseLegendRegion(name: string | RegExp) {
      await legendButton(name).click();
      await waitForMapIdle(page);
    },
    /** Whether the legend shows this region as chosen. */
    async isLegendRegionChosen(name: string | RegExp): Promise<boolean> {
      return (await legendButton(name).getAttribute('aria-pressed')) === 'true';
    },
    /** Presses Copy link and returns the link it shows. */
    async copyLink(): Promise<string> {
      await page.getByRole('button', {name: 'Copy link'}).click();
      return page.getByTestId('share-link').inputValue();
    },
    /** The messages about a link's unreadable values, as listed ([] when there is no banner). */
    async linkMessages(): Promise<string[]> {
      return page.getByTestId('link-messages').locator('li').allTextContents();
    },

    // Presenter mode.
    async startPresenting() {
      await page.getByRole('button', {name: 'Present the options step by step'}).click();
      await waitForMapIdle(page);
    },
    /** The next step, by the arrow key as a presenter would. */
    async nextStep() {
      await page.keyboard.press('ArrowRight');
      await waitForMapIdle(page);
    },
    /** The title of the step shown (the option's). */
    async stepTitle(): Promise<string> {
      return (await page.getByTestId('presenter').locator('h2').textContent()) ?? '';
    },

    // Patient flows.
    async showFlows(on = true) {
      await page.getByRole('checkbox', {name: 'Show flows on the map'}).setChecked(on);
      await waitForMapIdle(page);
    },
    async onlyCrossRegionFlows(on = true) {
      await page
        .getByRole('checkbox', {name: /Only flows that cross a region boundary/})
        .setChecked(on);
      await waitForMapIdle(page);
    },
    /** The sentence under the flow settings ("40 arrows on the map."). */
    async flowCount(): Promise<string> {
      return (await page.getByTestId('flow-count').textContent()) ?? '';
    },
    /** The whole option's residents attributed to a trust outside their region, as shown. */
    async crossRegionTotal(): Promise<string> {
      return (await page.getByTestId('cross-region-value').textContent()) ?? '';
    },
    async openFlowList() {
      await page.getByText('List the flows on the map').click();
    },
  };

  function legendButton(name: string | RegExp) {
    return page.getByTestId('legend').getByRole('button', {
      name:
        typeof name === 'string'
          ? new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)
          : name,
    });
  }
}
