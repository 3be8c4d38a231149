// The driver's page steps (driver.ts): choosing and comparing options, the legend, the details
// panel, sharing, presenting, and what the user reads.
import type {Page} from 'playwright-core';
import {mkdirSync} from 'node:fs';
import {waitForMapIdle} from '../browser';

export const ARTIFACTS = 'test-artifacts';

export function pageSteps(page: Page) {
  const legendButton = (name: string | RegExp) =>
    page.getByTestId('legend').getByRole('button', {
      name:
        typeof name === 'string'
          ? new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)
          : name,
    });
  return {
    async chooseOption(title: string) {
      await page.getByRole('radio', {name: title}).check();
      await waitForMapIdle(page);
    },
    async legendRegions(): Promise<string[]> {
      return page.locator('[data-testid="legend"] .fp-legend__name').allTextContents();
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
  };
}
