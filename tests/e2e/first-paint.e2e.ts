// The map paints from the HTML alone, picks the linked option before any module runs, and the
// page stays usable when MapLibre's code never arrives; a lost WebGL context leaves the map as
// it was (the SVG map stands in) and a restored one redraws every STP in its region's colour.
import {readFileSync, statSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {allowPageProblem, guardedContext, launchBrowser, openPage, waitForMapIdle} from './browser';
import {anchorOf, colourOf, NORTHAMPTONSHIRE} from './map-data';
import {colourDistance, hexToRgb, pixelAt, projectOnPage} from './pixels';

/** The build under test (global-setup.ts serves the same one). */
const DIST = process.env.FOOTPRINT_DIST ?? 'dist';

let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(async () => browser?.close());

/** The fill painted at Northamptonshire's interior point, against an option's colour for it. */
async function northamptonshireLooksLike(page: Page, optionId: string): Promise<number> {
  const at = await projectOnPage(page, anchorOf(NORTHAMPTONSHIRE));
  // Just below the point: the region or "moves" labels sit on and above it.
  return colourDistance(
    await pixelAt(page, at.x, at.y + 6),
    hexToRgb(colourOf(optionId, NORTHAMPTONSHIRE)),
  );
}

/** A page at `path` with every request matching `blocked` aborted (the browser reports each as
 * a failed load: this test's doing, so allowed). Close its context when done. */
async function pageWithout(
  blocked: RegExp,
  path: string,
  viewport = {width: 1280, height: 800},
): Promise<Page> {
  allowPageProblem(/Failed to load|ERR_FAILED|module script|dynamically imported/i);
  const base = inject('baseUrl');
  const context = await guardedContext(browser, {viewport}, [new URL(base).origin]);
  const page = await context.newPage();
  await page.route(blocked, (route) => route.abort());
  await page.goto(`${base}${path}`);
  return page;
}

describe('first paint', () => {
  it('dist/index.html and dist/embed.html carry the map: 42 STP paths, coloured, with region names', () => {
    for (const [page, script] of [
      ['index.html', 'first-paint'],
      ['embed.html', 'first-paint-embed'],
    ]) {
      const html = readFileSync(`${DIST}/${page}`, 'utf8');
      expect(html.match(/<path class="fp-svgmap__area" data-code="E54\d{6}"/g)).toHaveLength(42);
      expect(html).toContain('>North East and Yorkshire</text>');
      expect(html).toContain(`<script src="./${script}.js"></script>`);
    }
  });

  it('the HTML loads no app code before the first paint: its scripts and module preloads total under 10 KB', () => {
    for (const page of ['index.html', 'embed.html']) {
      const html = readFileSync(`${DIST}/${page}`, 'utf8');
      const files = [
        ...html.matchAll(
          /<(?:script[^>]*\ssrc|link rel="modulepreload"[^>]*\shref)="\.\/([^"]+)"/g,
        ),
      ].map((m) => m[1]!);
      expect(files.length).toBeGreaterThan(1);
      const bytes = files.reduce((sum, f) => sum + statSync(`${DIST}/${f}`).size, 0);
      expect(bytes, `${page}: ${files.join(', ')}`).toBeLessThan(10_000);
    }
  });

  it("fetches the app's code and MapLibre only once the prerendered map is painted (or after the 1 s cap)", async () => {
    const {page} = await openPage(browser, inject('baseUrl'));
    await waitForMapIdle(page);
    const t = await page.evaluate(() => {
      const start = (part: string) =>
        performance.getEntriesByType('resource').find((e) => e.name.includes(part))?.startTime ??
        NaN;
      return {
        fcp: performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
        app: start('/assets/app-main-'),
        maplibre: start('/assets/maplibre-'),
      };
    });
    // The cap counts from the boot module's start, so min(fcp, 1000) is a floor either way.
    expect(t.app).toBeGreaterThanOrEqual(Math.min(t.fcp, 1000));
    expect(t.maplibre).toBeGreaterThanOrEqual(Math.min(t.fcp, 1000));
    await page.context().close();
  });

  /** Opens `path`, recording every request from before navigation; resolves with the MapLibre
   * URLs asked for once the map is idle and two more frames have run (connect.ts would import
   * MapLibre one frame after the app is drawn). */
  async function maplibreRequests(path: string, renderer: 'svg' | 'webgl'): Promise<string[]> {
    const base = inject('baseUrl');
    const context = await guardedContext(browser, {viewport: {width: 1280, height: 800}}, [
      new URL(base).origin,
    ]);
    const asked: string[] = [];
    context.on('request', (r) => /\/assets\/maplibre/.test(r.url()) && asked.push(r.url()));
    const page = await context.newPage();
    await page.goto(`${base}${path}`);
    await page.waitForSelector(
      `[data-testid="map"][data-renderer="${renderer}"][data-map-state="idle"]`,
      {timeout: 25_000},
    );
    const frame = 'new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))';
    await page.evaluate(frame);
    await page.evaluate(frame);
    await context.close();
    return asked;
  }

  it('the app with ?renderer=svg asks for no MapLibre file', async () => {
    expect(await maplibreRequests('?renderer=svg', 'svg')).toEqual([]);
  });

  it('the embed (SVG by default) asks for no MapLibre file', async () => {
    expect(await maplibreRequests('embed.html', 'svg')).toEqual([]);
  });

  it('the embed with ?renderer=webgl loads MapLibre', async () => {
    expect((await maplibreRequests('embed.html?renderer=webgl', 'webgl')).length).toBeGreaterThan(
      0,
    );
  });

  it("when the app's code cannot be fetched, the page says so and keeps the prerendered map", async () => {
    const page = await pageWithout(/\/assets\/app-main[^/]*$/, '');
    await expect
      .poll(() => page.getByRole('alert').textContent(), {timeout: 20_000})
      .toContain('Footprint could not load its code');
    await page.getByRole('button', {name: 'Reload the page'}).waitFor();
    expect(await page.locator('svg.fp-svgmap path.fp-svgmap__area').count()).toBe(42);
    await page.context().close();
  });

  it('?option=initial paints Northamptonshire in the Central and East colour with no JavaScript module at all', async () => {
    const page = await pageWithout(/\/assets\/.*\.m?js$/, '?option=initial');
    // No hooks without the app: find the STP's point from the prerendered path's box.
    const box = (await page.locator('svg.fp-svgmap path[data-code="E54000020"]').boundingBox())!;
    const [r, g, b] = await pixelAt(page, box.x + box.width / 2, box.y + box.height / 2);
    expect(colourDistance([r, g, b], hexToRgb(colourOf('initial', NORTHAMPTONSHIRE)))).toBeLessThan(
      40,
    );
    expect(
      colourDistance([r, g, b], hexToRgb(colourOf('revised', NORTHAMPTONSHIRE))),
    ).toBeGreaterThan(40);
    expect(
      await page
        .locator('svg.fp-svgmap text:visible', {hasText: 'Central and East of England'})
        .count(),
    ).toBe(1);
    await page.context().close();
  });

  // The HTML cannot draw a user-built option: it must not paint the default one in its place.
  it.each([
    '?option=mine-1&base=initial&move=midlands.E54000030',
    '?base=initial&move=midlands.E54000030',
  ])('%s paints no map from the HTML (the app draws the user-built option)', async (query) => {
    const page = await pageWithout(/\/assets\/.*\.m?js$/, query);
    await page.locator('.fp-prerender svg.fp-svgmap').waitFor({state: 'attached'});
    expect(await page.evaluate(() => document.documentElement.dataset.fpOptionOther)).toBeDefined();
    expect(await page.locator('.fp-prerender svg.fp-svgmap').isVisible()).toBe(false);
    await page.context().close();
  });

  it('with the MapLibre chunk blocked, ?option=initial keeps the SVG map and stays usable', async () => {
    const page = await pageWithout(/\/assets\/maplibre[^/]*$/, '?option=initial');
    await waitForMapIdle(page);
    expect(await page.getByTestId('map').getAttribute('data-renderer')).toBe('svg');
    expect(await page.getByTestId('map-note').textContent()).toContain('its code did not download');
    expect(await northamptonshireLooksLike(page, 'initial')).toBeLessThan(40);
    await page.getByRole('radio', {name: 'Revised proposal'}).check();
    await waitForMapIdle(page);
    expect(await northamptonshireLooksLike(page, 'revised')).toBeLessThan(40);
    await page.context().close();
  });
});

