// The driver's builder steps (driver.ts): moving areas and parts, and what this browser stored.
import type {Page} from 'playwright-core';

export function builderSteps(page: Page) {
  return {
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
    /** In the open builder: move an area to a region with the box over the map, accept the
     * preview, and wait until the undo button names the step. */
    async moveArea(areaName: string, regionId: string) {
      await page.getByTestId('move-area').selectOption({label: areaName});
      await page.getByTestId(`move-to-${regionId}`).click();
      await page.getByTestId('move-accept').click();
      await page.getByTestId('builder-undo').filter({hasText: areaName}).waitFor();
    },
    /** In the open builder: choose an area in the box over the map and a region, and wait for
     * the preview card (not accepted). */
    async previewAreaMove(areaName: string, regionId: string) {
      await page.getByTestId('move-area').selectOption({label: areaName});
      await page.getByTestId(`move-to-${regionId}`).click();
      await page.getByTestId('move-preview').waitFor();
    },
    /** Accepts the previewed move and reloads the page in the same script (clickAndReloadAtOnce);
     * returns the address as it was when Accept was clicked. */
    async acceptAndReloadAtOnce(): Promise<string> {
      return this.clickAndReloadAtOnce({testId: 'move-accept'});
    },
    /** Clicks a button (by its test id, or its exact words) and reloads the page in the same
     * script, before the page has had a moment to write the change to its address; waits for
     * the reloaded page and returns the address as it was when the button was clicked. */
    async clickAndReloadAtOnce(button: {testId: string} | {text: string}): Promise<string> {
      const [, href] = await Promise.all([
        page.waitForEvent('load'),
        page.evaluate((b) => {
          const at = location.href;
          const found =
            'testId' in b
              ? document.querySelector<HTMLButtonElement>(`[data-testid="${b.testId}"]`)
              : [...document.querySelectorAll('button')].find(
                  (el) => el.textContent?.trim() === b.text,
                );
          found!.click();
          location.reload();
          return at;
        }, button),
      ]);
      return href;
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
    /** The ids of the options a user can choose (the option switch's radios), in its order:
     * one entry per option, so a duplicate shows as a second id. */
    async optionIds(): Promise<string[]> {
      return page
        .locator('input.nhsuk-radios__input[type="radio"][id^="fp-option-"]')
        .evaluateAll((els) => els.map((el) => el.id.replace(/^fp-option-/, '')));
    },
  };
}
