// A board member on England 2026 builds from "ICBs, 2023 to March 2026" (issue 20): moves every
// area of the official Frimley ICB of 2023 into Surrey Heartlands with one control and sees the
// preview's figures change on both sides; splits Slough, Windsor and Maidenhead and Bracknell
// Forest off as a new ICB and sees its preview; then copies the link and reopens it with the
// same groups. The SVG map keeps the 108 areas quick to settle.
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {launchBrowser, openPagesClosedAfterEach, waitForMapIdle} from './browser';
import {driver} from './driver';

let browser: Browser;
const openPage = openPagesClosedAfterEach();
const FRIMLEY_2023 = 'NHS Frimley Integrated Care Board (3)';
const SLOUGH = 'E38000252-E38000268';

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** A signed figure as the preview writes it ("+774,255", "−3") as a number. */
const signed = (text: string | undefined) =>
  Number((text ?? '').replace(/,/g, '').replace('−', '-'));

describe('England 2026 builder: move a whole ICB, split a group, share', () => {
  it('moves Frimley ICB 2023 into Surrey Heartlands, splits it, and the link reopens the same groups', async () => {
    const {page} = await openPage(
      browser,
      `${inject('baseUrl')}?geography=england-2026&option=icbs-2023&renderer=svg`,
    );
    const user = driver(page);
    await waitForMapIdle(page, 60_000);
    await user.startBuilder();

    await user.previewOfficialMove(FRIMLEY_2023, 'Surrey Heartlands');
    const into = await user.previewOf('surrey-heartlands');
    const from = await user.previewOf('frimley');
    expect(signed(into['local areas']![0])).toBe(3);
    expect(signed(from['local areas']![0])).toBe(-3);
    expect(from['local areas']![1]).toBe('0');
    const gained = signed(into.Population![0]);
    expect(gained).toBeGreaterThan(0);
    expect(signed(from.Population![0])).toBe(-gained);
    expect(await user.acceptPreview()).toBe(
      'Undo: NHS Frimley Integrated Care Board (ICB, April 2023): Frimley → Surrey Heartlands',
    );

    await user.previewSplit('Surrey Heartlands', [SLOUGH], 'Thames Valley East');
    const left = await user.previewOf('surrey-heartlands');
    expect(signed(left['local areas']![0])).toBe(-1);
    const lost = signed(left.Population![0]);
    expect(lost).toBeLessThan(0);
    expect(-lost).toBeLessThan(gained);
    const added = await page.getByTestId('move-preview').textContent();
    expect(added).toContain('Thames Valley East');
    expect(await user.acceptPreview()).toBe(
      'Undo: Split: Thames Valley East from Surrey Heartlands',
    );
    const groups = await user.legendRegions();
    expect(groups).toContain('Thames Valley East');

    const link = await user.copyLink();
    await page.context().close();
    const again = (await openPage(browser, link)).page;
    await waitForMapIdle(again, 60_000);
    await again.getByTestId('legend').getByText('Thames Valley East').waitFor();
    expect(await driver(again).legendRegions()).toEqual(groups);
  }, 180_000);
});