describe('React taking over the prerendered map', () => {
  it('shows the linked option at once: no STP fades in from the default option (a user switch still fades)', async () => {
    const base = inject('baseUrl');
    // Motion allowed: under reduced motion nothing fades at all.
    const context = await guardedContext(
      browser,
      {viewport: {width: 1280, height: 800}, reducedMotion: 'no-preference'},
      [new URL(base).origin],
    );
    // Watches the whole load for an STP in its fading state, from before any module runs.
    await context.addInitScript(() => {
      new MutationObserver(() => {
        if (document.querySelector('.fp-svgmap__area--fading'))
          (window as never as {__sawFade: boolean}).__sawFade = true;
      }).observe(document, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['class'],
      });
    });
    const page = await context.newPage();
    await page.goto(`${base}?renderer=svg&option=initial`);
    await waitForMapIdle(page);
    const sawFade = () =>
      page.evaluate(() => (window as never as {__sawFade?: boolean}).__sawFade === true);
    expect(await sawFade()).toBe(false);
    await page.getByRole('radio', {name: 'Revised proposal'}).check();
    await expect.poll(sawFade, {timeout: 20_000}).toBe(true);
    await context.close();
  });
});

describe('losing the WebGL context', () => {
  it('shows the SVG map at once, says the map is being redrawn, and redraws every STP coloured on restore', async () => {
    const {page} = await openPage(browser, `${inject('baseUrl')}?option=initial`);
    await waitForMapIdle(page);
    expect(await page.getByTestId('map').getAttribute('data-renderer')).toBe('webgl');
    const lose = () =>
      page.evaluate(() => {
        const canvas = document.querySelector('.fp-map__webgl canvas') as HTMLCanvasElement;
        const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!;
        const ext = gl.getExtension('WEBGL_lose_context')!;
        (window as never as {__lose: WEBGL_lose_context}).__lose = ext;
        ext.loseContext();
      });
    await lose();
    await page.getByTestId('map-note').filter({hasText: 'Redrawing the interactive map'}).waitFor();
    expect(await page.getByTestId('map').getAttribute('data-renderer')).toBe('svg');
    expect(await northamptonshireLooksLike(page, 'initial')).toBeLessThan(40);
    await page.evaluate(() =>
      (window as never as {__lose: WEBGL_lose_context}).__lose.restoreContext(),
    );
    await page.waitForSelector('[data-testid="map"][data-renderer="webgl"][data-map-state="idle"]');
    expect(await page.getByTestId('map-note').count()).toBe(0);
    // Before the fix every STP stayed grey after a restore: read the painted pixels.
    expect(await northamptonshireLooksLike(page, 'initial')).toBeLessThan(40);
    await page.context().close();
  });
});
