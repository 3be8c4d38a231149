// Comparing with an option that moves one CCG (issue 19), in Chromium against the built app:
// build Revised + Tameside and Glossop CCG → Midlands (as builder-parts.e2e.ts), compare Revised
// with it, read the part move in the summary and its +258,613 in the comparison table, and find
// the part in the comparison CSV; the map hatches that CCG alone (not Greater Manchester), in SVG
// and in WebGL, as do the side-by-side maps; the STP GeoJSON gives Greater Manchester as its CCGs,
// and the regions GeoJSON counts the CCG in the Midlands.
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {mkdirSync, readFileSync} from 'node:fs';
import {csvParse} from 'd3-dsv';
import {launchBrowser, openPage, waitForMapIdle} from './browser';
import {ARTIFACTS, driver} from './driver';
import type {FeatureCollection} from 'geojson';

const TAMESIDE = 'E38000182';
const GREATER_MANCHESTER = 'E54000007';
const SENTENCE =
  "1 of Greater Manchester's 10 CCGs moves: Tameside and Glossop CCG, from the North West to the Midlands.";

/** Revised's people per region, summed from the STP file (ONS mid-2018). */
const REVISED_PEOPLE = (() => {
  const json = (f: string) => JSON.parse(readFileSync(`data/england-2018/${f}`, 'utf8'));
  const revised = json('options.json').options.find((o: {id: string}) => o.id === 'revised');
  const sums: Record<string, number> = {};
  for (const g of json('stps.topo.json').objects.areas.geometries) {
    const region = revised.assignments[g.properties.code] as string;
    sums[region] = (sums[region] ?? 0) + (g.properties.population as number);
  }
  return sums;
})();

let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync('test-artifacts', {recursive: true});
  browser = await launchBrowser();
  ({page} = await openPage(browser, `${inject('baseUrl')}?option=revised`));
  await waitForMapIdle(page);
});
afterAll(async () => browser?.close());

describe('comparing Revised with Tameside and Glossop CCG moved to the Midlands', () => {
  it('builds the move', async () => {
    await driver(page).movePart('Greater Manchester', 'Tameside and Glossop CCG', 'midlands');
  });

  it('says the part move and its people in the summary and the comparison table', async () => {
    await page.getByLabel('From (option A)').selectOption({label: 'Revised proposal'});
    await waitForMapIdle(page);
    // The move leaves Greater Manchester selected; the summary shows when nothing is.
    await page.getByRole('button', {name: 'Clear selection'}).click();
    const summary = page.getByTestId('compare-summary');
    await summary.locator('li', {hasText: SENTENCE}).waitFor();
    expect(await summary.locator('li').allTextContents()).toEqual([
      SENTENCE,
      'North West: −1 CCG, −258,613 people (−3.7%).',
      'Midlands: +1 CCG, +258,613 people (+2.5%).',
    ]);
    const delta = page.locator('tr[data-region-id="midlands"] td[data-measure="population"]');
    expect(await delta.textContent()).toBe('+258,613 (+2.5%)');
    expect(await page.getByTestId('map-words-option').textContent()).toContain(
      'Tameside and Glossop CCG is in the Midlands; the other 9 CCGs of Greater Manchester are in the North West.',
    );
    await driver(page).screenshot('compare-parts');
  });

  it('names the part in the comparison CSV', async () => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-comparison-csv').click(),
    ]);
    const path = `test-artifacts/compare-parts-${file.suggestedFilename()}`;
    await file.saveAs(path);
    const rows = csvParse(readFileSync(path, 'utf8').slice(1));
    const midlands = rows.find((r) => r.region_id === 'midlands')!;
    expect([midlands.ccgs_gained, midlands.population_change]).toEqual([TAMESIDE, '258613']);
    expect(rows.find((r) => r.region_id === 'north-west')!.ccgs_lost).toBe(TAMESIDE);
  });
});

