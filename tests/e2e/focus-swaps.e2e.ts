// Buttons that swap themselves for something else keep the keyboard's place (issue 21, fault 6):
// "Remove" asks its question with focus on it, "Keep it" goes back to "Remove", "Yes, remove"
// goes to the list's heading, "Open" to the option's name, and removing a region to the regions'
// heading. Never to the page's body, where a screen reader user would hear nothing.
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {launchBrowser, openPage, waitForMapIdle} from './browser';
import {driver} from './driver';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  ({page} = await openPage(browser, `${inject('baseUrl')}?option=revised&renderer=svg`));
  await waitForMapIdle(page);
});
afterAll(async () => browser?.close());

describe('focus after a button swaps itself away', () => {
  it('removing a region that is empty: focus goes to the regions heading', async () => {
    const d = driver(page);
    await d.pressButton('Start a new option');
    await page.getByLabel('New region', {exact: true}).fill('Spare');
    await d.pressButton('Add region');
    await page.getByRole('button', {name: 'Remove Spare'}).waitFor();
    await d.pressButton('Remove Spare');
    await page.getByRole('button', {name: 'Remove Spare'}).waitFor({state: 'detached'});
    await page.waitForFunction(() => document.activeElement !== document.body);
    expect(await d.focused()).toMatchObject({tag: 'h3', id: 'fp-builder-regions'});
    await d.pressButton('Close the builder');
  });

  it('Remove asks with focus on the question; Keep it goes back to Remove', async () => {
    const d = driver(page);
    await d.pressButton('Remove My option 1');
    await page.getByRole('button', {name: 'Keep it'}).waitFor();
    expect(await d.focused()).toMatchObject({tag: 'span', text: 'Remove it from this browser?'});
    await page.keyboard.press('Tab');
    expect((await d.focused()).text).toBe('Yes, remove My option 1');
    await page.keyboard.press('Tab');
    expect((await d.focused()).text).toBe('Keep it');
    await page.keyboard.press('Enter');
    await page.getByRole('button', {name: 'Remove My option 1'}).waitFor();
    expect(await d.focused()).toMatchObject({tag: 'button', text: 'Remove My option 1'});
  });

  it('Open goes to the option’s name; Yes, remove goes to the list, then to the builder heading', async () => {
    const d = driver(page);
    await d.pressButton('Start a new option');
    await d.pressButton('Close the builder');
    await d.pressButton('Open My option 1');
    await page.waitForFunction(() => document.activeElement?.id === 'fp-builder-title');
    await d.pressButton('Close the builder');
    // Two options saved: removing one leaves the list, whose heading takes the focus.
    await d.pressButton('Remove My option 2');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('button', {name: 'Remove My option 2'}).waitFor({state: 'detached'});
    await page.waitForFunction(() => document.activeElement !== document.body);
    expect(await d.focused()).toMatchObject({tag: 'h3', id: 'fp-builder-saved'});
    // The last one: the list goes too, and the builder's heading takes the focus.
    await d.pressButton('Remove My option 1');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByTestId('saved-options').waitFor({state: 'detached'});
    await page.waitForFunction(() => document.activeElement !== document.body);
    expect(await d.focused()).toMatchObject({tag: 'h2', id: 'fp-builder-heading'});
  });
});
