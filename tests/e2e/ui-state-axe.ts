// Runs axe on one named UI state (fixtures/ui-states.ts) at a desktop and a phone width: one
// page load per state, the state's steps, then at each width "was it reached?" before axe.
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {launchBrowser, openPage, waitForMapIdle} from './browser';
import {axeViolations} from './axe';
import type {UiState} from './fixtures/ui-states';

export const WIDTHS = [1280, 360] as const;

export async function checkStateAtEveryWidth(
  browser: Browser,
  baseUrl: string,
  state: UiState,
): Promise<void> {
  const {page} = await openPage(browser, new URL(state.path, baseUrl).toString(), {
    width: WIDTHS[0],
    height: 800,
  });
  try {
    if (state.map !== false) await waitForMapIdle(page);
    await state.steps?.(page);
    for (const width of WIDTHS) {
      await page.setViewportSize({width, height: 800});
      await state.reached(page, 10000);
      expect(await axeViolations(page), `${state.name} at ${width} px`).toEqual([]);
    }
  } finally {
    await page.context().close();
  }
}

/** A describe block that checks every state in `states` with its own browser; `more` may add
 * tests to the same block, with the same browser. */
export function axeStateSuite(
  title: string,
  states: readonly UiState[],
  more?: (browser: () => Browser) => void,
): void {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());
  describe(`accessibility (axe-core, WCAG 2.2 AA rules): ${title}`, () => {
    it.each(states.map((s) => [s.name, s] as const))(
      '%s: reached, and no violations at 1280 and 360 px',
      async (_, state) => {
        await checkStateAtEveryWidth(browser, inject('baseUrl'), state);
      },
    );
    more?.(() => browser);
  });
}
