// The only file that imports playwright-core. Debian's Chromium, software WebGL, and no
// background traffic (the machine has no network beyond the registries).
import {existsSync} from 'node:fs';
import {resolve} from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
  type Request,
} from 'playwright-core';
import {afterEach} from 'vitest';
import {guardContext} from './page-guard';
export {allowPageProblem} from './page-guard';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/** The fonts the browser may use: only those named in tests/e2e/fonts/fonts.conf, so text
 * wraps alike on every machine and the reference screenshots match whatever else is installed. */
export const FONTS_CONF = resolve('tests/e2e/fonts/fonts.conf');
const FONT_FOLDERS = ['/usr/share/fonts/truetype/liberation', '/usr/share/fonts/truetype/dejavu'];

export function launchBrowser(args: string[] = []): Promise<Browser> {
  const missing = FONT_FOLDERS.filter((folder) => !existsSync(folder));
  if (missing.length > 0) {
    throw new Error(
      `The browser tests render with fixed fonts, and ${missing.join(' and ')} is missing: ` +
        'apt-get install fonts-liberation fonts-dejavu-core (as .ci/run does).',
    );
  }
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, ...args],
    env: {...process.env, FONTCONFIG_FILE: FONTS_CONF},
  });
}

export interface OpenedPage {
  page: Page;
  /** Every request the page made whose origin is not the app's. */
  foreignRequests: string[];
  consoleErrors: string[];
}

/** A new context whose pages fail the current test on any error (page-guard.ts). Every
 * test makes its contexts here (or through openPage), never with browser.newContext. */
export async function guardedContext(
  browser: Browser,
  options: BrowserContextOptions = {},
  extraOrigins: string[] = [],
): Promise<BrowserContext> {
  const context = await browser.newContext({reducedMotion: 'reduce', ...options});
  await guardContext(context, extraOrigins);
  return context;
}

/** Opens `url` in a new guarded context. The page's own origin may be requested too (a
 * test's host page embedding the app). */
export async function openPage(
  browser: Browser,
  url: string,
  viewport = {width: 1280, height: 800},
): Promise<OpenedPage> {
  const context = await guardedContext(browser, {viewport}, [new URL(url).origin]);
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (r: Request) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'))
      foreignRequests.push(u);
  });
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  await page.goto(url);
  return {page, foreignRequests, consoleErrors};
}

/** Wait until the map has finished drawing the latest change (MapLibre's `idle` event, or the
 * SVG map drawn) and the panels beside it show the same option. */
export async function waitForMapIdle(page: Page, timeout = 30000): Promise<void> {
  await page.waitForSelector('[data-testid="map"][data-map-state="idle"]', {timeout});
  // The panels beside the map show a new option one render after it (Explorer.tsx): wait for
  // them too, so what a test reads next is of the option the map shows.
  await page.waitForSelector('main[data-panels="behind"]', {state: 'detached', timeout});
}

/** An openPage whose pages are all closed after each test of the calling file, so a late
 * console error is never blamed on the next test. Call once at the top of a spec file. */
export function openPagesClosedAfterEach(): typeof openPage {
  const opened: Page[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((p) => p.context().close()));
  });
  return async (...args) => {
    const result = await openPage(...args);
    opened.push(result.page);
    return result;
  };
}

/** The browser contexts a spec file opens, closed after each of its tests, passed or failed:
 * push each one onto the list returned. Call once at the top of a spec file. */
export function contextsClosedAfterEach(): BrowserContext[] {
  const opened: BrowserContext[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((c) => c.close()));
  });
  return opened;
}
