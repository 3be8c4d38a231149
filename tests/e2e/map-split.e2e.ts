// A split area on the map (issue 19): Revised with Tameside and Glossop CCG moved to the
// Midlands, made in the builder and opened from its link. The SVG map draws Greater Manchester
// part by part — Tameside and Glossop in the Midlands' colour, the other 9 CCGs in the North
// West's — read off the drawn shapes and off the screen; the tooltip, the details panel and the
// map in words say how it is split; the side-by-side maps and the board pack draw it so too. The
// WebGL map reaches idle with the parts in its source.
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {readFileSync} from 'node:fs';
import {launchBrowser, openPage, waitForMapIdle} from './browser';
import {colourDistance, hexToRgb, pixelAt, projectOnPage} from './pixels';
import {ARTIFACTS, driver} from './driver';

const TAMESIDE = 'E38000182';
const MANCHESTER = 'E38000217';
const SENTENCE =
  'Tameside and Glossop CCG is in the Midlands; the other 9 CCGs of Greater Manchester are in the North West.';
const revised = (
  JSON.parse(readFileSync('data/england-2018/options.json', 'utf8')).options as {
    id: string;
    regions: {id: string; colour: string}[];
  }[]
).find((o) => o.id === 'revised')!;
const colour = (region: string) => revised.regions.find((r) => r.id === region)!.colour;
const MIDLANDS = colour('midlands');
const NORTH_WEST = colour('north-west');
const parts = JSON.parse(readFileSync('data/england-2018/ccgs.topo.json', 'utf8')).objects.parts
  .geometries as {properties: {code: string; areaCode: string; anchor: [number, number]}}[];
const anchorOf = (code: string) => parts.find((p) => p.properties.code === code)!.properties.anchor;

let browser: Browser;
let builder: Page;
let link = '';

beforeAll(async () => {
  browser = await launchBrowser();
  // Build the option once, as a user does, and keep its link.
  const page = (builder = (
    await openPage(browser, `${inject('baseUrl')}?option=revised&renderer=svg`)
  ).page);
  await waitForMapIdle(page);
  // Nothing split: no part drawn, and no part file fetched for the map.
  expect(await page.locator('[data-layer="split-parts"]').count()).toBe(0);
  expect(
    await page.evaluate(
      () => performance.getEntriesByType('resource').filter((e) => e.name.includes('ccgs')).length,
    ),
  ).toBe(0);
  await driver(page).movePart('Greater Manchester', 'Tameside and Glossop CCG', 'midlands');
  await page.getByRole('button', {name: 'Copy link'}).click();
  // Copied from the SVG map, the link names its renderer; each test below chooses its own.
  const url = new URL(await page.getByTestId('share-link').inputValue());
  url.searchParams.delete('renderer');
  link = url.href;
});
afterAll(async () => browser?.close());

