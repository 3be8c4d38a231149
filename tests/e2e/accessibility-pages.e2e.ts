// axe-core (WCAG 2.2 AA rules) on the embed, the board pack and the SVG map, at 1280 and 360 px, each state first checked to
// have been reached (fixtures/ui-states.ts; see accessibility.e2e.ts).
import {afterAll, beforeAll, describe, inject, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {launchBrowser} from './browser';
import {PAGE_STATES} from './fixtures/ui-states';
import {checkStateAtEveryWidth} from './ui-state-axe';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('accessibility (axe-core, WCAG 2.2 AA rules): the embed, the board pack and the SVG map', () => {
  it.each(PAGE_STATES.map((s) => [s.name, s] as const))('%s: reached, and no violations at 1280 and 360 px', async (_, state) => {
    await checkStateAtEveryWidth(browser, inject('baseUrl'), state);
  });
});
