// The driver's steps for the builder's whole-group edits (issue 20): start the builder, move
// every area of an official group, split a group, read and accept the preview.
import type {Page} from 'playwright-core';

export function groupEditSteps(page: Page) {
  return {
    /** Starts the builder from the option on the map. */
    async startBuilder() {
      await page.getByTestId('builder-start').click();
      await page.getByTestId('group-tools').waitFor();
    },
    /** "Move all the areas of" an official group (its label in the list, e.g. "NHS Frimley
     * Integrated Care Board (3)") into the group named `into`, and waits for the preview. */
    async previewOfficialMove(group: string, into: string) {
      await page.getByTestId('move-official').selectOption({label: group});
      await page.getByTestId('move-official-to').selectOption({label: into});
      await page.getByTestId('move-official-preview').click();
      await page.getByTestId('move-preview').waitFor();
    },
    /** Splits the areas `codes` off the group named `from` as a new group `name`, and waits
     * for the preview. */
    async previewSplit(from: string, codes: readonly string[], name: string) {
      await page.getByTestId('split-from').selectOption({label: from});
      for (const code of codes) await page.getByTestId(`split-${code}`).check();
      await page.getByTestId('split-name').fill(name);
      await page.getByTestId('split-preview').click();
      await page.getByTestId('move-preview').waitFor();
    },
    /** The preview's figures for one group, by the group's id: each measure's cells as shown,
     * e.g. {Population: ['+774,255', '1,834,938']} (change, after). */
    async previewOf(groupId: string): Promise<Record<string, string[]>> {
      return page
        .getByTestId(`preview-${groupId}`)
        .evaluate((table) =>
          Object.fromEntries(
            [...table.querySelectorAll('tbody tr')].map((tr) => [
              tr.querySelector('th')?.textContent ?? '',
              [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''),
            ]),
          ),
        );
    },
    /** Accepts the pending preview and waits until the undo button names the step taken. */
    async acceptPreview(): Promise<string> {
      const undo = page.getByTestId('builder-undo');
      const before = (await undo.textContent()) ?? '';
      await page.getByTestId('move-accept').click();
      await page.getByTestId('move-preview').waitFor({state: 'detached'});
      await page.waitForFunction(
        (was) => document.querySelector('[data-testid="builder-undo"]')?.textContent !== was,
        before,
      );
      return (await undo.textContent()) ?? '';
    },
  };
}