describe('a split area on the SVG map', () => {
  it('draws the option being built split as soon as the move is accepted', async () => {
    await builder
      .locator(`[data-testid="map"] [data-layer="split-parts"] path[data-part="${TAMESIDE}"]`)
      .waitFor({timeout: 5000});
    expect(
      await builder.locator('[data-testid="map"] [data-layer="split-parts"] path').count(),
    ).toBe(10);
  });

  it("draws the saved option's board pack page part by part, and the official options' whole", async () => {
    // The same browser keeps My option 1, so its board pack has a page for it.
    const pack = await builder.context().newPage();
    await pack.goto(new URL('board-pack.html', inject('baseUrl')).toString());
    const mine = pack.getByTestId('board-pack-page').filter({hasText: 'My option 1'});
    await mine.locator(`path[data-part="${TAMESIDE}"]`).waitFor({timeout: 10_000});
    expect(await mine.locator(`path[data-part="${TAMESIDE}"]`).getAttribute('fill')).toBe(MIDLANDS);
    expect(await mine.locator(`path[data-part="${MANCHESTER}"]`).getAttribute('fill')).toBe(
      NORTH_WEST,
    );
    // Its 10 CCGs and no others: no other page is split.
    expect(await pack.locator('path[data-part]').count()).toBe(10);
    await builder.context().close();
  });

  let page: Page;
  beforeAll(async () => {
    ({page} = await openPage(browser, `${link}&renderer=svg`));
    await waitForMapIdle(page);
  });

  it('fills Tameside and Glossop in the Midlands colour and the rest of Greater Manchester in the North West colour', async () => {
    const drawn = page.locator('[data-testid="map"] [data-layer="split-parts"] path');
    await drawn.first().waitFor({timeout: 10_000});
    const fills = await drawn.evaluateAll((paths) =>
      paths.map((p) => [p.getAttribute('data-part'), p.getAttribute('fill')]),
    );
    expect(fills).toHaveLength(10);
    expect(Object.fromEntries(fills)[TAMESIDE]).toBe(MIDLANDS);
    expect(
      fills.filter(([code]) => code !== TAMESIDE).every(([, fill]) => fill === NORTH_WEST),
    ).toBe(true);
  });

  it('says in the tooltip and the details how Greater Manchester is split', async () => {
    const at = await projectOnPage(page, anchorOf(TAMESIDE));
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => page.locator('.fp-tooltip').textContent()).toContain(SENTENCE);
    await page.mouse.click(at.x, at.y);
    await waitForMapIdle(page);
    expect(await page.getByTestId('details-title').textContent()).toBe('Greater Manchester');
    expect(await page.getByTestId('details-split').textContent()).toBe(
      `Split between regions: ${SENTENCE}`,
    );
    expect(await page.getByTestId('map-words-option').textContent()).toContain(SENTENCE);
  });

  it('paints the two colours on screen, zoomed to Greater Manchester', async () => {
    // Off the map, so no hover outline or tooltip covers the points read.
    await page.mouse.move(1, 1);
    await page.locator('.fp-tooltip').waitFor({state: 'detached'});
    const seen = async (code: string) => {
      const {x, y} = await projectOnPage(page, anchorOf(code));
      return pixelAt(page, x, y);
    };
    expect(colourDistance(await seen(TAMESIDE), hexToRgb(MIDLANDS))).toBeLessThan(40);
    expect(colourDistance(await seen(MANCHESTER), hexToRgb(NORTH_WEST))).toBeLessThan(40);
    await page.screenshot({path: `${ARTIFACTS}/map-split-svg.png`});
  });
});

describe('a split area on the side-by-side maps', () => {
  it('draws option B (the split one) part by part and option A whole', async () => {
    const {page} = await openPage(browser, `${link}&compare=revised&renderer=svg`, {
      width: 1280,
      height: 1000,
    });
    await waitForMapIdle(page);
    const maps = page.getByTestId('side-by-side').locator('svg.fp-svg-map');
    await maps.nth(1).locator(`path[data-part="${TAMESIDE}"]`).waitFor({timeout: 10_000});
    expect(await maps.nth(1).locator(`path[data-part="${TAMESIDE}"]`).getAttribute('fill')).toBe(
      MIDLANDS,
    );
    expect(await maps.nth(1).locator(`path[data-part="${MANCHESTER}"]`).getAttribute('fill')).toBe(
      NORTH_WEST,
    );
    expect(await maps.nth(0).locator('path[data-part]').count()).toBe(0);
    await page.context().close();
  });
});

describe('a split area on the WebGL map', () => {
  it("reaches idle with the parts of Greater Manchester in its source, in their regions' colours", async () => {
    const {page} = await openPage(browser, link);
    await page.waitForSelector(
      '[data-testid="map"][data-renderer="webgl"][data-map-state="idle"]',
      {timeout: 30_000},
    );
    type Split = {__footprintSplit?: {parts(): Promise<{code: string; colour: string}[]>}};
    await page.waitForFunction(
      async () => ((await (window as never as Split).__footprintSplit?.parts()) ?? []).length > 0,
    );
    const drawn = await page.evaluate(() => (window as never as Split).__footprintSplit!.parts());
    expect(drawn).toHaveLength(10);
    expect(drawn.find((p) => p.code === TAMESIDE)?.colour).toBe(MIDLANDS);
    expect(drawn.filter((p) => p.code !== TAMESIDE).every((p) => p.colour === NORTH_WEST)).toBe(
      true,
    );
    await waitForMapIdle(page);
    await page.screenshot({path: `${ARTIFACTS}/map-split-webgl.png`});
    await page.context().close();
  });
});
