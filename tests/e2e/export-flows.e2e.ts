// The PNG export with flow arrows on carries the arrows' key (colours, dash, widths), the
// measure and the source; for a loaded file, its name and the unit the user gave. Checked in
// the decoded pixels (the key's dark and blue arrows) and in the text the picture drew.
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {mkdirSync, readFileSync} from 'node:fs';
import {PNG} from 'pngjs';
import {launchBrowser, openPage, waitForMapIdle, type OpenedPage} from './browser';
import {colourDistance, hexToRgb} from './pixels';

let browser: Browser;
let opened: OpenedPage;
let page: Page;

beforeAll(async () => {
  mkdirSync('test-artifacts', {recursive: true});
  browser = await launchBrowser();
  opened = await openPage(browser, `${inject('baseUrl')}?option=revised&flows=1`, {
    width: 1400,
    height: 900,
  });
  page = opened.page;
  await waitForMapIdle(page);
});
afterAll(async () => browser?.close());

/** Downloads the map picture; returns it decoded with the text it drew. */
async function exportPng(name: string): Promise<{png: PNG; text: string}> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-png').click(),
  ]);
  const path = `test-artifacts/export-flows-${name}.png`;
  await file.saveAs(path);
  await page.getByTestId('export-status').filter({hasText: 'Downloaded'}).waitFor();
  const drawn = await page.evaluate(() =>
    (window as never as {__footprintPng: {text(): string[]}}).__footprintPng.text(),
  );
  return {png: PNG.sync.read(readFileSync(path)), text: drawn.join(' ')};
}

/** In the legend column (the picture's right 290 px, under the title band): the longest run of
 * dark arrow pixels along a row, and how many pixels are the within-region blue. */
function keyPixels(png: PNG) {
  const dark = hexToRgb('#212b32');
  const blue = hexToRgb('#005eb8');
  let longestDark = 0;
  let blues = 0;
  for (let y = 80; y < png.height; y++) {
    let run = 0;
    for (let x = png.width - 290; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      const rgb: [number, number, number] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
      run = colourDistance(rgb, dark) < 30 ? run + 1 : 0;
      longestDark = Math.max(longestDark, run);
      if (colourDistance(rgb, blue) < 30) blues++;
    }
  }
  return {longestDark, blues};
}

describe('PNG export with flow arrows on', () => {
  it('draws the key, measure and source of the built-in data', async () => {
    const {png, text} = await exportPng('builtin');
    for (const words of [
      'Arrows',
      'crosses a region boundary (solid)',
      'stays within one region (dashed)',
      'Width: people',
      '(largest flow)',
    ]) {
      expect(text).toContain(words);
    }
    expect(text).toMatch(/Measure: Residents attributed to hospital trusts/);
    expect(text).toMatch(/Flow source: Public Health England/);
    // A swatch of a dark solid arrow (text never makes a 40 px dark run) and a blue dashed one.
    const {longestDark, blues} = keyPixels(png);
    console.log(
      `PNG ${png.width}×${png.height}: longest dark run ${longestDark} px, ${blues} blue pixels in the legend column`,
    );
    expect(longestDark).toBeGreaterThanOrEqual(40);
    expect(blues).toBeGreaterThan(40);
  });

  it('names a loaded file and the unit the user gave', async () => {
    await page.getByText('Load flow data', {exact: true}).click();
    await page.getByLabel('What one unit of volume is').fill('spells');
    await page.getByLabel('Period (optional)').fill('2018/19');
    const csv = [
      'origin,destination,volume',
      'E54000020,E54000015,12000',
      'E54000015,E54000020,8000',
      'E54000020,E54000018,9000',
    ].join('\n');
    await page
      .getByTestId('flow-file')
      .setInputFiles({name: 'spells.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8')});
    await page.getByTestId('flow-file-loaded').waitFor();
    await waitForMapIdle(page);
    const {png, text} = await exportPng('file');
    expect(text).toContain('Width: spells');
    expect(text).toMatch(/Measure: Spells, 2018\/19 \(your file spells\.csv\)/);
    expect(text).toMatch(/Flow source: Your file spells\.csv, read in this browser; unit: spells/);
    expect(text).toContain('12,000 (largest flow)');
    expect(keyPixels(png).longestDark).toBeGreaterThanOrEqual(40);
    expect(opened.consoleErrors).toEqual([]);
  });
});