describe('the hatch and the GeoJSON of the part move', () => {
  /** This comparison's link, opened with `renderer`. */
  const linkWith = async (renderer: 'svg' | 'webgl') => {
    await page.getByRole('button', {name: 'Copy link'}).click();
    const url = new URL(await page.getByTestId('share-link').inputValue());
    url.searchParams.set('renderer', renderer);
    return url.href;
  };

  for (const renderer of ['svg', 'webgl'] as const) {
    it(`hatches Tameside and Glossop CCG alone on the ${renderer} map, labelled by its name`, async () => {
      const {page: other} = await openPage(browser, await linkWith(renderer), {
        width: 1280,
        height: 1000,
      });
      await other.waitForSelector(`[data-testid="map"][data-renderer="${renderer}"]`);
      expect(await driver(other).hatchedOnMap(1)).toEqual([TAMESIDE]);
      expect(await other.locator('[data-testid="map"] .fp-change-label').allTextContents()).toEqual(
        ['Tameside and Glossop CCG: moves'],
      );
      if (renderer === 'svg') {
        expect(
          await other
            .locator(`[data-testid="map"] [data-hatched]`)
            .evaluateAll((els) => els.map((e) => e.getAttribute('data-hatched'))),
        ).toEqual([TAMESIDE]);
        // The side-by-side maps hatch the part on both, never its whole area.
        const sides = other.getByTestId('side-by-side').locator('[data-testid="svg-hatched"]');
        await sides.first().waitFor();
        expect(
          await sides.evaluateAll((els) =>
            els.map((e) => `${e.getAttribute('data-level')}:${e.getAttribute('data-code')}`),
          ),
        ).toEqual([`part:${TAMESIDE}`, `part:${TAMESIDE}`]);
        expect(await other.locator(`[data-hatched="${GREATER_MANCHESTER}"]`).count()).toBe(0);
        expect(
          await other
            .getByTestId('side-map-B')
            .getByRole('img')
            .getAttribute('aria-labelledby')
            .then((id) => other.locator(`[id="${id}"]`).textContent()),
        ).toContain('Hatched: Tameside and Glossop CCG: Midlands');
      }
      await other.screenshot({path: `${ARTIFACTS}/compare-parts-hatch-${renderer}.png`});
      await other.context().close();
      // A second page with a WebGL map takes 20–30 s on a loaded 2-core machine.
    }, 60_000);
  }

  it('exports Greater Manchester as its 10 CCGs in the STP GeoJSON, each with its region', async () => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-areas-geojson').click(),
    ]);
    const path = `test-artifacts/compare-parts-${file.suggestedFilename()}`;
    await file.saveAs(path);
    const fc = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection<
      never,
      Record<string, string>
    >;
    const gm = fc.features.filter((f) => f.properties.stp_code === GREATER_MANCHESTER);
    expect(gm.map((f) => f.properties.part_code)).toHaveLength(10);
    const tameside = gm.find((f) => f.properties.part_code === TAMESIDE)!.properties;
    expect([tameside.part, tameside.region_id, tameside.region]).toEqual([
      'Tameside and Glossop CCG',
      'midlands',
      'Midlands',
    ]);
    expect(fc.features).toHaveLength(51);
  });

  it('draws and counts the CCG in the Midlands in the regions GeoJSON', async () => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-regions-geojson').click(),
    ]);
    const path = `test-artifacts/compare-parts-${file.suggestedFilename()}`;
    await file.saveAs(path);
    const fc = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection<
      never,
      {region_id: string; population_mid_2018: number}
    >;
    const people = (id: string) =>
      fc.features.find((f) => f.properties.region_id === id)!.properties.population_mid_2018;
    expect([people('midlands'), people('north-west')]).toEqual([
      REVISED_PEOPLE.midlands! + 258_613,
      REVISED_PEOPLE['north-west']! - 258_613,
    ]);
  });
});
