// The builder by keyboard alone: Tab to each control, keys to choose, Enter and Escape, the
// undo keys. The same steps as builder.e2e.ts, without a pointer.
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Locator, Page} from 'playwright-core';
import {launchBrowser, openPage, waitForMapIdle} from './browser';
import {driver} from './driver';
import {colourOf} from './map-data';

const LINCOLNSHIRE = 'E54000013';
const EAST = colourOf('revised', 'E54000022');
const MIDLANDS = colourOf('revised', LINCOLNSHIRE);

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  ({page} = await openPage(browser, `${inject('baseUrl')}?option=revised&renderer=svg`));
  await waitForMapIdle(page);
});
afterAll(async () => browser?.close());

/** Press Tab (or Shift+Tab) until `target` has focus; fails after `max` presses. */
async function tabTo(target: Locator, {back = false, max = 120} = {}) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** From the focused STP box: type the STP's name (a native select chooses it; Tab applies the
 * choice), Tab to the region's button and press Enter to preview the move. */
async function previewByKeys(area: string, region: string) {
  await page.keyboard.type(area);
  await page.keyboard.press('Tab');
  await page
    .getByTestId('move-from')
    .filter({hasText: `${area} is in`})
    .waitFor();
  await tabTo(page.getByTestId(`move-to-${region}`));
  await page.keyboard.press('Enter');
}

describe('building an option by keyboard', () => {
  it('starts an option, chooses Lincolnshire and the East of England, previews and accepts with Enter', async () => {
    await tabTo(page.getByTestId('builder-start'));
    await page.keyboard.press('Enter');
    await page.getByTestId('builder-editor').waitFor();
    await tabTo(page.getByTestId('move-area'));
    await previewByKeys('Lincolnshire', 'east');
    // Focus lands on Accept, so Enter accepts.
    await page.getByTestId('move-preview').waitFor();
    expect(
      await page.getByTestId('move-accept').evaluate((el) => el === document.activeElement),
    ).toBe(true);
    expect(await page.getByTestId('preview-east').textContent()).toContain('+755,833');
    await page.keyboard.press('Enter');
    await page.getByTestId('move-preview').waitFor({state: 'detached'});
    await waitForMapIdle(page);
    expect(await driver(page).mapColourOf(LINCOLNSHIRE)).toBe(EAST);
    // Focus goes back to the area box, which comes back a render after the map's (MoveMenu.tsx).
    await page.waitForFunction(() => document.activeElement?.id === 'fp-move-area');
  });

  it('undoes with Ctrl+Z and redoes with Ctrl+Shift+Z', async () => {
    await page.keyboard.press('Control+Z');
    await page.getByTestId('builder-redo').filter({hasText: 'Lincolnshire'}).waitFor();
    expect(await driver(page).mapColourOf(LINCOLNSHIRE)).toBe(MIDLANDS);
    await page.keyboard.press('Control+Shift+Z');
    await page.getByTestId('builder-undo').filter({hasText: 'Lincolnshire'}).waitFor();
    expect(await driver(page).mapColourOf(LINCOLNSHIRE)).toBe(EAST);
  });

  it('cancels a preview with Escape, leaving the option as it was', async () => {
    await tabTo(page.getByTestId('move-area'), {back: true});
    await previewByKeys('Northamptonshire', 'east');
    await page.getByTestId('move-preview').waitFor();
    // Escape works wherever focus has gone, not only inside the preview.
    await tabTo(page.getByTestId('builder-title'), {back: true});
    await page.keyboard.press('Escape');
    await page.getByTestId('move-preview').waitFor({state: 'detached'});
    expect(await driver(page).mapColourOf('E54000020')).toBe(colourOf('revised', 'E54000020'));
  });

  it('paints an STP from the map with Shift+arrows and Enter', async () => {
    await tabTo(page.locator('#fp-paint-off'), {back: true});
    // Native radios: an arrow key moves to (and chooses) the next one, North West.
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#fp-paint-north-west').isChecked()).toBe(true);
    await tabTo(page.getByTestId('map'), {back: true});
    await page.keyboard.press('Shift+ArrowDown');
    // The STP under the map's keyboard focus is read out with its region.
    await page
      .getByTestId('map-announcement')
      .filter({hasText: /Region: /})
      .waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('builder-undo').filter({hasText: '→ North West'}).waitFor();
  });
});
