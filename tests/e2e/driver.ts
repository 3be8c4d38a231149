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
    /** Opens "Load flow data" (if closed) and chooses a CSV file; resolves with what the page
     * says: the loaded summary, or the problems it was refused for. */
    async loadFlowFile(name: string, text: string): Promise<{loaded: boolean; words: string}> {
      const section = page.getByTestId('load-flows');
      if (!(await section.evaluate((d) => (d as HTMLDetailsElement).open))) await page.getByText('Load flow data', {exact: true}).click();
      await page.getByTestId('flow-file').setInputFiles({name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8')});
      const outcome = page.getByTestId('flow-file-loaded').or(page.getByTestId('flow-file-problems'));
      await outcome.waitFor();
      return {loaded: (await outcome.getAttribute('data-testid')) === 'flow-file-loaded', words: (await outcome.textContent()) ?? ''};
    },
    /** With the scorecard open: each option's "N districts split between …" line, and the
     * split districts listed under the first option that has any (its list opened). */
    async splitDistricts(): Promise<{summaries: string[]; firstListed: string[]}> {
      const options = page.getByTestId('split-districts-option');
      await options.first().waitFor();
      const summaries = await options.evaluateAll((els) => els.map((el) => (el.querySelector('summary') ?? el).textContent ?? ''));
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
  };
}
