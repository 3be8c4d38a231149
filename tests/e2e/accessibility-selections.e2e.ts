// axe-core (WCAG 2.2 AA rules) on selections and presenter mode, at 1280 and 360 px, each state first checked to
// have been reached (fixtures/ui-states.ts; see accessibility.e2e.ts).
import {afterAll, beforeAll, describe, inject, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {launchBrowser} from './browser';
import {SELECTION_STATES} from './fixtures/ui-states';
import {checkStateAtEveryWidth} from './ui-state-axe';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('accessibility (axe-core, WCAG 2.2 AA rules): selections and presenter mode', () => {
  it.each(SELECTION_STATES.map((s) => [s.name, s] as const))('%s: reached, and no violations at 1280 and 360 px', async (_, state) => {
    await checkStateAtEveryWidth(browser, inject('baseUrl'), state);
  });
});
