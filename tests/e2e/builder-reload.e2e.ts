// Reloading straight after a builder step (issue 21 review): the address used to follow the
// store a moment later (url-sync's debounce), so a reload within it reopened the older link,
// which disagreed with the stored option and came back as a second user option.
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {guardedContext, launchBrowser, waitForMapIdle} from './browser';
import {driver} from './driver';
import {colourOf} from './map-data';

const LINCOLNSHIRE = 'E54000013';
const EAST = colourOf('revised', 'E54000022')!;

let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(async () => browser?.close());

describe('a reload at once after a step', () => {
  it('reopens the one user option, with the step, and no second copy', async () => {
    const {context, page, d} = await startBuilding();
    await d.moveArea('Lincolnshire', 'east');
    // No wait for the address: reload as soon as the step is accepted.
    await page.reload();
    await waitForMapIdle(page);
    await expectOneOptionWithStep(d);
    await context.close();
  });

  it('reopens the stored step when the reload comes before the address is written', async () => {
    const {context, page, d} = await startBuilding();
    await d.previewAreaMove('Lincolnshire', 'east');
    // The address is written just after the step's frame: reload in the click's own task.
    const before = await d.acceptAndReloadAtOnce();
    // The page was reloaded from the address as it was before the step.
    const loaded = await page.evaluate(() => {
      const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return {url: entry!.name, type: entry!.type};
    });
    expect(loaded).toEqual({url: before, type: 'reload'});
    await waitForMapIdle(page);
    await expectOneOptionWithStep(d);
    await context.close();
  });

  it('opens the new option when the reload comes in the task that began it (review)', async () => {
    const {context, page, d} = await openRevised();
    await d.clickAndReloadAtOnce({testId: 'builder-start'});
    await waitForMapIdle(page);
    const stored = await d.storedOptions();
    expect(stored.map((o) => o.title)).toEqual(['My option 1']);
    expect(await d.isOptionChosen('My option 1')).toBe(true);
    expect(new URL(page.url()).searchParams.get('option')).toBe(stored[0]!.id);
    await context.close();
  });

  it('keeps a removed option removed when the reload comes in the task that removed it (review)', async () => {
    const {context, page, d} = await startBuilding();
    await d.moveArea('Lincolnshire', 'east');
    await page.getByTestId('builder-close').click();
    await d.pressButton('Remove My option 1');
    await page.getByRole('button', {name: 'Yes, remove My option 1'}).waitFor();
    await d.clickAndReloadAtOnce({text: 'Yes, remove My option 1'});
    await waitForMapIdle(page);
    expect(await d.storedOptions()).toEqual([]);
    expect(await d.optionIds()).not.toContain(expect.stringMatching(/^mine-/));
    expect(await d.isOptionChosen('Revised proposal')).toBe(true);
    await context.close();
  });
});

/** A new page on the revised option (SVG map). */
async function openRevised() {
  const context = await guardedContext(browser, {viewport: {width: 1280, height: 800}}, [
    new URL(inject('baseUrl')).origin,
  ]);
  const page = await context.newPage();
  const d = driver(page);
  await page.goto(`${inject('baseUrl')}?option=revised&renderer=svg`);
  await waitForMapIdle(page);
  return {context, page, d};
}

/** A new page on the revised option (SVG map) with a user option begun from it, once the
 * address names that option. */
async function startBuilding() {
  const {context, page, d} = await openRevised();
  await page.getByTestId('builder-start').click();
  await page.waitForFunction(() => /option=mine-/.test(location.search));
  return {context, page, d};
}

/** One user option is stored and listed, it holds the step (Lincolnshire in East), and the map
 * colours Lincolnshire as East. */
async function expectOneOptionWithStep(d: ReturnType<typeof driver>) {
  const stored = await d.storedOptions();
  expect(stored.map((o) => o.title)).toEqual(['My option 1']);
  expect(stored[0]!.assignments[LINCOLNSHIRE]).toBe('east');
  expect((await d.optionIds()).filter((id) => id.startsWith('mine-'))).toEqual([stored[0]!.id]);
  expect(await d.mapColourOf(LINCOLNSHIRE)).toBe(EAST);
}
