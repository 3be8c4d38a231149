// The driver's patient-flow steps (driver.ts): showing flows, loading a flow file, reading them.
import type {Page} from 'playwright-core';
import {waitForMapIdle} from '../browser';

export function flowSteps(page: Page) {
  return {
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
  };
}
